"""A child at risk of harm or neglect, or a child who cares describing an unsafe home
(crisis.md: child safety).

PATTERNS each describe one way of saying it; composite_signs looks for two things said
together.
CATCHES must be caught and LOOKALIKES must not (tests/unit/safety/test_families.py)."""
from __future__ import annotations

import re

KIND = "child_at_risk"

PATTERNS = (
    # Unexplained bruises on a child, or a child who will not say how they got them.
    r"\b(little one|son|daughter|grandson|granddaughter|boy|girl|baby|toddler|child|kid|kids|nephew|niece)\b[^.]{0,60}\bbruis(es|ed|ing)\b[^.]{0,80}\b(would not|wouldnt|will not|wont|did not|didnt|refused to|too scared to) (talk|say|tell)\b",
    r"\bbruis(es|ed) (all )?(up|down|over|on) (the )?(backs? of )?(his|her|their) (legs|arms|back|face|neck|body)\b[^.]{0,80}\b(would not|wouldnt|will not|wont|did not|didnt) (talk|say|tell)\b",
    r"\b(mum|mom|dad|mother|father|step ?dad|step ?mum|parent|parents|uncle|his (boyfriend|girlfriend)|her (boyfriend|girlfriend)|mum s boyfriend|mums boyfriend)\b.*\b(hits|hit|beats|beat|hurts|hurt|kicks|slaps|punches|punched|slapped|kicked|burns|burned|touch(es|ed)?) (me|us|my (brother|sister|siblings)|the kids|the children|the baby)\b",
    r"\b(hitting|hits|hurting|hurts|beating|beats|abusing|abuses) (the|my) (kids|children|baby|little (brother|sister))\b",
    r"\b(touched|touches|touching) me\b",
    r"\b(left|leaves|leave|leaving) (me|us|them|my (little )?(brother|sister|siblings)) (at home )?(alone|on (my|our|their) own|by (myself|ourselves)) (for|all|overnight|at night|every)\b",
    r"\b(home|house) alone (for|all night|overnight|with)\b",
    # A child's words, or an adult's about children: an adult short of money for their
    # own food is a money need, not a child at risk (issue 13).
    r"^(?=.*\b(kids|children|baby|little (brother|sister)|my (brother|sister|sisters|brothers)|(i am|im|i m) (1[0-7]|[5-9]))\b)"
    r".*\bno food in the (house|flat|fridge|cupboards?)\b",
    r"\b(scared|afraid|frightened|terrified) (to go|of going) home\b",
    r"\b(too )?(drunk|high|off (his|her) face|out of it|wasted|passed out) to (look after|take care of|care for|feed|wake)\b",
    r"^(?!.*\b(mum|mom|dad|mother|father) is ([2-9]\d)\b).*\b(mum|mom|dad|mother|father|parent)\b.*\b(drunk|high|drinking|on drugs)\b.*\b(for (2|3|4|5|two|three|four|five|days)|all week|days|no food|alone|scared|hurt)\b",
    r"\bgroom(ing|ed)\b",
    r"\bexploit(ing|ed)?\b.*\b(me|child|kid|son|daughter|brother|sister|boy|girl)\b",
    r"\b(i am|im|i m) (1[0-7]|[5-9]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b.*\b(hits|beats|hurts|kicks|slaps) me\b",
    r"\b(cannot|can not|can t|do not|dont|not) go(ing)? to school\b.*\b(all night|every night|look after|looking after|caring|care for)\b",
    r"\b(look|looking) after my (little |baby )?(brother|sister|siblings|brothers|sisters)\b.*\b(all night|on my own|by myself|alone)\b",
    r"\b(child|kid|baby|my son|my daughter)\b.*\b(being (hurt|abused|neglected)|not safe|unsafe|in danger)\b",
    r"\bchild (abuse|neglect)\b",
    r"\b(no|not seen an|not seen any|never an) (adult|grown up|grownup)s? (there|at home|around|in the house|looking after)\b",
    r"\b(have not|had not|has not) seen an adult\b",
    r"\b(do not|dont|never) want to go home\b",
    r"\b(take|carry|deliver|drop|hold) (packages|parcels|bags|stuff|things|drugs) (places|for (him|them|her)|to people|around)\b",
    r"\b(gives|gave|giving) me money\b.*\b(have to|makes me|take|carry|deliver)\b",
    r"\b(bruised|hurt|hit|smacked|slapped) (my|the|her|his) (\d+ year old|child|son|daughter|baby|kid|little one|toddler)\b",
    r"\bmarks on (his|her|their) (back|body|arms|legs|face|neck)\b",
    r"\bwith a (belt|stick|shoe|slipper|wooden spoon|cable)\b",
    r"\b(nephew|niece|son|daughter|grandson|granddaughter|child|kid|boy|girl)\b.*\b(slaps|slapped|hits|beats|beat|kicks|punches) (him|her|them)\b",
    r"\b(not been|have not been|has not been|has not been to|not going) (to |in )?school for (weeks|ages|months|days)\b",
    r"\b(carrying|carry|taking|delivering|dropping) (packages|parcels|bags|stuff|drugs) (to|for|around)\b",
    r"\b(giving|gives|gave|buying|buys) (my |his |her )?(\d+ (yr|year) old )?(son|daughter|child|kid|him|her|me) (cash|money|lifts|gifts|phones|trainers)\b",
    r"\bsend (him |them |her )?(pics|pictures|photos|nudes|selfies)\b|\b(wants|asked|asking|asks) me to meet (up|him|her)\b",
    r"\b(boy|girl|child|kid|baby|toddler|little one|little boy|little girl)\b[^.]*\b(left|alone|on (his|her|their) own)\b[^.]*\b(for days|all night|overnight|at night|days)\b",
    r"\b(boy|girl|child|kid|children|kids|baby|little one)\b.*\b(outside|alone|on (his|her|their) own) at night\b",
    r"\b(touches|touched|touching) (my |his |her )?(niece|nephew|daughter|son|granddaughter|grandson|sister|brother|child|kid)\b",
    r"\b(kids|children|child|toddler)\b[^.]*\b(have not|not) had (a )?(proper )?(meal|food|anything to eat)\b|\basking for food\b",
    r"\b(keeps|kept|keeping) (me|him|her|them) off school\b|\bbeen kept off school\b",
    r"\b(lifts|rides) from (older|grown) (men|boys|man|guys)\b|\bnew phones\b",
    r"\bask(ed|ing|s)? (my \d+ year old|my daughter|my son|her|him|me) for (pictures|pics|photos)\b",
    r"\b(coming|came|comes) back with (cash|money|packages)\b|\b(hold|holding|keep) a package for\b",
    r"\b(mummy s|daddy s|mum s|dad s) (friend|boyfriend|girlfriend) (hurts|hit|hits|touches) me\b|\b(mummy|daddy) (smacks|hits|hurts|kicks) me\b",
    r"\bcome in hungry\b|\bburn on (her|his) hand\b.*\bexplain\b",
    r"\b(mum|dad|parents) (has )?(been )?gone (\d+|two|three|four|five) days\b|\bon our own\b.*\bgone\b",
    r"\b(grown up|adult|man|woman) i met online\b|\bsaid not to tell my (mum|dad)\b|\bmustn t tell\b|\bmust not tell\b",
    r"\b(made|being made|forced) to (sell|run|carry|deal) drugs\b|\b(used to|being used to) run drugs\b",
    r"\bflinches\b|\bsit on his lap\b|\bturns up high\b",
    r"\b(13|14|15|12) year old has a boyfriend who is (2\d|1[89])\b|\bgives her alcohol\b",
    r"\b(wear|wears) the same clothes all week\b",
    r"\bcoming (in|into) my (room|bedroom) at night\b",
    r"\bno (grown ups|grownups|grown up|adults|adult) (have|has) been (home|here|back)\b",
    r"\b(left|being left) alone for (long periods|hours|days|the night|nights)\b",
    r"\b(stay|stays|staying|stayed|keep|keeps|kept) (home|off) (from )?school\b",
    r"\bleaves marks on (my|his|her|their)\b",
    r"\b(giving|gives|gave) (my )?\d+ (year old|yr old)( son| daughter)? (money|cash|lifts|gifts|phones)\b",
    r"\b(drop|dropping|drops) off (parcels|packages|bags)\b",
    r"\b(children|kids|child|baby|toddler|little ones)\b.*\b(alone|on their own|by themselves)\b.*\b(days|all night|overnight|hospital|nobody|no one)\b",
    r"\b(step ?dad|step ?mum|stepfather|stepmother|mum s boyfriend|dad s girlfriend|uncle|mum|dad)\b.*\b(pushes|pushed|shoves|shoved|grabs|grabbed|throws things|threw things) (me|us)\b"
    r"(?! (to|into) (ask|get|apply|go|see|call|ring|talk|write|come|try|look))",
    r"\b(mum|mom|dad|mother|father|parent)\b.*\b(drunk|high|passed out|off (his|her) face|wasted|out of it)\b.*\b(we|us|my (little |baby )?(brother|sister|siblings)|have not (had|eaten)|no (food|tea|dinner)|crying|scared|alone)\b",
    r"\b(someone|somebody|a man|a woman|an adult|people|older (boy|man|guy|kid)s?)( older)? (is |are |keeps )?(making|made|forcing|forced|wants|asking|pressuring) me (to )?(do|send|keep|carry|sell|hold|deliver|meet)\b",
    # Broader families (development set).
    r"\b(uncle|stepdad|step dad|boyfriend|man|cousin|grandad|teacher|babysitter|coach|neighbour|lodger)\b[^.]{0,30}\b(touches|touched|touching) (her|him|them|my (daughter|son|niece|nephew|granddaughter|grandson))\b",
    r"\bhome alone since\b|\b(boy|girl|kids|children|child|toddler|baby|little one|\d+ year old)\b[^.]{0,60}\b(left (alone|on (his|her|their) own)|alone in the (flat|house)) (in the (flat|house) |at home )?since\b",
    r"\b(kids|children|boy|girl|little ones|tiny ones|toddler)\b[^.]{0,30}\blocked out\b|\b(lock|locks|locked) (him|her|them|the kids|the children) out\b|\b(the|his|her|their) parents (lock|locks|locked) (the door|him out|her out|them out)\b",
    r"\b(eat|eats|eating|ate) (from|out of) the bins?\b|\bno coat in (the )?winter\b|\b(kids|children|boy|girl|grandson|granddaughter|son|daughter)\b[^.]{0,60}\bbegging\b",
    r"\bsoaking nappy\b|\b(needles|syringes|drugs|crack pipe) (on|in|around|all over) the (table|floor|coffee table|sofa)\b",
    r"\bshut (him|her|them|me) in (a|the) (cupboard|room|cellar|shed)\b|\bshut in (a|the) (cupboard|cellar|shed)\b|\bdenied (his|her|their|my) (medication|meds|food)\b",
    r"\b(will not|wont|does not|doesnt|never) let me eat\b|\bmakes me sleep on the floor\b|\bput me in care\b",
    r"\b(stand|stands|standing|stood) (outside )?in the (cold|garden|rain|dark)\b[^.]{0,30}\b(hours|all night|punishment)\b",
    r"\b(boyfriend|girlfriend) is (1[89]|2\d|3\d)\b[^.]{0,30}\b(she|he) (is|s) (1[0-5])\b",
    r"\b(been drinking|drunk|over the limit|drinking since)\b[^.]{0,60}\b(driving|drive|behind the wheel)\b",
    r"\b(he|she|dad|mum|father|mother|stepdad|stepmum|parent|parents) (forces|forced|makes|made|make) (her|him|me|them) (to )?(miss|not go to|stay off|skip) school\b",
    r"\b(beats|beat|hits|hit|slaps|kicks) (her|him|me|them) (if|when|whenever|every time)\b",
    r"\b(comes|coming|came) (in|into) (her|his|their|my) (room|bedroom) at night\b|\bchair against the door\b",
    r"\bmake my own (dinner|tea|food)\b[^.]*\b(no more|nothing|crisps|poorly|asleep|sleeps)\b",
    r"\b(told|tells) me to get out\b[^.]*\b(never come back|nowhere)\b",
    r"\b(mum|dad|mother|father|parent|stepdad|stepmum|step dad|step mum)\b[^.]{0,20}\b(hurts|hits|beats|kicks|slaps) (her|him|them)\b",
    r"\b(kids|children|brother|sister)\b[^.]*\b(at home|home|alone)\b[^.]*\bno adults?\b|\bno adults? (at home|in the house|here)\b",
    r"\bask(ed|ing|s)? (my |her |his )?(\d+ year old )?(daughter|son|child|kid|her|him|me) for (pictures|pics|photos|nudes|selfies)\b",
    # Families from the second development set.
    r"\bbeing used to (sell|deal|run|carry) drugs\b|\bface slashed\b|\bslashed (his|her) face\b",
    r"\bfinger ?marks\b|\bbruises on the tops? of (her|his) arms\b",
    r"\bwhat (he|she) does to me\b|\b(he|she) does (things|stuff) to me\b",
    r"\b(give|gives|gave|giving) me (vodka|alcohol|drink|beer|wine|drugs|weed|cider)\b|\bold (enough|enuff) for (other|grown up) (stuff|things)\b",
    r"\b(little ones|kids|children|boys|girls|toddlers?|baby)\b[^.]{0,40}\b(on their own|alone|by themselves)\b[^.]{0,30}\b(all weekend|all night|overnight|for days|since|every weekend)\b",
    r"\b(will not|won t|wont|refuses to) bring (him|her|them) back\b",
    r"\b(got|was|been) stabbed\b|\bowes (some )?(older )?(boys|men|people|someone|lads) money\b|\bknow where we live\b",
    r"\bmet (him |her )?(through|on|playing) (gaming|a game|roblox|fortnite|snapchat|tiktok|instagram|online)\b|\b(sent|sending|sends) (him|her) (train tickets|tickets|money|gifts|robux)\b",
    r"\bporn\w*\b|\bnudes\b",
    r"\bsleep(s|ing)? in (the |a )?(car|park|street|doorway|tent)\b|\bkicked (him|her|me) out\b|\bsleeping rough\b",
    r"\b(new trainers|two phones|wads of cash|county lines)\b|\bseen on a train to\b",
    r"\b(making|made|make) my own (tea|dinner|food)\b[^.]*\b(every day|all week|only|nothing|left|in bed)\b",
    r"\b(takes|took|taking) (pictures|photos|pics|videos) of (her|him|them) in the (bath|shower)\b|\b(said|says|told me) not to tell\b",
    r"\bsleep in the bath\b|\bdoor jammed\b|\bjam(med)? the door\b",
    r"\b(baby|toddler|infant)\b[^.]*\b(underweight|unwashed|not fed|dirty nappy)\b",
    r"\b(nobody|no one) (has |s )?(picked|collected) (them|him|her) up\b",
    r"\b(getting|gets|got) into bed with (my|her|his) (little )?(sister|brother|daughter|son|niece|nephew)\b",
    r"\bleave (a|the|her|his|my) (\d+|five|six|seven|eight) (year old|yr old)\b[^.]*\b(home|alone|overnight)\b",
    r"\b(has not|hasnt|not) got up for days\b|\bcaring for (two )?toddlers\b|\bmilk has run out\b",
    r"\b(had|eaten) (any )?(dinner|tea|food)\b[^.]{0,15}\bfor (like )?(\d+|two|three|four) days\b|\b(do not|dont) tell (school|the school|my teacher)\b",
    r"\b(no|not any) (other )?adults? around\b",
    r"\b(is|s) ([5-9]|1[0-2])\b[^.]*\blooking after (her|his) (little |baby )?(brother|sister)\b[^.]*\b(night|all night|through the night)\b",
    r"\b(dad|father|brother|stepbrother|step dad|stepdad)\b[^.]{0,10}\b(touches|touched|touching) (her|him|me)\b",
    r"\b(child|girl|boy|kid|year old)\b[^.]*\b(underweight|unkempt|malnourished)\b|\b(five|six|seven|eight|nine|[5-9]) year old\b[^.]{0,60}\b(main|sole|only) carer\b",
    r"\bno (other )?adults? (in the (home|house|flat)|at home)\b|\b(frightened|scared|afraid) to go (back )?home\b|\b(frightened|scared|afraid) to go back (there|in)\b",
)


_CHILD_SPEAKER = re.compile(
    r"\b(i am|i m|im) (only |just |nearly )?([5-9]|1[0-7]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen)( years old| yrs| yo)?\b|\b(i am|im) in year [1-9]\b|\bi am a kid\b|\bwe are ([5-9]|1[0-5]) and ([5-9]|1[0-5])\b")
_UNSAFE_HOME = re.compile(
    r"\b(drunk|high|on drugs|uses drugs|using drugs|takes drugs|passed out|wasted|smashed|off (his|her|their) (head|heads))\b"
    r"|\b(drinks|drinking)\b.*\b(put (her|him) to bed|passed out|look after us|on (my|our) own|alone|no food|forgets to feed|crisps for tea)\b"
    r"|\b(forgets|forgot|forgetting) to feed (us|me)\b|\bnot (fed|feeding) (us|me)\b"
    r"|\b(is not|not) any food\b|\bnothing in the (fridge|house|cupboards?)\b"
    r"|\bno (food|tea|dinner|money for food)\b|\bnothing to eat\b|\b(have not|has not|not) (eaten|had (any )?(food|tea|dinner))\b"
    r"|\b(on (my|our) own|alone|by (myself|ourselves)) (all night|for days|overnight|at night|again)\b|\bwe are on our own\b"
    r"|\b(hits|hit|hurts|hurt|kicks|slaps|pushes|pushed|shouts at|touching|touches|touched) (me|us)\b"
    r"|\bcreepy\b|\b(cannot|can not|do not) go to school\b"
    r"|\b(missing|miss|missed|not been (in|to)|have not been (in|to)) (lots of |a lot of )?school\b|\boff school\b"
    r"|\boff (his|her|their) (head|heads|face|faces)\b|\b(cannot|can not) look after us\b"
    r"|\b(no one|nobody) else (is )?(here|home|around)\b|\b(got|get|been|getting) (hit|hurt|beaten|smacked)\b"
    r"|\b(nobody|no one) (has )?(come|came) (back|home)\b|\b(went|taken|gone) to hospital\b"
)

# A child's fear is a sign of an unsafe home in a short message ("im 12 and i get scared at
# night"). In a long post, where a young carer also tells of a parent's illness, it is more
# often fear for the parent ("shes not dying, but im really scared"): a safety line and
# the question "are you safe?", not a card.
_FEAR = re.compile(r"\b(scared|afraid|frightened|terrified)\b")
LONG_POST_WORDS = 60


_CHILD = re.compile(r"\b(kids|children|child|girl|boy|little ones?|toddler|baby|\d+ year old)\b")
_NEGLECTED = re.compile(r"\b(look|looks|looked|looking|seem|seems|seemed|are|is|always|come in|comes in) (so |really |very |always )?"
                        r"(hungry|starving|grubby|dirty|unwashed|neglected|filthy|underfed|smelly)\b")
_NO_ADULT = re.compile(r"\b(no|another|other|any|an) (adult|grown up|grownup)s?\b|\bon (their|her|his) own\b"
                       r"|\b(alone|nobody|no one) (in|at) (the house|the flat|home)\b|\b(mum|dad|parent)s? (is |are )?(never|not) (there|home|around)\b")


def neglected_child(cleaned: str) -> bool:
    """Someone describing a child who looks hungry or dirty with no adult around."""
    return bool(_CHILD.search(cleaned) and _NEGLECTED.search(cleaned) and _NO_ADULT.search(cleaned))


def child_in_danger(cleaned: str) -> bool:
    """A child who says their age, or their school year, and describes any sign of an
    unsafe home: a parent drunk or using drugs, no food, left alone, being hurt or
    scared. Crisis.md: disclosures by a young carer about harm go to child safety."""
    if not _CHILD_SPEAKER.search(cleaned):
        return False
    return bool(_UNSAFE_HOME.search(cleaned) or (_FEAR.search(cleaned) and len(cleaned.split()) < LONG_POST_WORDS))


def unsure_signs(cleaned: str) -> list[str]:
    """A child's fear told in a long post, with no other sign of an unsafe home."""
    if _CHILD_SPEAKER.search(cleaned) and _FEAR.search(cleaned) and not child_in_danger(cleaned):
        return ["a child who is scared, in a long post"]
    return []


def composite_signs(cleaned: str) -> list[str]:
    return ['a child describing an unsafe home'] if child_in_danger(cleaned) or neglected_child(cleaned) else []


CATCHES = (
    "Last weekend the little one had bruises all up the backs of his legs that he wouldn't talk about",
    'my dad hits me and my little brother',
    "im 13 and mum has been drunk for 3 days and there's no food in the house",
    "i'm scared to go home",
    'mum leaves me alone for days',
    "mum's boyfriend touched me",
    'someone older is making me carry stuff for them',
    'im 11 and mums drunk again and we havent had tea',
    'im 14 and dad shouts and pushes me',
    'i dont want to go home tonight',
    'im 13 n my stepdads mate keeps touchin me',
    'the kids next door have been alone for days and their mum is in hospital',
    'an older boy gives me money to carry packages for him, im 14',
    'im 13 theres no food in the house and mum is asleep again',
    'mum drinks, no food in the flat and my little brother is hungry',
    'her dad hit her with a belt',
    'im 12 and i havent been in school for weeks cos of mum',
)

LOOKALIKES = (
    'my son has bruises on his knees from football, he loves it',
    'the little one bruises easily on his legs since he started walking, the GP checked',
    "I'm in year 9 and I help my mum",
    'my little brother hit me with a pillow lol',
    'No food in the flat till Friday when the UC comes in. I am skipping meals so my partner can eat.',
    "We have no food in the house and I'm an adult caring for my husband, can a foodbank help?",
    "there's no food in the fridge until payday, I'm 52 and look after my mum",
)
