"""Crisis signs that take two things said together: a child describing an unsafe home,
someone who cannot be left alone with nobody there, despair with a means or a plan, the
carer suddenly out of action while someone depends on them."""
from __future__ import annotations

import re

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
    r"|\b(scared|afraid|frightened|terrified)\b|\bcreepy\b|\b(cannot|can not|do not) go to school\b"
    r"|\b(missing|miss|missed|not been (in|to)|have not been (in|to)) (lots of |a lot of )?school\b|\boff school\b"
    r"|\boff (his|her|their) (head|heads|face|faces)\b|\b(cannot|can not) look after us\b"
    r"|\b(no one|nobody) else (is )?(here|home|around)\b|\b(got|get|been|getting) (hit|hurt|beaten|smacked)\b"
    r"|\b(nobody|no one) (has )?(come|came) (back|home)\b|\b(went|taken|gone) to hospital\b"
)


_NOBODY_TO_CARE = re.compile(
    r"\b(nobody|no one|no body|noone) (is )?(to |here to |can |who can |available to |left to )?(look after|care for|be with|"
    r"stay with|sit with|watch|feed|mind|have|take|collect) (him|her|them|mum|dad|my \w+|the kids|the children)\b"
    r"|\b(cannot|can not) care (for )?my\b")
_CANNOT_BE_LEFT = re.compile(r"\b(cannot|can not|must not) be left( alone| on (his|her|their) own| by (himself|herself|themselves))?\b"
                             r"|\b(cannot|can not|must not) be on (his|her|their) own\b")
_URGENT = re.compile(r"\b(tonight|today|now|in an hour|hospital|surgery|operation|emergency|not answering|no one|nobody|chemo|ambulance|taken away|what do i do)\b")


_NOW = re.compile(r"\b(tonight|today|now|right now|this (morning|afternoon|evening)|in an hour|tomorrow( morning)?|"
                  r"hospital|surgery|operation|emergency|chemo|ambulance|taken away|what do i do|stuck)\b")


# Someone who cannot manage alone, on their own now because the cover fell through while
# the carer is away ("mum's at home on her own now... my flight boards in an hour").
_ALONE_NOW = re.compile(r"\b(on (his|her|their) own now|(is|s|are) (home )?alone now|left (him|her|them) on (his|her|their) own)\b")
_CANNOT_MANAGE = re.compile(r"\b(dementia|alzheimer\w*|cannot manage|can not manage|can t manage|wanders|wandering"
                            r"|does not know what day|doesn t know what day|cannot be left|bed ?bound|cannot walk)\b")
_CARER_AWAY = re.compile(r"\b(flight|flying|airport|boards|boarding|abroad|overseas|in hospital|admitted|on a ward)\b")


def left_without_care(cleaned: str) -> bool:
    """Someone who cannot be left alone, or with nobody to care for them, and a reason
    it is happening now (not "when I'm older" or "if I go to a wedding")."""
    if _NOT_YET.search(cleaned) and not _IMMEDIATE.search(cleaned):
        return False
    return bool((_CANNOT_BE_LEFT.search(cleaned) and _URGENT.search(cleaned))
                or (_NOBODY_TO_CARE.search(cleaned) and _NOW.search(cleaned))
                or (_ALONE_NOW.search(cleaned) and _CANNOT_MANAGE.search(cleaned) and _CARER_AWAY.search(cleaned)))


_CHILD = re.compile(r"\b(kids|children|child|girl|boy|little ones?|toddler|baby|\d+ year old)\b")
_NEGLECTED = re.compile(r"\b(look|looks|looked|looking|seem|seems|seemed|are|is|always|come in|comes in) (so |really |very |always )?"
                        r"(hungry|starving|grubby|dirty|unwashed|neglected|filthy|underfed|smelly)\b")
_NO_ADULT = re.compile(r"\b(no|another|other|any|an) (adult|grown up|grownup)s?\b|\bon (their|her|his) own\b"
                       r"|\b(alone|nobody|no one) (in|at) (the house|the flat|home)\b|\b(mum|dad|parent)s? (is |are )?(never|not) (there|home|around)\b")


def neglected_child(cleaned: str) -> bool:
    """Someone describing a child who looks hungry or dirty with no adult around."""
    return bool(_CHILD.search(cleaned) and _NEGLECTED.search(cleaned) and _NO_ADULT.search(cleaned))


# The carer is out of action now (in hospital, arrested, evicted, injured, ill, stranded,
# leaving) while the person they care for depends on them: crisis.md's "carer suddenly
# unable to care". Said by the carer themselves, or about the one who does the caring.
_CARER_OUT = re.compile(
    r"\b(i am|i m|im|i have been|i ve been|i was|i got|i came|i will be|i ll be|writing|(want|keeping|kept|have|has) me"
    r"|i have to (go|stay)|i have got to (go|stay)|i must (go|stay)|i need to (go|stay)|i am going|i am staying)( \w+){0,4} "
    r"(in|into|to|at|from|on) (the )?(hospital|hosp|a&e|a and e|a e|the ward|ward|kings|king s|st thomas|st thomas s|intensive care|icu)\b"
    r"|^(in|at) (a&e|a and e|a e|hospital|hosp)\b"
    r"|\b(the |his |her |mum s |dad s |my \w+ s )?carers? (is |s |has been |have been )?(in|taken (in)?to|rushed (in)?to|admitted to) (hospital|hosp|a&e)\b"
    r"|\b(i am|i m|im|i have been|i have just been|i was|being|been|am) (currently |just )?(admitted|an inpatient|sectioned|arrested)\b|\b(myself|me) (admitted|an inpatient)\b"
    r"|\binpatient myself\b|\bsectioning me\b|\bkept me in\b|\bkeeping me in\b"
    r"|\b(police )?arrest\w*\b|\b(got|been|was) (stabbed|attacked|mugged|assaulted|hit by a car|knocked down)\b|\bin the back of an ambulance\b"
    r"|\b(taken|rushed) (away |in )?(in|by) (an )?ambulance\b|\bambulance took me\b|\brushed in\b"
    r"|\b(evicted|bailiffs|repossess\w*|changed the locks?|change the locks?|visa|deported|flooded)\b|\b(flat|house|home) (burned|burnt) out\b"
    r"|\b(broke|broken|fractured) my (arm|leg|wrist|hip|ankle|back)\b|\bi (just )?(had|have had) a (stroke|seizure|heart attack|fall)\b|\bjust had a (stroke|seizure|heart attack)\b"
    r"|\bmy back (has|is|s) gone\b|\bback s gone\b|\bslipped a disc\b|\b(i am|im) (lying )?on the floor\b|\bphysically (cannot|can not|can t)\b"
    r"|\bcontractions\b|\bin labour\b|\bwaters (have )?broken\b"
    r"|\btested positive\b|\bnorovirus\b|\b(got|have|caught|with) covid\b|\bi (am )?(cannot|can not|am unable to|unable to) (stand|get up|get out of bed|lift my head)\b"
    r"|\bi can barely (lift my head|stand)\b|\bbarely lift my head\b|\bi am unable to stand\b"
    r"|\b(i|me|my)\b[^.]{0,40}\b(emergency )?(operation|surgery)\b|\bstranded\b|\bno trains\b|\btrains are off\b|\bcannot get back\b|\bflight (cancelled|canceled)\b"
    r"|\bpassport (was |has been )?stolen\b|\b(i am|im|i m|currently|stuck) abroad\b|\bstuck (in|at) (the )?(airport|station|police station|work)\b"
    r"|\b(died|dead) suddenly\b|\bleft without notice\b|\b(cancelled|canceled) all\b|\bupped and left\b"
    r"|\b(i am|im|i m) (leaving (him|her|them|now|tonight|for good)|leaving$|done caring|walking out|collapsing)\b|\bdone caring\b"
    r"|\bbag (is |s )?packed\b|\bnot going back in there\b|\bmoving away\b|\bi have had it\b"
    r"|\b(cannot|can not|can t) be the one (looking after|caring for)\b"
    r"|\b(stopped|cancelled|canceled|withdrawn|pulled|quit|quitting) (all )?(of )?(the |his |her |their |my |\w+ s )?(carers|care visits|visits|care package|package|care|cover)\b"
    r"|\b(carers|care workers|agency) (have |has )?(quit|stopped|walked out)\b|\b(agency|carers)\b[^.]{0,40}\bpulling out\b|\b(given|served) (him|her|them|my \w+) notice\b|\bhas to be out by\b"
    r"|\bleaving (him|her|them) (now|tonight|today)\b"
    r"|\b(will not|wont) be (returning|coming) home\b|\bcan no longer (continue|carry on|care)\b|\bi must leave\b"
    r"|\bi must (go|fly|travel) (back )?to my country (now|today|tonight|tomorrow)\b|\bmy flight is in \w+ hours\b")
# Someone else who does the caring is taken ill or has gone: counts when the message says
# that person was the carer ("she's the one who looks after grandad") and it is not about
# their coming home.
_OTHER_CARER_OUT = re.compile(
    r"\b(carer|the carer|his carer|her carer|mum|mom|dad|mother|father|parent|nan|gran|grandma|grandad|husband|wife|partner|sister|brother)s?"
    r"( s| is| has| have| was)? (been )?(in|taken (in)?to|took (in)?to|rushed (in)?to|gone (in)?to|admitted to|taken in by) (hospital|hosp|a&e|kings|king s|ambulance)\b"
    r"|\b(broke|broken) (her|his) (hip|leg|arm|wrist)\b|\b(slipped|collapsed|fell)\b[^.]{0,40}\b(hospital|kings|ambulance)\b|\bheart attack\b|\bupped and left\b")
_CARER_ROLE = re.compile(
    r"\b(is|s|was) the (one|only one|only person) who (cares for|looks after|does)\b|\bthe one who (cares for|looks after)\b"
    r"|\b(was|is|s) (mum s|dad s|his|her|their|\w+ s) (only |main |sole )?carer\b|\b(who|that) (cares for|looks after) (my|our|him|her|them)\b"
    r"|\b(were|are) the only ones? caring\b|\b(i am|im|i m) (only )?([5-9]|1[0-7])\b")
_DEPENDS_ALONE = re.compile(
    r"\b(on (his|her|their) own|alone|home alone|by (himself|herself|themselves))\b"
    r"|\b(nobody|no one|noone)( else)? (has a key|will be there|is there|has come|has told|to (look after|care|help|feed|collect))\b|\bno one s come\b|\bno ones come\b"
    r"|\b(relies|depends) on me\b|\b(only|sole) carer\b|\b(cannot|can not|can t) (be|b) (left|on (his|her|their) own)\b|\bno care\b|\bno contingency\b"
    r"|\bnowhere (to go|for (him|her|them) to go)\b|\bempty house\b|\bunable to keep (her|him|them)\b|\bwhere is (she|he) (supposed|meant) to go\b"
    r"|\b(cannot|can not|can t|unable to) (wash|dress|eat|cook|get out of (bed|(his|her|their) chair)|walk|use (his|her|their) hands|lift|do (his|her|their) \w+|safely|do it|have (him|her) at mine)\b"
    r"|\b(cannot|can not|can t) manage (his|her|their) (tablets|meds|medication|insulin)\b|\bwhat happens to (him|her|them)\b"
    r"|\b(nobody|no one|noone) else\b|\b(nobody|no one) (is )?with (him|her|them)\b|\b(nobody|no one) (is )?coming\b|\b(nobody|no one) (is )?(at home|visiting)\b"
    r"|\b(nobody|no one) (at|in) (his|her|their) (flat|house|home)\b|\bno (cover|carers|one to cover)\b|\bwho (looks|will look|is looking|is going to look) after\b"
    r"|\bonly (ones?|person|people) (caring|who care|looking after)\b|\b(needs|need) (his|her|their) (tube feed|feed|insulin|meds|medication)\b"
    r"|\bneeds (turning|lifting|changing|hoisting|feeding)\b|\bneeds (\w+ )?visits a day\b|\b(cannot|can not|can t) get (him|her|them) (out of bed|up|dressed|washed)\b|\b(cannot|can not|can t) (get up to )?(change|turn|lift|feed|give) (her|him|them)\b"
    r"|\b(nobody|no one) to (do|give) (her|his|their)\b|\bcare (cannot|can not|can t) happen\b|\ball (she|he) has\b|\b(no|not) (place|one) can take (him|her)\b"
    r"|\b(oxygen|hoist|hospital bed|catheter|stoma|peg feed|tube feed|depot|dialysis|doubly incontinent|bed ?bound)\b"
    r"|\b(cannot|can not|can t) do (any of )?(\w+ s |\w+ )?(care|his care|her care|their care)\b"
    r"|\bwithout (help|me)\b|\bneeds hoisting\b|\b(feed|insulin|dialysis|meds|medication|tablets)( and meds)? (is |are )?(due|tomorrow|runs out)\b|\bmedication runs out\b")
_NOT_YET = re.compile(r"\bnext (week|month|year)\b|\bin (\w+ )?(weeks|months)\b|\bin the (spring|summer|autumn|winter|new year)\b"
                      r"|\bif (i|ever|something|anything)\b|\bin (january|february|march|april|may|june|july|august|september|october|november|december)\b"
                      r"|\bin ?case\b|\bwhat if\b|\bplan ahead\b|\bback ?up plan\b")
_DISCHARGE = re.compile(r"\b(discharge|discharged|come home|go home|coming home|sent home)\b")
_IMMEDIATE = re.compile(r"\b(tonight|today|right now|this (morning|afternoon|evening)|in an hour|since (this|yesterday|last night|\w+day)|from today|from tomorrow|2 days|two days)\b")
_PAST = re.compile(r"\b(last (week|month)|(\d+|a few|two|three|four) (days|weeks|months) ago)\b")


# Despair with a means or a plan to hand, the two together (either alone is common in
# ordinary messages: "no point asking", "her tablets").
_DESPAIR = re.compile(
    r"\bwhat is (even )?the point\b(?! (of|in) (the|this|a|asking|applying|filling|going to|having|calling|ringing|trying to get))"
    r"|\bnothing left of me\b|\btired of being (here|alive)\b|\b(cannot|can not|can t) see (a|any) future\b"
    r"|\b(cannot|can not|can t) see myself (getting|making it|lasting|being here)\b|\b(do not|dont) want to (be here|go on|wake up)\b"
    r"|\bso tired of (it all|everything|living|life)\b|\bdone with (it all|everything|life)\b|\bnot planning on being around\b"
    r"|\bgo to sleep (properly|for good|forever)\b|\bin heaven\b|\b(will not|wont) be (here|around) (much )?longer\b|\bno future\b"
    r"|\b(i have|i ve) (had|got) (enough|nothing left)\b|\beveryone would be (better|less stressed|happier)\b"
    # Goodbye letters, and no future after the person cared for has died.
    r"|\b(written|wrote|writing|left) (some |a few )?(letters|notes|a note|a letter) (to|for) (my|the|everyone|each)\b"
    r"|\bthere (is not|isn t|is no) a now\b")
_MEANS_OR_PLAN = re.compile(
    r"\b(pills|tablets|paracetamol|amitriptyline|co codamol|morphine|overdose|rope|noose|knife|packets|shoebox|stash|enough to)\b"
    r"|\b(bridge|roof|the tracks|platform|car park)\b|\b(gave|given|giving) (me |away )?(her|his|my) (bank card|rings|jewellery|things)\b"
    r"|\b(have|got) a plan\b|\bworked out how\b|\bhow i (would|will|could) do it\b|\balready decided\b|\bmade my mind up\b|\ba date\b")


def despair_with_means(cleaned: str) -> bool:
    return bool(_DESPAIR.search(cleaned) and _MEANS_OR_PLAN.search(cleaned))


def carer_out_of_action(cleaned: str) -> bool:
    if not _DEPENDS_ALONE.search(cleaned):
        return False
    if _CARER_OUT.search(cleaned):
        return bool(_IMMEDIATE.search(cleaned)) or not (_NOT_YET.search(cleaned) or _PAST.search(cleaned))
    if _OTHER_CARER_OUT.search(cleaned) and _CARER_ROLE.search(cleaned):
        return not (_DISCHARGE.search(cleaned) or _NOT_YET.search(cleaned) or _PAST.search(cleaned))
    return False


def child_in_danger(cleaned: str) -> bool:
    """A child who says their age, or their school year, and describes any sign of an
    unsafe home: a parent drunk or using drugs, no food, left alone, being hurt or
    scared. Crisis.md: disclosures by a young carer about harm go to child safety."""
    return bool(_CHILD_SPEAKER.search(cleaned) and _UNSAFE_HOME.search(cleaned))
