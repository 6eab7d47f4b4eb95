"""Crisis detection: deterministic rules that run on every message.

The rules follow ../shared/directory-facts/crisis.md. They do not depend on the
trained model, so a low-confidence classifier cannot talk the bot out of a crisis
reply. When unsure, the rules lean towards a crisis; ordinary exhaustion and stress
are not a crisis but earn a gentle safety question (`safety_check`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Crisis kinds, in the order their cards are shown when several apply.
KINDS = (
    "medical_emergency",
    "suicidal",
    "self_harm",
    "child_at_risk",
    "adult_at_risk",
    "domestic_abuse",
    "care_breakdown",
)


@dataclass(frozen=True)
class Assessment:
    kinds: tuple[str, ...] = ()
    matched: tuple[str, ...] = ()  # the phrases that triggered, for staff review
    safety_check: bool = False  # distress without a crisis: ask if they are safe

    @property
    def is_crisis(self) -> bool:
        return bool(self.kinds)


# --- normalising how people type ---------------------------------------------------

_TEXT_SPEAK = {
    r"\bu\b": "you",
    r"\bur\b": "your",
    r"\br\b": "are",
    r"\bim\b": "i am",
    r"\bive\b": "i have",
    r"\bid\b": "i would",
    r"\bill\b(?= (do|be|go|end|kill|hurt|take|jump|never))": "i will",
    r"\bwanna\b": "want to",
    r"\bgonna\b": "going to",
    r"\bgotta\b": "got to",
    r"\bkms\b": "kill myself",
    r"\bunalive\b": "kill",
    r"\bplz|pls\b": "please",
    r"\bcoz|cos|cuz\b": "because",
    r"\bwont\b": "will not",
    r"\bcant\b": "cannot",
    r"\bcan not\b": "cannot",
    r"\bdont\b": "do not",
    r"\bdoesnt\b": "does not",
    r"\bdidnt\b": "did not",
    r"\bisnt\b": "is not",
    r"\bwasnt\b": "was not",
    r"\baint\b": "is not",
    r"\bhes\b": "he is",
    r"\bshes\b": "she is",
    r"\btheyre\b": "they are",
    r"\btheres\b": "there is",
    r"\bthere s\b": "there is",
    r"\bmy self\b": "myself",
    r"\bmyslef|myelf|mysef\b": "myself",
    r"\bher self\b": "herself",
    r"\bhim self\b": "himself",
    r"\bthem self|themself\b": "themselves",
    r"\bn'?t\b": " not",
}


def normalise(text: str) -> str:
    """Lower-case, plain apostrophes dropped, text-speak expanded, spaces collapsed."""
    lowered = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    lowered = re.sub(r"(\w)'(s|re|m|ve|ll|d)\b", r"\1 \2", lowered)  # she's -> she s
    lowered = re.sub(r"(\w)n't\b", r"\1 not", lowered)  # can't -> ca not
    lowered = lowered.replace("ca not", "cannot").replace("wo not", "will not")
    lowered = re.sub(r"\bi m\b", "i am", lowered)
    lowered = re.sub(r"\b(he|she|it|that|there|what) s\b", r"\1 is", lowered)
    lowered = re.sub(r"\b(i|you|we|they) ve\b", r"\1 have", lowered)
    lowered = re.sub(r"\b(i|you|we|they|he|she) ll\b", r"\1 will", lowered)
    lowered = re.sub(r"\b(you|we|they) re\b", r"\1 are", lowered)
    lowered = re.sub(r"\b(i|you|we|they|he|she) d\b", r"\1 would", lowered)
    lowered = re.sub(r"[^a-z0-9&+\s]", " ", lowered)
    for pattern, replacement in _TEXT_SPEAK.items():
        lowered = re.sub(pattern, replacement, lowered)
    return re.sub(r"\s+", " ", lowered).strip()


# --- the rules ----------------------------------------------------------------------

SELF = r"(myself|my self|my life)"
PERSON = r"(he|she|they|him|her|them|mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|nan|nana|gran|granny|grandma|grandad|grandpa|grandfather|grandmother|friend|boyfriend|girlfriend|uncle|aunt|auntie|child|kid|baby|neighbour)"
OTHER_SELF = r"(himself|herself|themselves|themself)"
SOON = r"(now|right now|tonight|today|again)"

_RULES: dict[str, tuple[str, ...]] = {
    "suicidal": (
        r"\bkill(ing|ed)? (myself|" + OTHER_SELF + r")\b",
        r"\bsu+[iy]?c+[iy]?d+(e|al|ial|le|el|l)?\b",  # suicide, suicidal and common misspellings
        r"\bsuicid",
        r"\b(end|ending|take|taking|finish) (it all|my life|my own life|everything|it now|things now|my self|myself)\b",
        r"\bend it\b(?! (with|for) (him|her|them|my (partner|boyfriend|girlfriend)))",
        r"\b(want|wanted|wanting|going|planning|plan|thinking|think|thought|tempted|ready|decided|like) (about |of )?(to )?(die|dying|end it|be dead|not be here|not wake up|disappear for good|not exist)\b",
        r"\b(i|he|she|they) (want|wants|wanted) to die\b",
        r"\bwant(s|ed)? (it|this|everything) (all )?to (end|stop|be over)\b(?! (soon|so i can))",
        r"\b(wish|hope|pray) (i|he|she) (was|were|was just|would be) (dead|gone|never born)\b",
        r"\b(wish|hope|pray) (i|he|she) (could )?(die|would die|did not wake up|would not wake up|never wake up|not wake up)\b",
        r"\b(do not|did not|does not|never) want to (live|be alive|be here|wake up|exist|go on|carry on)( any ?more)?\b",
        r"\bno (point|reason|use) (in )?(living|being alive|being here|going on|carrying on|to live|in life|to go on|of living|of going on)\b",
        r"\bwhat is the point (of|in) (living|life|going on|carrying on|being here|anything anymore)\b",
        r"\bbetter off (dead|without me|if i (was|were) (dead|gone|not here)|if i was not here|with me gone|when i am gone|if i died)\b",
        r"\b(everyone|everybody|they|family|kids|he|she) (would|will|d) be better off without me\b",
        r"\bcannot go on( like this| any ?more| living|$)",
        r"\b(cannot|do not want to) (do|take) (this|it) any ?more\b.*\b(end|die|gone|over|pills|tablets)\b",
        r"\b(hang|hanging|drown|drowning|shoot|shooting) (myself|" + OTHER_SELF + r")\b",
        r"\b(jump|jumping|throw myself) (off|in front of|from|under)\b",
        r"\bin front of a (train|bus|car|lorry)\b",
        r"\b(stockpil|saving up|hoard)(e|ed|ing)? (my |his |her )?(pills|tablets|meds|medication)\b",
        r"\b(not|never) wake up\b",
        r"\bsay(ing)? goodbye (to everyone|for good|forever)\b",
        r"\bno (way|reason) (out|to live)\b",
        r"\b(life|living) is not worth (it|living)\b",
        r"\bnot worth living\b",
        r"\btalk(s|ing|ed)? about (dying|ending it|killing|suicide|not being here|wanting to die)\b",
        r"\bthreaten(s|ing|ed)? to (kill|end|hurt|harm)\b",
        r"\bdisappear (forever|for good|and never come back)\b",
        r"\bsleep and never\b",
    ),
    "self_harm": (
        r"\bself ?harm",
        r"\bselfharm",
        r"\b(hurt|hurting|harm|harming|cut|cutting|burn|burning|scratch|scratching|punch|punching|bite|biting|starve|starving) (myself|" + OTHER_SELF + r")\b",
        r"\bcutting (again|my (arms|arm|legs|leg|wrists|wrist|skin|thighs))\b",
        r"\b(been|started|start|keep|back to|am) cutting\b(?! (back|down|costs|corners|out|up|his|her|their|the|my (hours|spending)|hair|nails|toenails|food|tablets|pills))",
        r"\bcut (my|his|her) (wrists|wrist|arms|arm|legs)\b",
        r"\b(banging|bang|bangs|hitting|hits|hit) (his|her|their|my) head (against|on|off)\b",
        r"\bblade(s)?\b.*\b(myself|arms|wrist|skin)\b",
        r"\burge(s)? to (hurt|harm|cut)\b",
    ),
    "medical_emergency": (
        r"\b(not|stopped|is not|isnt|has stopped|cannot|can not|struggling to|trouble|difficulty|hard to) breath(e|ing)?\b",
        r"\b(collapsed|unconscious|unresponsive|passed out|blacked out|fainted)\b",
        r"\b(will not|would not|cannot|can not|does not|not) wake (up|him|her|them)\b",
        r"\b(having|had|has) (a )?(fit|seizure|convulsion)s? (now|right now|and|that|for)\b",
        r"\b(fitting|seizure|seizing|convulsing)\b.*\b(not stopping|will not stop|wont stop|stop|minutes|blue)\b",
        r"\bhaving (a )?(fit|seizure|heart attack|stroke)\b",
        r"\b(heart attack|chest pain|chest pains|pain in (his|her|my) chest)\b",
        r"\b(face|mouth|smile) (is )?(drooping|dropped|droopy)\b",
        r"\b(bleeding|blood) (heavily|badly|a lot|everywhere|will not stop|won t stop|and will not stop|loads)\b",
        r"\b(heavy|severe|lots of|so much) (bleeding|blood)\b",
        r"\boverdose(d)?\b|\bod d\b|\bod ing\b",
        r"\b(took|taken|take|has taken|swallowed|swallow) (a lot of|lots of|too many|all (of )?(his|her|my|the)|a load of|loads of|a handful of|the whole|a whole|a bottle of|an entire)\b.*\b(pills|tablets|meds|medication|paracetamol|packet|box|bottle|insulin)\b",
        r"\btoo many (pills|tablets|meds|paracetamol)\b",
        r"\bswallowed (bleach|something|pills|tablets|poison|batteries)\b",
        r"\b(fallen|fell|has fallen) (over |down )?(and )?(cannot|can not|is not able to|unable to|will not) (get up|move)\b",
        r"\b(on the floor|on the ground) and (cannot|can not|will not|is not) (get up|move|moving|responding)\b",
        r"\bhit (his|her|their) head\b.*\b(bleeding|unconscious|not|confused|sick)\b",
        r"\b(has|with|holding|got|picked up|pulled) a (knife|gun|weapon|blade)\b",
        r"\b(attacking|attacked|strangling|strangled|choking|choked) (me|him|her|us|them|my)\b",
        r"\b(going to|gonna|will|threatened to|threatening to|says he will|says she will|said he would|said she would) (kill|stab|hurt|hit|strangle) (me|us|him|her|them|my|the)\b",
        r"\b(house|flat|kitchen|room|building|home) (is )?(on fire|burning)\b|\bthere is a fire\b|\bfire in\b",
        r"\b" + PERSON + r"( has| is| s)? (gone|went|been|is|now) missing\b",
        r"\b(wandered|walked) off\b.*\b(cannot find|can not find|not back|missing|dark|night|hours)\b",
        r"\bcannot find (him|her|them|my (mum|dad|nan|husband|wife|son|daughter|grandad|gran))\b.*\b(dementia|hours|dark|night|anywhere|missing)\b",
        r"\b(call|need|needs|get|called|calling) (an )?ambulance\b",
        r"\bambulance\b",
        r"\bturning blue|gone blue|lips are blue\b",
        r"\b(severe|serious|really bad) (allergic reaction|burns?|injury|injuries)\b",
        r"\bchoking\b",
        r"\b(very|really|seriously) (ill|unwell) (and|but) (getting worse|not responding)\b",
        r"\bcall 999\b|\bring 999\b|\bdial 999\b",
    ),
    "child_at_risk": (
        r"\b(mum|mom|dad|mother|father|step ?dad|step ?mum|parent|parents|uncle|his (boyfriend|girlfriend)|her (boyfriend|girlfriend)|mum s boyfriend|mums boyfriend)\b.*\b(hits|hit|beats|beat|hurts|hurt|kicks|slaps|punches|punched|slapped|kicked|burns|burned|touch(es|ed)?) (me|us|my (brother|sister|siblings)|the kids|the children|the baby)\b",
        r"\b(hitting|hits|hurting|hurts|beating|beats|abusing|abuses) (the|my) (kids|children|baby|little (brother|sister))\b",
        r"\b(touched|touches|touching) me\b",
        r"\b(left|leaves|leave|leaving) (me|us|them|my (little )?(brother|sister|siblings)) (at home )?(alone|on (my|our|their) own|by (myself|ourselves)) (for|all|overnight|at night|every)\b",
        r"\b(home|house) alone (for|all night|overnight|with)\b",
        r"\bno food in the (house|flat|fridge|cupboards?)\b",
        r"\b(nothing|no food) (to eat|for (us|me|my (brother|sister|siblings)) to eat)\b",
        r"\b(scared|afraid|frightened|terrified) (to go|of going) home\b",
        r"\b(too )?(drunk|high|off (his|her) face|out of it|wasted|passed out) to (look after|take care of|care for|feed|wake)\b",
        r"\b(mum|mom|dad|mother|father|parent)\b.*\b(drunk|high|drinking|on drugs)\b.*\b(for (2|3|4|5|two|three|four|five|days)|all week|days|no food|alone|scared|hurt)\b",
        r"\bgroom(ing|ed)\b",
        r"\bexploit(ing|ed)?\b.*\b(me|child|kid|son|daughter|brother|sister|boy|girl)\b",
        r"\b(i am|im|i m) (1[0-7]|[5-9]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b.*\b(hits|beats|hurts|kicks|slaps) me\b",
        r"\b(cannot|can not|can t|do not|dont|not) go(ing)? to school\b.*\b(all night|every night|look after|looking after|caring|care for)\b",
        r"\b(look|looking) after my (little |baby )?(brother|sister|siblings|brothers|sisters)\b.*\b(all night|on my own|by myself|alone)\b",
        r"\b(child|kid|baby|my son|my daughter)\b.*\b(being (hurt|abused|neglected)|not safe|unsafe|in danger)\b",
        r"\bchild (abuse|neglect)\b",
        r"\b(someone|somebody|a man|a woman|an adult|people|older (boy|man|guy|kid)s?)( older)? (is |are |keeps )?(making|made|forcing|forced|wants|asking|pressuring) me (to )?(do|send|keep|carry|sell|hold|deliver|meet)\b",
    ),
    "adult_at_risk": (
        r"\b(taking|took|takes|stealing|stole|steals|using|spending|spent|had|keeps taking|has been taking) (all )?(of )?(his|her|their|nan s|nans|mum s|mums|dad s|dads|grandad s|my nan s|my mum s|my dad s) (money|pension|benefits|bank card|card|savings|cash)\b",
        r"\b(taking|stealing|took|stole|takes|steals) (money|cash|pension|benefits) (from|off) (him|her|them|my (mum|dad|nan|gran|grandad|brother|sister))\b",
        r"\bbruis(e|es|ed|ing)\b.*\b(cannot|can not|nobody|no one|will not|does not|not|no) (explain|idea|know)\b",
        r"\b(unexplained|strange|odd) (bruis|marks|injur)",
        r"\b(carer|carers|care worker|care workers|careworker|agency|staff|nurse|neighbour|home help)\b.*\b(hit|hits|hitting|hurt|hurts|hurting|slapped|slaps|rough|shouts at|shouting at|swears at|stole|stealing|steals|taking (his|her) money|abuse|abusing|neglect|neglecting|pushed|pushes|locks)\b",
        r"\b(hits|hit|hitting|punches|punched|kicks|kicked|attacks|attacked|scratches|bites|bit|pushes|pushed|slaps|slapped|hurts|hurt|beats|grabbed|grabs) me when (he|she|they) (is|are|gets|get)? ?(confused|angry|upset|agitated|drunk|frustrated|ill|unwell|having)\b",
        r"\bmy (son|daughter|husband|wife|partner|dad|mum|mother|father|brother|sister|grandson|granddaughter) (hits|punches|kicks|attacks|beats|hurts|pushes|slaps|threatens|bites|scratches) me\b",
        r"\b(left|leaves|leaving) (him|her|them|mum|dad|nan|gran|grandad|my (mum|dad|nan|gran|grandad)) (without|with no) (his |her |their |any )?(food|meds|medication|medicine|tablets|water|heating|help|care)\b",
        r"\b(financially )?(abusing|abused|abuses|exploiting|exploits) (him|her|them|my (mum|dad|mother|father|nan|gran|grandad|grandma|brother|sister|son|daughter|aunt|uncle))\b",
        r"\bfinancial(ly)? abus",
        r"\b(no|not had|has not had|have not had|hasnt had|without) (food|meds|medication|tablets|water) for (days|two days|2 days|three days|3 days|a day|24 hours)\b",
        r"\b(locked|locks|locking) (him|her|them|me|mum|dad|nan) (in|up|out)\b",
        r"\blocked in\b",
        r"\b(being|is being|was being) (controlled|abused|neglected|exploited|bullied|threatened|financially abused)\b",
        r"\b(financial|elder|physical|sexual|emotional) abuse\b",
        r"\b(is|are|being|been|was|were) (badly |being )?neglected\b",
        r"\bneglecting (him|her|them|mum|dad|nan|grandad|my (mum|dad|nan|gran|grandad|brother|sister|son|daughter))\b",
        r"\b(scam|scammed|conned|exploiting|exploited|taking advantage of) (him|her|them|my (mum|dad|nan|gran|grandad|aunt|uncle))\b",
        r"\bsafeguarding (concern|issue|referral|alert)\b",
        r"\bnot safe\b",
    ),
    "domestic_abuse": (
        r"\bdomestic (abuse|violence)\b",
        r"\b(partner|husband|wife|boyfriend|girlfriend|ex|fiance|spouse)\b.*\b(hits|hit|beats|beat|hurts|hurt|kicks|kicked|punches|punched|slaps|slapped|chokes|choked|strangled|raped|rapes|threatens|threatened|controls|controlling|monitors|tracks|forced|forces)\b",
        r"\b(afraid|scared|frightened|terrified) of (my )?(partner|husband|wife|boyfriend|girlfriend|ex|son|daughter|him|her|what he|what she)\b",
        r"\b(not allowed|will not let me|does not let me|wont let me|stops me) (to )?(go )?(out|leave|see (my )?(friends|family)|have (money|my phone)|use my phone|go anywhere)\b",
        r"\b(takes|took|controls|keeps) (all )?my (money|bank card|card|wages|benefits|phone|passport)\b",
        r"\b(rape|raped|sexual (assault|violence|abuse)|forced me to have sex|makes me have sex)\b",
        r"\b(coercive|coercion|controlling behaviour)\b",
        r"\bhe (hits|beats|hurts|threatens|chokes|strangles) me\b|\bshe (hits|beats|hurts|threatens) me\b",
    ),
    "care_breakdown": (
        r"\b(i am|i m|i have been|been|just been|now) (taken |admitted )?(in|into|to) (hospital|a&e|a and e|a e|the hospital|intensive care)\b.*\b(alone|nobody|no one|on (his|her|their) own|by (himself|herself|themselves)|no body|who will|who is going to|looking after)\b",
        r"\b(nobody|no one|no body|noone) (is )?(to |here to |can |who can |available to |left to )?(look after|care for|be with|stay with|sit with|watch|feed) (him|her|them|mum|dad|my (mum|dad|husband|wife|son|daughter|nan|grandad|brother|sister|partner))\b",
        r"\b(going to|gonna|about to|will|want to) (walk out|leave (him|her|them) (alone|on (his|her|their) own)|just leave|abandon)\b",
        r"\b(mum|dad|he|she|husband|wife|nan|grandad|son|daughter|partner)\b.*\b(is|s|been) (alone|on (his|her|their) own|by (himself|herself)) (and|with|since|for|while|because) (i|he|she|nobody|no one)\b.*\b(hospital|cannot|can not|dementia|ill|unwell|collapsed|away|stuck)\b",
        r"\b(cannot|can not|can t|not able to|unable to) (look after|care for) (him|her|them|mum|dad|my \w+) (any ?more|tonight|today|now)\b.*\b(nobody|no one|alone|else|leave|walk)\b",
        r"\b(care|caring) (has )?(broken down|breaking down|fallen apart)\b",
        r"\b(carers?|agency|care workers?) (did not|have not|has not|never|will not) (turn|turned|come|came|show|showed)( up)?\b.*\b(alone|cannot|on (his|her) own|nobody|no one|tonight)\b",
    ),
}

_COMPILED = {kind: [re.compile(pattern) for pattern in patterns] for kind, patterns in _RULES.items()}

# Idioms that use crisis words harmlessly; removed before the rules run.
_IDIOMS = (
    r"\bdying (to|for) \w+",
    r"\b(this|that|it|the|my|his|her|these|those)( \w+)? (is|are|was|were) killing me\b",
    r"\b(back|feet|knees|head|legs|neck|hands|shoulders?|hips?)( is| are)? killing me\b",
    r"\bkilling (me|us) (with|softly)\b",
    r"\b(could|would) (kill|murder) (for|a)\b",
    r"\bkill (for|time)\b",
    r"\bdead (tired|on my feet|beat|on (his|her) feet|bored|late|easy|good|nice|right)\b",
    r"\bbored to death\b",
    r"\bto death\b(?! (threat))",
    r"\b(laughed|laugh|laughing) (my head off|so hard)\b",
    r"\b(cutting|cut) (back|down|costs|corners|out|up|his|her|their|the|my (hours|spending|costs|bills))\b",
    r"\b(fit|fitting) (in|into|around|it in|my|everything|work|caring)\b",
    r"\bkeep fit\b|\bfitness\b|\bfit for work\b",
    r"\bnot fit to\b",
    r"\bmissing (out|school|work|a day|days|appointments?|meals?|meds|tablets|doses?|you|her|him|them|my|the|our|it|home|college|lessons)\b",
    r"\bmissing\b(?= (money|payments?|letters?|forms?|documents?))",
    r"\b(broken|break) down (the costs|in tears|crying|and cried)\b",
    r"\b(i|i am|i have) (have )?(broken|broke) down (in tears|crying|yesterday|today|at)\b",
    r"\bend of (the|my) (day|week|month|tether)\b",
    r"\bat the end of\b",
    r"\bkeep (it|things) from falling apart\b",
    r"\bfire (brigade visit|safety|alarm|risk assessment|check)\b",
    r"\b(fell|fall|falls|fallen) (behind|asleep|out|apart|ill|for|in love)\b",
    r"\bout of it\b(?= (lately|these days|today))",
)
_COMPILED_IDIOMS = [re.compile(pattern) for pattern in _IDIOMS]

# Distress that is not a crisis by itself: the bot still asks if they are safe.
_DISTRESS = re.compile(
    r"\b(cannot|can not|can t|struggling to|not able to) (cope|take (it|this|much more)|do (this|it) any ?more|carry on|keep going)\b"
    r"|\b(breaking point|at the end of my tether|end of my tether|falling apart|breaking down|broken down|hopeless|so alone|desperate|despair|overwhelmed|burnt? out|burned out|exhausted|at my limit|nothing left|empty inside)\b"
    r"|\b(crying|cry) (all the time|every day|every night|myself to sleep)\b"
    r"|\b(so|really|very|too) (low|down|depressed)\b"
    r"|\bdepress(ed|ion)\b"
)

# A stated negation just before self-directed crisis words, e.g. "I would never hurt myself".
_NEGATED_SELF = re.compile(
    r"\b(not|never|no|nor|without)( \w+){0,2} (suicidal|kill(ing)? myself|hurt(ing)? myself|harm(ing)? myself|self ?harm\w*|end(ing)? (it|my life))\b"
)


def assess(text: str) -> Assessment:
    """Which crisis kinds a message shows, if any."""
    normalised = normalise(text or "")
    if not normalised:
        return Assessment()
    # The negation check runs on the text with idioms intact, then idioms are removed.
    negated = bool(_NEGATED_SELF.search(normalised))
    cleaned = normalised
    for idiom in _COMPILED_IDIOMS:
        cleaned = idiom.sub(" ", cleaned)

    kinds: list[str] = []
    matched: list[str] = []
    for kind in KINDS:
        for pattern in _COMPILED[kind]:
            hit = pattern.search(cleaned)
            if hit:
                kinds.append(kind)
                matched.append(hit.group(0).strip())
                break

    if negated and set(kinds) <= {"suicidal", "self_harm"}:
        # "I'm not suicidal, just exhausted": no crisis card, but ask gently.
        return Assessment(safety_check=True, matched=tuple(matched))
    if kinds:
        return Assessment(kinds=tuple(kinds), matched=tuple(matched))
    return Assessment(safety_check=bool(_DISTRESS.search(cleaned)))


def is_crisis(text: str) -> bool:
    return assess(text).is_crisis
