"""Care is about to stop with nobody to take over: the carer suddenly out of action, or
someone who cannot be left alone about to be (crisis.md: carer unable to care).

PATTERNS each describe one way of saying it; composite_signs looks for two things said
together.
CATCHES must be caught and LOOKALIKES must not (tests/unit/safety/test_families.py)."""
from __future__ import annotations

import re

from bot.safety.vocabulary import IMMEDIATE, NOT_YET, PAST

KIND = "care_breakdown"

PATTERNS = (
    r"\b(i am|i m|i have been|i have just been|i was|i got) (taken |admitted |stuck )?(in|into|to) (hospital|a&e|a and e|a e|the hospital|intensive care)\b.*\b(alone|nobody|no one|on (his|her|their) own|by (himself|herself|themselves)|no body|who will|who is going to|looking after)\b",
    r"\b(going to|gonna|about to|will|want to) (walk out|leave (him|her|them) (alone|on (his|her|their) own)|just leave|abandon)\b",
    r"\b(mum|dad|he|she|husband|wife|nan|grandad|son|daughter|partner)\b.*\b(is|s|been) (alone|on (his|her|their) own|by (himself|herself)) (and|with|since|for|while|because) (i|he|she|nobody|no one)\b.*\b(hospital|cannot|can not|dementia|ill|unwell|collapsed|away|stuck)\b",
    r"(^|\bi |\bi just |\bi really )(cannot|can not|can t|not able to|unable to) (look after|care for) (him|her|them|mum|dad|my \w+) (any ?more|tonight|today|now)\b.*\b(nobody|no one|alone|else|leave|walk)\b",
    r"\b(care|caring) (has )?(broken down|breaking down|fallen apart)\b",
    r"\b(nobody|no one|no body|noone) (is )?(to |here to |can |who can |available to |left to )?(attend to|see to|check on|get (him|her|them) up|put (him|her|them) to bed)\b",
    r"(^|\bi |\bi just |\bi really )(cannot|can not|can t|not able to|unable to) (look after|care for|cope with) (him|her|them|mum|dad|my \w+) (any ?more|tonight|today|now)\b.*\b(need|someone|somebody|today|tonight|now|urgent)\b",
    r"\b(cannot|can not|can t|must not) be left (alone|on (his|her|their) own|by (himself|herself|themselves))\b.*\b(hospital|surgery|operation|admitted|emergency|tomorrow|tonight|today)\b",
    r"\b(hospital|surgery|operation|admitted|emergency)\b.*\b(cannot|can not|can t|must not) be left (alone|on (his|her|their) own)\b",
    r"\b(i am|im|i m|i will|i will be|going to|gonna|about to|ready to|i could) (just )?(walk|walking) (away|out)\b",
    r"\b(withdrawn|stopped|cancelled|canceled|pulled) (his|her|their|the|my (mum|dad)s?) care( package)?\b.*\b(tonight|today|nobody|no one|alone)\b",
    r"\b(paramedics|ambulance|they) (are|is) (taking|bringing) me (in|to hospital|to a&e)\b.*\b(cannot|can not|can t|must not) be "
    r"left\b",
    r"\b(rushed|taken|admitted|brought) (in)?to hospital\b.*\b(on (his|her|their) own|alone|nobody|no one|by (himself|herself))\b",
    r"\b(taken|rushed|gone|went) (to|into|in) (hospital|the ambulance|an ambulance)\b.*\b(just me|only me|(no one|nobody) (is )?(home|here|else)|on (my|our) own|me and my (little |baby )?(brother|sister))\b",
    r"\b(packing|packed) (a|my) bag\b|\bsomeone else can (look after|care for) (him|her|them)\b",
    r"\b(nobody|no one) (comes|is coming|came|to come) to (get|wash|help|feed|dress|turn)\b",
    r"\b(care|care package|visits|the carers|package) (has |have )?(stopped|been stopped|cancelled|been cancelled|suspended|withdrawn)\b",
    r"\b(cancelled|canceled) (all )?(the |his |her |their )?(visits|calls|care)\b",
    r"\b(drop|dump|leave|leaving) (mum|dad|him|her|them|my \w+) (at|in) (a&e|a and e|a e|hospital|the hospital)\b",
    r"\bleave (him|her|them) there\b|\bleft (him|her|them) in (his|her|their) (chair|bed|room)\b",
    r"\b(i need to|i have to|i must|they want me to|told me i need to|i am being kept|keeping me) stay (in|at) \w+( \w+)? (overnight|tonight)\b",
    r"\b(just been|been|was|being) discharged\b(?!.*\bnext (week|month)\b).*\b(no care|without (a |any )?care|(nobody|no one) (at home|there|to (look after|help|care))|(nobody|no one) at (his|her|their) flat)\b",
    r"\b(i am|im) leaving\b.*\b(cannot|do not care|tonight|any more)\b|\bcannot do this one more day\b",
    r"\b(sitter|carer|carers|agency) (cancelled|canceled|did not come|has not come)\b.*\b(slept|scared|drop|cannot|alone|tonight)\b",
    r"\bsomething (just )?snapped\b",
    r"\b(nobody|no one) to (call|ring|ask)\b.*\b(cannot|can not|lift|alone|broken)\b|\b(cannot|can not) lift (my|him|her)\b.*\b(nobody|no one)\b",
    r"\bno longer able to (continue )?(caring|care|look after)\b",
    r"\b(agency|carer|carers|sitter) (just |has )?(cancelled|canceled)\b.*\b(alone|stuck|cannot|on (his|her) own|tonight)\b",
    r"\bwho is (feeding|looking after|caring for|going to feed) (him|her|them)\b.*\b(tomorrow|tonight|today)\b",
    r"\b(has not|not) eaten (anything )?today\b.*\b(cannot get out of bed|flu|ill|sick)\b|\b(cannot get out of bed|flu|ill)\b.*\b(has not|not) eaten (anything )?today\b",
    r"\b(i am|im) in hospital\b.*\bwho (looks|will look|is looking|is going to look) after\b",
    r"\b(nobody|no one) (is )?here to help\b",
    r"\bcollapsing (with|from) (exhaustion|tiredness)\b|\b(physically )?(cannot|can not|can t) keep going tonight\b|\bcannot keep my eyes open\b",
    r"\b(sitter|carer|carers|agency) (did not|didnt|has not|have not|never) (come|came|turn up|turned up|show|showed)\b",

    r"\b(carers?|agency|care workers?) (did not|have not|has not|never|will not) (turn|turned|come|came|show|showed)( up)?\b.*\b(alone|cannot|on (his|her) own|nobody|no one|tonight)\b",
    # The person cannot manage without the carer, and has been alone since the carer could not come.
    r"\bwithout me\b.*\b(on (his|her|their) own|alone|by (himself|herself|themselves)) (since|for (days|two days|three days|a week))\b"
    r"|\b(on (his|her|their) own|alone|by (himself|herself|themselves)) (since|for (days|two days|three days|a week))\b.*\bwithout me\b",
    r"\bnowhere (to go|to sleep|to stay|for (him|her|them|us) to go) (tonight|today|now)\b",
    r"\b(i am|im|i m) done caring\b|\bleaving (him|her|them) (now|tonight)\b|\bbreakdown (in|of) (his |her |their )?care\b",
    r"\b(leave|walk out of) the house and (not|never) come back\b",
    r"\b(nobody|no one|noone) (came|turned up|has come|showed up) to (put|get|wash|help|feed|dress|turn)\b",
    r"\b(sent|discharged)\b[^.]{0,40}\b(at (\d+ ?(pm|am)|midnight|night)|by taxi)\b[^.]*\b((cannot|can not|can t) (lift|move|get (him|her|them))|no food|(no one|nobody) (at|in) (his|her|their))\b",
    r"^(?=.*\b(today|tonight|this (morning|afternoon|evening))\b).*?\b(nobody|no one|noone) (came|turned up|showed up|has come|has turned up)\b[^.]*\b(cannot|can not|can t|alone|on (his|her|their) own|stuck)\b",
    r"\b(fend for|sort) (himself|herself|themselves)( out)?\b",
    r"\bi (just )?(cannot|can not|can t) (physically )?(do it|be the one looking after (him|her|them)) tonight\b",
    r"\b(dropping|dumping) (her|him|them|mum|dad) (off )?(at|in) (a&e|a and e|a e|hospital)\b|\band walking away\b|\bwalk away from (him|her|them|it all)\b",
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
    if NOT_YET.search(cleaned) and not IMMEDIATE.search(cleaned):
        return False
    return bool((_CANNOT_BE_LEFT.search(cleaned) and _URGENT.search(cleaned))
                or (_NOBODY_TO_CARE.search(cleaned) and _NOW.search(cleaned))
                or (_ALONE_NOW.search(cleaned) and _CANNOT_MANAGE.search(cleaned) and _CARER_AWAY.search(cleaned)))


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
_DISCHARGE = re.compile(r"\b(discharge|discharged|come home|go home|coming home|sent home)\b")


def carer_out_of_action(cleaned: str) -> bool:
    if not _DEPENDS_ALONE.search(cleaned):
        return False
    if _CARER_OUT.search(cleaned):
        return bool(IMMEDIATE.search(cleaned)) or not (NOT_YET.search(cleaned) or PAST.search(cleaned))
    if _OTHER_CARER_OUT.search(cleaned) and _CARER_ROLE.search(cleaned):
        return not (_DISCHARGE.search(cleaned) or NOT_YET.search(cleaned) or PAST.search(cleaned))
    return False


def composite_signs(cleaned: str) -> list[str]:
    return ['someone who cannot be left alone, about to be'] if left_without_care(cleaned) or carer_out_of_action(cleaned) else []


CATCHES = (
    "Paramedics are taking me in. Dad's sat in his chair, he can't be left.",
    "I'm in hospital and nobody is looking after mum",
    'no one to look after dad tonight',
    "I'm going to walk out, I can't do it anymore",
    'no1 to look after dad 2nite and im stuck in hosp',
    "I'm going to walk away, nobody is helping",
    "I need an operation tomorrow and my son can't be left alone",
    "the agency cancelled all visits this week and dad can't get out of bed",
    "My sister can't stay with mum after all. Mum's at home on her own now, she has dementia. My flight boards in an hour.",
    "I'm packing a bag and leaving, someone else can look after him",
    'mum got taken to hospital in an ambulance and its just me and my brother',
)

LOOKALIKES = (
    'my partner has been in hospital for weeks and nobody asked if I can cope at home',
    "Dad had an operation and is on his own now, he can't walk far. Who can help?",
    'Dad cannot get up the stairs on his own any more.',
    "Mum's care package review was cancelled, she's on her own most of the day and I'd like it rearranged.",
    "The care agency stopped his visits last month and he's on his own, can I get a carer's assessment?",
)
