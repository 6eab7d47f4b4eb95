"""Crisis detection: deterministic rules that run on every message.

The rules follow ../shared/directory-facts/crisis.md. They do not depend on the
trained model, so a low-confidence classifier cannot talk the bot out of a crisis
reply. When unsure, the rules lean towards a crisis; ordinary exhaustion and stress
are not a crisis but earn a gentle safety question (`safety_check`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.text import edit_distance

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
    r"\bno1\b|\bnoone\b|\bno 1\b": "no one",
    r"\bsum1\b|\bsome1\b": "someone",
    r"\b2nite\b|\b2night\b|\btonite\b": "tonight",
    r"\b2day\b": "today",
    r"\b2moro\b|\b2morrow\b|\btmrw\b|\btmw\b": "tomorrow",
    r"\bhosp\b|\bhospitl\b|\bhospial\b": "hospital",
    r"\bppl\b": "people",
    r"\bb4\b": "before",
    r"\bwiv\b|\bwif\b": "with",
    r"\bcud\b": "could",
    r"\bwud\b": "would",
    r"\bsuicidle\b|\bsuisidal\b|\bsuicdal\b": "suicidal",
    # dropped final g: "touchin" -> "touching"
    r"\b(touch|hitt|cutt|hurt|beat|drink|tak|look|kick|punch|push|shout|grabb|slapp|harm|burn|scratch|us)in\b": r"\1ing",
    r"\blil\b": "little",
    r"\bbf\b|\bboyf\b": "boyfriend",
    r"\bgf\b": "girlfriend",
    r"\bhubby\b": "husband",
    r"\bment\b": "meant",
    r"\bcancelld\b|\bcanceld\b": "cancelled",
    r"\bno[ -]?show(s|ed)?\b": "did not turn up",
    r"\b(respond|talk|mov|breath|wak|com|speak|answer|bleed|shak|fitt|seiz|go|do|hav|gett|lett|jump|think|say|walk|feel|cry|try|ly|plan|sleep|want|kill|end|stabb|pull|run|leav)in\b": r"\1ing",
    r"\bhavent\b": "have not",
    r"\btil\b": "till",
    r"\bgna\b|\bgunna\b": "going to",
    r"\b(nobody|no one|noone) 2\b": r"\1 to",
    r"\b(fill)in\b": r"\1ing",
    r"\bhasnt\b": "has not",
    r"\barent\b": "are not",
    r"\bwerent\b": "were not",
    r"\bcouldnt\b": "could not",
    r"\bwouldnt\b": "would not",
    r"\bshouldnt\b": "should not",
    r"\balot\b": "a lot",
    r"\bwhats\b": "what is",
    r"\bhed\b": "he would",
    r"\bhell\b(?= (break|kill|hurt|hit|stab|do|take|make|throw|burn))": "he will",
    r"\bshell\b(?= (break|kill|hurt|hit|stab|do|take|make|throw|burn|put))": "she will",
}


# Words a crisis turns on, corrected when a message has them one typing slip away
# ("colapsed", "unconcious", "sucide").
_KEY_WORDS = ("collapsed", "unconscious", "unresponsive", "breathing", "suicide", "suicidal", "overdose",
              "overdosed", "seizure", "bleeding", "responding", "ambulance", "paracetamol", "strangled")


def _correct_key_words(text: str) -> str:
    words = text.split(" ")
    for index, word in enumerate(words):
        if len(word) < 6 or word in _KEY_WORDS:
            continue
        for key in _KEY_WORDS:
            if abs(len(key) - len(word)) <= 1 and word[0] == key[0] and edit_distance(word, key, 1) <= 1:
                words[index] = key
                break
    return " ".join(words)


def normalise(text: str) -> str:
    """Lower-case, plain apostrophes dropped, text-speak expanded, spaces collapsed."""
    lowered = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    lowered = re.sub(r"(\w)'(s|re|m|ve|ll|d)\b", r"\1 \2", lowered)  # she's -> she s
    lowered = re.sub(r"(\w)n't\b", r"\1 not", lowered)  # can't -> ca not
    lowered = lowered.replace("ca not", "cannot").replace("wo not", "will not")
    lowered = re.sub(r"\bi m\b", "i am", lowered)
    lowered = re.sub(r"\b(he|she|it|that|there|what|who) s\b", r"\1 is", lowered)
    lowered = re.sub(r"\b(i|you|we|they) ve\b", r"\1 have", lowered)
    lowered = re.sub(r"\b(i|you|we|they|he|she) ll\b", r"\1 will", lowered)
    lowered = re.sub(r"\b(you|we|they) re\b", r"\1 are", lowered)
    lowered = re.sub(r"\b(i|you|we|they|he|she) d\b", r"\1 would", lowered)
    lowered = re.sub(r"[^a-z0-9&+\s]", " ", lowered)
    for pattern, replacement in _TEXT_SPEAK.items():
        lowered = re.sub(pattern, replacement, lowered)
    return _correct_key_words(re.sub(r"\s+", " ", lowered).strip())


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
        r"(?<!\bin the )\bend it\b(?! (with|for) (him|her|them|my (partner|boyfriend|girlfriend)))",
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
        r"\b(if|when) i (just )?(was not|were not|am not|was gone|were gone|am gone|disappeared|died|was dead|were dead)( here| around| alive| any ?more)?\b[^.]{0,60}\b(better|miss|notice|care|happier|easier|relief|burden)\b",
        r"\b(better|happier|easier|miss me|notice|manage|cope|be fine|be ok)\b[^.]{0,40}\b(if|when) i (just )?(was not|were not|am not|was gone|were gone|disappeared|died|was dead)\b",
        r"\b(if|when) i (just )?(was not|were not) alive\b",
        r"\b(wish|wished|wishing) (i|he|she) (was not|were not|was never|had never been|could stop being) (alive|here|born|around)\b",
        r"\b(do not|cannot|can not|dont) see (the|any) point (in|of) (living|life|being alive|going on|carrying on|anything|it all)\b",
        r"\b(end|ending|take|taking) (his|her|their) (own )?life\b",
        r"\b(no one|nobody|no body) (would|will|d) (even )?(miss|notice|care)( me| if i)?\b",
        r"\b(would|will) (all )?(manage|cope|be fine|be ok|be okay) (fine |better )?without me\b",
        r"\b(cannot|can not|do not want to|dont want to) (live|go on living|carry on living) like this\b",
        r"\b(had|have had) enough of (life|living|everything|it all)\b",
        r"\b(done|finished) with (life|living|everything)\b",
        r"\b(thoughts|thinking|think|thought) (of|about) (dying|death|ending|killing|not being here|being dead)\b",
        r"\b(written|writing|wrote|left) (a |the )?(letters?|notes?|goodbye) (to|for) (the kids|my kids|my children|everyone|my family|them)\b",
        r"\b(take|took|taking|swallow) all (of )?my (pills|tablets|meds|medication)\b",
        r"\b(end|ending|take|taking) my (own )?life\b",
        r"\bwant to (disappear|vanish|not exist|stop existing)\b",
        r"\bwhat is the point( of| in)? (any of it|anything|it all|going on|me)\b",
        r"\b(drive|driving|drove|crash|crashing) (the car |my car )?(into|off) (something|a wall|a tree|a bridge|the river|traffic|a lorry|the road)\b",
        r"\b(walk|walking|step|stepping|run|running) (into|in front of) (traffic|the road|a car|a bus|a train|a lorry)\b",
        r"\bso (it|everything|this|the pain|it all) (would|will|could) (all )?(stop|end|be over)\b",
        r"\b(will not|would not|wont) be needing (any of )?(this|it|them|anything|these)\b",
        r"\b(written|wrote|writing|left) (something|a letter|letters|a note|notes) for (each of )?(my|the) (children|kids|family|wife|husband)\b",
        r"\b(cannot|can not|do not|dont|can t) see (a|any|the) reason to (keep going|go on|carry on|live|stay|be here)\b",
        r"\bhow many (of )?(\w+ )?(\w+ )?(tablets|pills|paracetamol|sleeping tablets) (it )?(would|will|does) (it )?take\b",
        r"\b(on|at|near) the (bridge|edge|roof|cliff|platform|tracks|railway|top of)\b.*\b(cannot|can not|do this|end|any ?more|jump|goodbye)\b",
        r"\bsaid (my |our )?goodbyes?\b|\b(giving|given|gave) (away )?(the |my )?(dog|cat|pets|things|belongings|stuff) (away |to )",
        r"\b(no longer|do not|dont|not) (wish|want) to (go on )?(living|live|be alive|carry on|exist)\b",
        r"\bwant (it|this|everything) (all )?over\b.*\b(permanently|for good|forever)\b|\bpermanently\b.*\bover\b",
        r"\b(stop|finish|end) my (own )?life\b",
        r"\b(rather|like to|want to) be with (him|her|them|dad|mum)\b.*\b(died|dead|gone|passed)\b|\b(died|dead|gone|passed)\b.*\b(rather|want to) be with (him|her|them)\b",
        r"\bnothing (left )?(for me|to live for)( here)?\b",
        r"\b(take|taking|took) them all( myself)?\b",
        r"\b(enough|lots of|loads of|a lot of) (paracetamol|pills|tablets|sleeping tablets)\b.*\b(without|quickest|end|asking|questions|die)\b",
        r"\b(saving up|saved up|been saving|stockpiling) (her |his |my |their )?(sleeping )?(tablets|pills|meds|medication)\b",
        r"\b(how high|how tall|the height of)\b.*\b(roof|bridge|building|car park|tower|block)\b",
        r"\b(will not|would not|wont) be a burden (to anyone )?(much )?longer\b|\bnot be a burden (for )?(much )?longer\b",
        r"\b(sit|sat|sitting) in the car\b.*\bengine (running|on)\b",
        r"\bwithout (the chemist|the pharmacist|anyone|them) (asking|knowing|noticing)\b",
        r"\b(this is|consider this) my goodbye\b|\bbefore i go$|\bthank you for trying\b",
        r"\b(sorted|sorted out|written|updated|made) (out )?my will\b",
        r"\bhow much (paracetamol|of \w+|\w+) (is|would be) (lethal|fatal|enough)\b|\b(lethal|fatal) (dose|amount)\b",
        r"\b(on|standing on|at) the (balcony|ledge|roof|bridge)\b",
        r"\bno point (any ?more|in anything|to anything)\b|\bwhat is the point of any of it\b",
        r"\b(no|cannot see a|can not see a|can t see a) way out\b|\bending it\b",
        r"\b(better off|happier|fine) (if|without) (he|she|i|me|him|her) (was|were|wasn t|was not|is)? ?(dead|gone|here)?\b",
        r"\b(giving|given|gave) away (her|his|my|their) (jewellery|things|belongings|possessions|stuff)\b|\bsaying goodbye to\b",
        r"\b(letter|note) from (my \w+|him|her)\b.*\b(sorry|life insurance|goodbye|forgive)\b",
        r"\b(hoarding|stockpiling|collecting) (his|her|my|their) (morphine|pills|tablets|meds|medication|insulin)\b",
        r"\bhow to (hang|kill|end|overdose)\b|\bways to do it\b|\b(researching|looking up|googled|searched) (ways|how)\b",
        r"\btonight is the night\b|\b(made|make) (up )?my mind( up)?\b.*\b(be here|weekend|tonight|anymore|goodbye)\b|\bwill not be here (by|next|after)\b",
        r"\btired of (being alive|living|life)\b|\b(happier|better) without me\b",
        r"\bpills in front of me\b|\b(bought|got|have) a rope\b",
        r"\b(do not|dont|dnt) see the point in living\b",
        r"\b(stepping|step|jump|jumping) (off|in front of) the (platform|train|bridge|balcony)\b",
        r"\b(go to sleep|sleep) forever\b|\bgo to heaven\b.*\b(not come back|be with)\b|\bbe with (my )?(nan|mum|dad|grandad|him|her) in heaven\b",
        r"\bhelp (him|her|me) (to )?die\b|\b(sorry for being born|not be a problem (much )?longer)\b",
        r"\bhow many (of )?(\w+ )?(insulin pens|pens|tablets|pills|patches)\b.*\b(need|take|would)\b",
        r"\b(i will|i ll|i am going to) go too\b|\bdecided i will go\b",
        r"\bbe a burden (on|to) (anyone|anybody|you|them)\b",
        r"\b(better|best) if i (die|died|was dead|am dead|were dead|was gone)\b",
        r"\bthrow (himself|herself|myself|themselves) (off|in front of|under|from)\b",
        r"\b(going to|gonna|will) finish it\b|\bi am done\b.*\btonight\b",
        r"\b(wants|want|wanted|wanting) to be dead\b|\b(he|she) wants to die\b",
        r"\b(gave|given|giving) (all )?(her|his|my|their) (rings|jewellery|jewelry|things|belongings|money|savings) away\b",
        r"\b(putting|put|setting|keeping|hiding|saving) (some |a few )?(of )?(my |his |her |their )?(tablets|pills|meds|medication) (aside|away|in a drawer|by|back)\b",
        # Ideation told as a picture: "how easy it would be to just step forward".
        r"\bhow easy it (would|could) be\b[^.]{0,40}\b(step|jump|fall|let go|end|go|drive|walk|swallow|take)\b",
        r"\b(step|stepping|lean|leaning|walk|walking) (forward|out|off)\b[^.]{0,40}\b(platform|train|tracks|bridge|edge|traffic|lorry|bus)\b"
        r"|\b(platform|tracks|bridge|edge|ledge)\b[^.]{0,60}\b(step|stepping|lean|leaning) (forward|out|off)\b",
        # Broader families (a development set written blind, tests/development/crisis_dev.yml).
        r"(^|\bi )(will not|would not|wont|may not|might not) be (around|here) (much |for )?(longer|long)\b",
        r"\b(need|have) to worry about me (for )?(long|much longer)\b|\b(worked out|found|got|sorted|planned|made) (a|my|his|her|their|an|my own) (way out|exit( plan)?)\b",
        r"\bthis is goodbye\b|\bsorry for everything\b[^.]{0,40}\b(love you|goodbye|bye)\b",
        r"\b(rather|sooner) (be |b )?dead\b",
        r"\bif i just (was not|were not|was n t) (here|around|alive)\b",
        r"\bin front of (a|the|an) (\w+ ){0,2}(train|bus|lorry|car|tube|truck|van|traffic)\b(?! (stop|station|shelter|garage|driver|park))",
        r"\bif (a|the) (lorry|car|bus|train|van|truck) (did not|would not|didnt|wouldnt) stop\b",
        r"\b(walk|walking|jump|jumping|throw|throwing) (himself |herself |myself )?(into|in to) (the )?(thames|river|sea|canal|lake)\b",
        r"\b(jump|jumping) (off|from) (the |a )?(top (of )?)?(the |a )?(car park|multi storey|bridge|roof|building|balcony|block|tower|cliff|flats)\b",
        r"\b(looked|looking|look|searched|searching|googled|googling|reading|read) (up )?(online )?how to do it\b",
        r"\bhow many (\w+ ){0,2}(paracetamol|tablets|pills|co codamol|sleeping pills|painkillers)( it)? (takes|would take|it takes|would it take|does it take|would kill|kills)\b",
        r"\b(stockpiled|stockpiling|saved|saving|hoarded|hoarding|collected|collecting|kept|keeping)\b[^.]{0,40}\b(morphine|pills|tablets|meds|medication|insulin|oxycodone|paracetamol)\b[^.]{0,60}\b(for me|for myself|is for me)\b",
        r"\b(bought|buy|got|have|has|ordered) (a |the |some )?rope\b",
        r"\bmake it look like an accident\b",
        r"\b(take|taking|took) (the )?(both|two) of us\b|\b(take|taking) (us|him and me|her and me) (both )?out of (this|here|it)\b",
        r"\bdark thoughts\b",
        r"\b(died|dead|passed away|passed)\b[^.]*\b(want|wants|wanted|wanting|rather) to (go and |go )?be with (him|her|them|mum|dad)\b(?! (when|at the end|in hospital|at home))",
        r"\brefus(ing|es|ed) (all )?(food|to eat) and (water|drink|fluids)\b",
        r"\b(need|use) for (any of )?(it|this|them|that|anything) where i am going\b|\bwhere i am going\b[^.]{0,20}\b(will not|wont|do not|dont) need\b",
        r"\b(do not|cannot|can not|no longer|not) see (the|any) point( any ?more| now|$)",
        r"\bno point in (nothing|nothin|anything)\b",
        r"\bhose ?pipe\b[^.]{0,60}\b(car|exhaust|boot|garage)\b|\b(car|exhaust|boot|garage)\b[^.]{0,60}\bhose ?pipe\b",
        # Families from the crisis examples in the NLU training data.
        r"\b(kinder|better|easier) (for (everyone|them|him|her|all of them) )?if i (was|were|am) (gone|dead|not here|not around)\b",
        r"\b(thinking|thought|think|want|wanted|going|tempted|plan\w*) (about |of )?(to )?(take|taking|swallow\w*) all (of )?(\w+ )?(pills|tablets|meds|medication)\b",
        r"\b(going|drive|driving|drove|crash\w*|steer\w*) (straight )?into (a|the) (wall|tree|bridge|lorry|river|oncoming \w+)\b",
        r"\b(no|not|never)( \w+)? want to (live|be alive|exist)\b",
        r"\b(notes|letters|a note|a letter)\b[^.]{0,30}\bfor when i am gone\b",
        # Families from a second development set written to find what keywords miss.
        r"\bdignitas\b|\bassisted (dying|suicide)\b(?! (bill|law|debate|vote))|\bself inflicted\b",
        r"\bdo it (himself|herself|myself|themselves)\b[^.]{0,60}\b(pills|tablets|rope|knife)\b",
        r"\b(pills|tablets|meds)\b[^.]{0,30}\b(keeping back|saving up|hoarding|stashing|stockpiling)\b|\bstash\w*\b[^.]*\b(pills|tablets|meds)\b|\b(pills|tablets|meds)\b[^.]*\bstash\b",
        r"\bif i (was not|were not|wasn t) (around|here) (from|after) (tonight|today|tomorrow)\b",
        r"\b(thank you|thanks) for everything\b[^.]{0,60}\b(love (him|her|them|you)|goodbye|bye)\b|\btell \w+ i love (him|her|them)\b",
        r"\bhow (many|much) (of )?(my |his |her )?\w+ (would|will|does) it take\b",
        r"\bwhen (they|someone|you|he|she) finds? me\b|\b(writing|want) to say goodbye\b",
        r"\b(will not|wont) have to (deal with|worry about|put up with|bother with|see) me\b|\balready decided\b",
        r"\b(will not|would not|wont) be needing the \w+\b",
        r"\bdisappear(ed|ing)? (forever|for good|and never come back)\b",
        r"\b(voices?) (tell|telling|tells|told|say|says) (him|her|me|them) to (jump|kill|hurt|die|end|cut)\b",
        r"\bpermanent (kind|solution|sleep|way out)\b|\bmore than enough (pills|tablets|paracetamol)\b",
        r"\bnot (planning|going) (on )?(being|to be) (around|here)\b",
        r"\b(she|he) (will not|wont) be (here|around) (much |for )?(longer|long)\b[^.]*\b(gave|given|giving)\b",
        r"\b(put|hung|got|bought) the rope\b|\bthe rope (in|is in|ready)\b",
        r"\bgo to (my )?\w+ in heaven\b|\bbe with (\w+ )?in heaven\b",
        r"\b(a plan and a date|how i (would|will|could|am going to) do it)\b",
        r"\b(thinking|think|thought) (about )?how easy it (would|could) be\b(?! to (get|apply|claim|find|sort|book|use|fill|set up|arrange|access|talk|ask|join|make))",
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
        r"\b(injure|injuring|injured|hurt|hurting|harm|harming) (myself|herself|himself|themselves)\b",
        r"\b(scratch|scratching|scratched|punch|punching|punched|hit|hitting|bite|biting|cut|cutting|burn|burning|burnt|burned|pick|picking)\b.*\b(till|until) (it|they|i|she|he)? ?(bleed|bleeds|bled|bleeding)\b",
        r"\b(cut|cutting|cuts|burn|burning|burns|scratch|scratching|scratches) (her|his|my|their) (legs?|arms?|wrists?|thighs?|skin|stomach)\b",
        r"\b(with|using) a (lighter|razor|blade|knife|compass)\b.*\b(arm|arms|leg|legs|wrist|skin|myself|herself|himself)\b",
        r"\b(arm|arms|leg|legs|wrist|skin)\b.*\bwith a (lighter|razor|blade|compass)\b",
        r"\b(on purpose|deliberately)\b.*\b(hurt|hurting|cut|cutting|burn|burning|injur\w*)\b",
        r"\b(punching|punch|punched|hitting|banging) (walls?|the wall|doors?)\b.*\b(bleed|bled|bleeding|broke|broken|knuckles)\b",
        r"\b(hot|burning|red hot) (spoon|iron|knife|metal|lighter|cigarette|pan)\b.*\b(on|to|against) (my|his|her|their) (leg|legs|arm|arms|skin|hand|hands|wrist|stomach)\b",
        r"\b(take|took|taking|use|used|using) a (razor|blade|knife|compass|scissors) (to|on|across)\b",
        r"\b(striking|strikes|struck|hitting|hits|punching|punches|slapping|slaps) (himself|herself|themselves|myself)\b",
        r"\bfresh cuts\b|\bdeeper than (before|last time)\b|\bneeds? stitches\b",
        r"\b(needed|need) stitches after what i did\b|\bwhat i did to my (arm|arms|leg|legs|wrist|skin)\b",
        r"\b(hold|holding|held|put) a (lighter|flame|match) to my (skin|arm|hand|leg)\b",
        r"\bon purpose\b|\bto feel something\b",
        r"\bhit my head with\b|\b(bash|bashing|bang|banging) my head\b",
        r"\bsharpener thing\b|\bcuts (all )?(up|on|down) (her|his|my|their) (arms?|legs?|wrists?|thighs?)\b",
        r"\bcarve (into )?my skin\b|\b(cut|cutting) again\b|\brelapsed\b|\bneed to cut\b|\bblade\b",
        r"\b(scratches|scratching|scratched) (her|his|my|their) (face|skin|arms)\b.*\bbleed",
        r"\bpull my hair out\b|\bmaking myself bleed\b|\bdeserve the pain\b",
        r"\b(burns|burning|burnt|burned) (himself|herself|myself|themselves)\b|\b(hot spoon|lighter|cigarette) (on|to)\b",
        r"\bwith my razor\b|\bscrub my skin\b",
        r"\bto take the edge off\b|\bscratches on my (thighs|arms|legs|wrists|stomach)\b",
        r"\bpicking at (the|my) (cuts|scabs|wounds)\b",
        r"\b(make|made|making|do|doing) cuts\b|\bcuts on (my|his|her|their) (hands?|arms?|legs?|wrists?|thighs?|stomach)\b",
        r"\b(bite|biting|bit|bites|hit|hitting|hits|pinch|pinching|scratch|scratching|squeeze|squeezing|dig|digging) (into )?(my|his|her|their) (own )?(arms?|hands?|legs?|wrists?|skin|thighs?|fingers?)\b[^.]{0,30}\b(till|until|so (hard|much)|and it) (it |they |i |she |he )?(bruise\w*|bleed\w*|bled|marks?|hurts?)\b",
        # Broader families (development set).
        r"\b(arms?|legs?|wrists?|thighs?|skin)\b[^.]{0,20}\b((many|lots of|loads of|new|fresh|deep) )+cuts\b|\bcuts\b[^.]{0,30}\b(very deep|deep ones|new ones)\b",
        r"\b(pulled|pulling|pullin|pulls|rips|ripping|tearing|tears) (out )?(so much of |all )?(her|his|their|my) (hair|eyelashes|eyebrows|lashes|skin)( out)?\b[^.]{0,60}\b(bald|bleed\w*|bled|raw|none left|patches)\b",
        r"\b(til|till|until) (it|they|she|he|i)? ?(bleed\w*|bled|bruises?|bruised)\b",
        r"\bscraping (my|his|her|their) (wrists?|arms?|skin|legs?)\b",
        r"\b(carving|carved|carve|scratching|scratched) (words |letters |things |names )?(into|in) (my|his|her|their) (thigh|thighs|arm|arms|skin|leg|legs|wrist|stomach)\b",
        r"\b(biting|bites|bit) (his|her|my|their) (own )?(hands?|arms?|fingers?|wrists?) (raw|till|until|to bits)\b",
        r"\b(stubbing|stubs|stubbed|putting|puts|put) (out )?(his|her|their|my)? ?(cigarettes?|fags?)\b[^.]{0,30}\b(on|into) (the back of )?(his|her|their|my) (hand|arm|skin|leg)\b",
        r"\b(burning|burns|burn|burnt) (on )?(my|his|her|their) (arm|arms|hand|hands|skin|legs?) with (a )?(cigarettes?|lighter)\b|\b(burning|burns) (on|to) (my|his|her) (arm|arms|hand|skin)\b",
        r"\b(inflicting|inflicted|inflicts|giving|gives|gave) (burns?|cuts|wounds|injuries) (on|to) (herself|himself|themselves|myself)\b|\bice and salt\b|\bto make burns\b",
        r"\bhit myself\b",
        r"\bstabbed (her|his|my|their) (own )?(leg|arm|hand|thigh|skin)\b",
        r"\b(compass|razor|blade|scissors|sharpener|knife|pen nib)\b[^.]{0,30}\b(on|into|across) (my|his|her|their) (wrists?|arms?|legs?|skin|thighs?)\b",
        r"\b(reopening|reopen|reopened|picking open|opening up) (his|her|their|my) (wound|scar|scars|stitches|surgical wound)\b",
        r"\b(ramming|rams|smashing|smashes|headbutting|headbutts|banging|bangs|hitting|hits) (his|her|their|my) head (into|against|on|off)\b",
        # Families from the second development set.
        r"\b(bite|bites|bit|biting) (his|her|my|their) (arm|arms|hand|hands)\b[^.]*\b(wound|blood|bleed\w*|infected|green|raw)\b",
        r"\bstubbing (\w+ )?(cigarettes? )?out on (his|her|my|their) (forearm|arm|hand|skin|leg)\b|\bround burns\b",
        r"\b(slamming|slam|trapping) my (fingers|hand) in the door\b",
        r"\b(pushing|putting|inserting) (objects|things|pins|needles) (under|into) (his|her|my|their) skin\b|\bfresh (wounds|cuts|marks|burns|scars)\b",
        r"\bpulling (his|her|their|my) (toe)?nails out\b|\bpulling out (his|her|their|my) (toe)?nails\b",
        r"\bscars\b[^.]{0,30}\b(fresh|new|last week)\b|\bfresh ones\b",
        r"\b(hairband|band|string|cord|belt)\b[^.]{0,30}\b(tight|until)\b[^.]{0,30}\b(purple|blue|white|numb)\b",
        r"\b(slice|slicing|sliced) (my|his|her|their) (tummy|stomach|arms?|legs?|thighs?|skin|wrists?)\b",
        r"\bpressing (his|her|my) (thumb|fingers?) into (his|her|my) eyes?\b|\bgouging\b",
        r"\b(she|he) (says )?(she|he) made (them|it|these) (herself|himself)\b|\bmade (them|it|these) (herself|himself|myself)\b|\bmade (herself|himself)\b[^.]{0,30}\b(ruler|blade|razor|compass|scissors)\b",
        r"\bdo my (leg|arm|legs|arms|wrist|wrists|thigh|stomach) with\b",
        r"\b(wrists?|arms?|legs?|thighs?)\b[^.]{0,40}\b(loads of|lots of|all) (lines|cuts|scratches)\b|\b(lines|cuts|scratches|marks) (all )?(up|on|across) (his|her|my|their) (wrists?|arms?|legs?|thighs?)\b",
        r"\bthe cat\b[^.]{0,40}\b(no cat|not got a cat|aint got a cat|do not have a cat|dont have a cat)\b",
        r"\b(doing|done|been doing) (stuff|things) to (myself|himself|herself)\b",
        r"\bclean a deep cut\b|\b(ask|asks|will ask) how i did (it|this)\b",
        r"\b(make|makes|made|making) lines on (her|his|my) (legs?|arms?|wrists?)\b",
        r"\bpunching (the )?walls?\b[^.]*\b(knuckles|deserves? it|split|bleeding|swollen)\b",
    ),
    "medical_emergency": (
        r"\b(not|stopped|is not|isnt|has stopped|cannot|can not|struggling to|trouble|difficulty|hard to) breath(e|ing)?\b",
        r"\b(collapsed|unconscious|unresponsive|passed out|blacked out|fainted)\b",
        r"\b(will not|would not|cannot|can not|does not|not) wake (up|him|her|them)\b",
        r"\b(having|had|has) (a )?(fit|seizure|convulsion)s? (now|right now|and|that|for)\b",
        r"\b(fitting|seizure|seizing|convulsing)\b.*\b(not stopping|will not stop|wont stop|stop|minutes|blue)\b",
        r"\bhaving (a )?(fit|seizure|heart attack|stroke)\b",
        r"\b(chest pain|chest pains|pain (in|across) (his|her|my|their) chest)\b|\bdown (his|her|my|their) left arm\b",
        r"\b(grey|gray|pale|clammy) and (sweating|sweaty|clammy)\b|\b(sweating|sweaty) and (grey|gray|pale|clammy)\b",
        r"\b(having|is having|think (he|she) is having|looks like|might be having|having what looks like) a heart attack\b|\bheart attack\b.*\b(now|help|ambulance|quick)\b",
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
        r"\bambulance\b.*\b(now|coming|on its way|waiting|quick|hurry|please)\b",
        r"\bturning blue|gone blue|lips are blue\b",
        r"\b(severe|serious|really bad) (allergic reaction|burns?|injury|injuries)\b",
        r"\bchoking\b",
        r"\b(very|really|seriously) (ill|unwell) (and|but) (getting worse|not responding)\b",
        r"\bcall 999\b|\bring 999\b|\bdial 999\b",
        r"\b(been|gone|is|went) missing\b.*\b(since|hours|cold|freezing|dark|night|coat|police|cannot find|can not find|anywhere)\b",
        r"\b(dementia|alzheimer\w*|confused)\b.*\b(been|gone|went|is) missing\b",
        r"\b(fell|fallen|has fallen|fall|collapsed|on the floor|on floor|on the ground|hit (his|her|their) head)\b.*\b(not|is not|stopped|will not|cannot|can not) (moving|responding|talking|speaking|answering|waking|breathing|making sense|move|respond|talk|speak|answer|wake|breathe)\b",
        r"\b(not|is not|stopped) (moving|responding)\b.*\b(fell|fallen|collapsed|floor|ground)\b",
        r"\b(blue|grey|gray) (lips|face)\b|\b(lips|face) (are|is|gone|going|turned) (blue|grey|gray)\b",
        r"\b(unconscious|unresponsive)\b",
        r"\bclutching (his|her|their|my) (chest|arm)\b|\bgone (grey|gray|blue|pale|white) and\b",
        r"\b(lips|face|skin) (have |has )?(gone |turned |are |is )?(a funny |a )?(blue|purple|grey|gray)\b",
        r"\b(rattly|rattling|gurgling|gasping) (noise|noises|sounds|breath|breathing)\b|\bgasping\b",
        r"\b(gripping|clutching|holding) (his|her|their) chest\b|\barm feels (heavy|numb)\b",
        r"\b(shaking|jerking|twitching) all over\b|\beyes (have )?rolled back\b|\bfoaming at the mouth\b",
        r"\b(sugar|blood sugar) is (really |very )?(low|high)\b",
        r"\b(loads of|lots of|so much|a lot of) blood\b|\bblood (coming|pouring) (from|out of)\b",
        r"\b(cannot|can not|can t) get (her|his|their|my) breath\b|\bbarely (breathing|moving)\b|\bbreathing (weird|funny|strange|strangely)\b",
        r"\b(cannot|can not|can t) (find|rouse|wake) (him|her|them)\b",
        r"\b(went|gone|go) (floppy|limp)\b|\b(speech|words) (is |are )?(slurred|slurring)\b|\b(cannot|can t|can not) move one side\b|\bdribbling\b",
        r"\b(swallowed|taken|took|had) (a lot of|loads of|all of|too many of|the rest of) (her|his|their|my)\b",
        r"\bnot coming round\b|\b(lying|lay) (really |very )?still\b",
        r"\b(nobody|no one) has seen (him|her|them)\b|\b(in|only has|only had) (his|her) (pyjamas|slippers|nightie|nightdress)\b",
        r"\b(went out|wandered off|left the house) at (\d+ ?(am|pm)|night|midnight)\b",
        r"\b(will not|wont|cannot|can not) open (her|his|their) eyes\b",
        r"\b(gone|been gone|missing) (for |over |nearly |about |more than |almost )?(\d+|an|one|two|three|four|five|six) hours?\b.*\b(dementia|alzheimer\w*|dark|cold|freezing|slippers|coat|raining|pouring)\b",
        r"\b(dementia|alzheimer\w*)\b.*\b(walked out|wandered off|went out)\b.*\b(dark|cold|freezing|slippers|coat|hours|raining|pouring|since)\b",
        r"\b(fit|fits|seizure|seizures)\b.*\b(\d+|five|six|seven|eight|ten) minutes\b|\b(funny|strange|weird) colour\b",
        r"\b(bringing|coughing|throwing|being sick|vomiting|spitting) (up )?blood\b",
        r"\b(not|has not|have not|hasnt|never) (come back|came back|returned|come home|been back)\b.*\b(dementia|alzheimer\w*|hours|police|morning|night|dark|raining|cold|rain)\b",
        r"\b(dementia|alzheimer\w*)\b.*\b(not|has not|have not|never) (come back|came back|returned|come home)\b",
        r"\bface\b.*\bone side\b|\bone side of (his|her|their|my) face\b|\b(slurring|slurred) (his|her|their)? ?(words|speech)\b",
        r"\b(diabetic|diabetes|insulin|blood sugar)\b.*\b(confused|sweaty|sweating|not making sense|shaking|shaky|muddled|drowsy|passed out|will not wake|not responding)\b",
        r"\bsmoke\b.*\b(flat|house|room|kitchen|upstairs|filling|everywhere|cannot|trapped|bed)\b|\b(flat|house|room|kitchen) (is )?(filling|full) (with|of) smoke\b",
        r"\b(he|she|they|mum|dad|husband|wife|partner|son|daughter|nan|grandad|brother|sister) (is not|is n t|not|has stopped|stopped|is) (responding|unresponsive)\b",
        r"\b(head|face|leg|arm) (is |was )?(bleeding|cut open|split)\b",
        r"\b(fell|fallen|fell over|on the floor)\b.*\b(will not|cannot|can not|not able to) (get up|talk|speak|move|stand)\b",
        r"\b(not|will not|cannot) (move|respond|talk|speak|answer|wake|breathe)\b.*\b(fell|fallen|collapsed|floor|ground)\b",
        # Stroke signs however they are put: one side of the face fallen, speech suddenly wrong.
        r"\b(face|mouth|smile|lip|eye)\b[^.,]{0,25}\b(droop\w*|dropped|dropping|fallen|slipped|lopsided|sagging|gone down)\b",
        r"\b(words|speech|talking|speaking)\b[^.]{0,25}\b(jumbled|garbled|gibberish|coming out wrong|all wrong|all mixed up|nonsense)\b[^.]{0,80}\b(suddenly|all of a sudden|since (she|he|they) woke|since this morning|an hour ago|one side|face|mouth|arm)\b"
        r"|\b(suddenly|all of a sudden|since (she|he|they) woke( up)?)\b[^.]{0,80}\b(words|speech|talking|speaking)\b[^.]{0,25}\b(jumbled|garbled|gibberish|slurred|coming out wrong|all wrong|mixed up)\b",
        # Broader families (development set).
        r"\b(lips|face|skin|fingers|fingertips|nails)\b[^.]{0,15}\b(gone|went|going|turning|turned) (all |very |really |a bit )?(grey|gray|blue|purple|white)\b"
        r"|\b(gone|went|going) (all )?(floppy|limp)\b|\b(gone|went|going) (all )?(grey|gray|blue) (and|n) (floppy|limp|cold|clammy|not)\b",
        r"\b(coughing|bringing|throwing|vomiting|being sick|spitting|sicking|puking)( up)?\b[^.]{0,30}\bblood\b|\bcoffee grounds\b",
        r"\b(swallowed|took|taken|had|downed|necked)\b[^.]{0,40}\b(blister pack|strip of|packet of|box of|bottle of|worth at once|all at once|in one go|whole lot)\b",
        r"\b(barely|hardly) (responding|responsive|conscious|breathing|rousable)\b",
        r"\bbreathing (with )?(long )?(stops|pauses|gaps)\b|\b(long )?(pauses|gaps|stops) (in|between) (his|her|their)? ?(breath|breaths|breathing)\b"
        r"|\bbreathing (really |very |so )?(fast|quick|rapid|shallow)\b",
        r"\bmottled\b",
        r"\b(spurting|pumping out)\b|\bgushing (blood|out)\b|\bblood (is )?gushing\b|\b(sliced|slashed|split|gashed) (my|his|her|their) (\w+ )?open\b|\bbleed\w*\b[^.]{0,30}\b(will not|would not|not) stop\b",
        r"\b(fit|fits|seizure|seizures)\b[^.]*\b(\d+|five|six|seven|eight|ten) minutes?\b|\b(fits|seizures) back to back\b|\b(has not|not) come round\b",
        r"\bswallow(ed)?\b[^.]{0,40}\b(battery|batteries|bleach|magnets?|poison|detergent|pods?|chemicals?|cleaner|antifreeze)\b",
        r"\b(drink|drank|drunk|swallowed|had|taken) (some )?(bleach|poison|antifreeze|detergent|cleaning fluid|white spirit)\b",
        r"\bchoked\b[^.]{0,60}\b(cannot|can not|still cannot|not able to|unable to) (cough|breathe|talk|speak|breath)\b",
        r"\b(he|she|they|son|daughter|mum|dad|brother|sister|wife|husband|partner) (is|s|keeps|has started|started) (fitting|seizing|having a seizure|having fits)\b",
        r"\b(is|s|am|are|in|having) (in )?(a )?mental health crisis (right )?now\b|\b(is|s|am|are) (in|having) a mental health crisis\b",
        r"\b(ran|run|running|has run) (off|away)\b[^.]*\b(night|dark|psychotic|unwell|dementia|not answering|confused)\b",
        r"\b(he|she|they|son|daughter|mum|dad|baby|husband|wife|partner|brother|sister|nan|grandad) (is|s|has) (going|gone|turning|turned) (blue|grey|gray|purple)\b",
        # Families from the second development set.
        r"\bcarbon monoxide\b(?! (alarm|detector|check|test))|\b(smell|smells|smelling) of gas\b|\bgas (leak|smell)\b|\b(boiler|heater|gas fire)\b[^.]*\b(headaches?|dozy|drowsy|being sick|muddled|confused)\b",
        r"\b(fit|fits|seizure|seizures)\b[^.]{0,40}\b(\d+|ten|five|fifteen) (mins?|minutes)\b|\b(fit|fits|seizure|seizures|fitting|seizing)\b[^.]{0,30}\bstill going\b|\bstill (fitting|seizing)\b|\bbuccal\b",
        r"\b(towel|tea towel|bandage|cloth|dressing)s?\b[^.]{0,40}\b(soaking|soaked|soaks|bled) through\b|\bsoaking through\b|\bgash\b",
        r"\b(cold|ice)\b[^.]{0,30}\b(not (talk|talking|responding|moving)|just staring)\b|\b(not (talk|talking|responding)|just staring)\b[^.]{0,30}\b(cold|ice)\b",
        r"\b(high (temperature|temp)|fever|temperature of (3[89]|40)|temp (of )?(3[89]|40))\b[^.]*\b(muddled|confused|shivery|shaking|rigors|chemo|chemotherapy|rash|mottled|not making sense|catheter)\b"
        r"|\b(muddled|confused|shivery|rigors|chemo|chemotherapy|mottled)\b[^.]*\b(high (temperature|temp)|fever)\b",
        r"\b(bent|twisted|pointing) the (wrong|rong) way\b|\bbone (sticking|poking) out\b",
        r"\bscreaming (with|in) (the )?pain\b|\b(being )?sick green\b|\bvomit\w* green\b|\brock hard\b",
        r"\b(went|gone|going|turning|turned) (blue|purple)\b",
        r"\bantidote\b|\b(half|most) (of them )?(are|have) gone\b",
        r"\bbottom of the stairs\b[^.]*\b(lying|since|cannot|found|hour)\b|\b(cannot|can not|can t) feel (his|her|my|their) (legs|feet|arms)\b",
        r"\b(cracked|split|smashed|banged|bashed) (her|his|their) head\b",
        r"\bunknown (quantity|amount|number)\b|\bnosebleed\w* (that )?(will not|won t|would not|not) stop\b",
        r"\b(pen|insulin) (has )?ran out\b|\b(run|ran) out of (his|her|their )?insulin\b|\bwithout (his|her|their) insulin\b",
        r"\bglass test\b|\brash\b[^.]{0,40}\b(does not|doesn t|will not|won t) fade\b|\bpress(ing)? a glass\b",
        r"\beyes (are )?(going|rolling|rolled|gone) (up|back)\b|\bsnoring (noise|sound)\b[^.]*\b(floor|eyes|will not|cannot)\b|\b(floor)\b[^.]*\bsnoring (noise|sound)\b",
        r"\bon the (\w+ )?floor\b[^.]{0,40}\b(not moving|not answering|not responding|will not (answer|move|respond)|cannot get (him|her) to)\b",
        r"\bface down\b|\b(cannot|can not|can t) get (him|her|them) to (answer|anser|respond|move|wake|talk)\b",
        r"\b(eaten|ate|eat|swallowed|drunk|drank) (some of )?(the |a |his |her )?(washing (capsules?|pods?|tablets?|liquid)|dishwasher tablets?|detergent|cleaning (fluid|stuff|products?)|weed ?killer|antifreeze|batteries|battery)\b",
        r"\bby mistake\b[^.]*\b(faint|drowsy|pulse|sleepy|dizzy|not right)\b|\btwice\b[^.]*\b(faint|pulse)\b",
        r"\b(went|gone|walked) off\b[^.]{0,30}\b(without|w o) (his|her|their) (meds|medication|tablets)\b"
        r"|\bphone (is )?off\b[^.]*\b(psychosis|dementia|voices|schizophrenia)\b|\b(psychosis|dementia|voices|schizophrenia)\b[^.]*\bphone (is )?off\b",
    ),
    "child_at_risk": (
        r"\b(mum|mom|dad|mother|father|step ?dad|step ?mum|parent|parents|uncle|his (boyfriend|girlfriend)|her (boyfriend|girlfriend)|mum s boyfriend|mums boyfriend)\b.*\b(hits|hit|beats|beat|hurts|hurt|kicks|slaps|punches|punched|slapped|kicked|burns|burned|touch(es|ed)?) (me|us|my (brother|sister|siblings)|the kids|the children|the baby)\b",
        r"\b(hitting|hits|hurting|hurts|beating|beats|abusing|abuses) (the|my) (kids|children|baby|little (brother|sister))\b",
        r"\b(touched|touches|touching) me\b",
        r"\b(left|leaves|leave|leaving) (me|us|them|my (little )?(brother|sister|siblings)) (at home )?(alone|on (my|our|their) own|by (myself|ourselves)) (for|all|overnight|at night|every)\b",
        r"\b(home|house) alone (for|all night|overnight|with)\b",
        r"\bno food in the (house|flat|fridge|cupboards?)\b",
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
        r"\b(step ?dad|step ?mum|stepfather|stepmother|mum s boyfriend|dad s girlfriend|uncle|mum|dad)\b.*\b(pushes|pushed|shoves|shoved|grabs|grabbed|throws things|threw things) (me|us)\b",
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
    ),
    "adult_at_risk": (
        r"(?<!\bi am )(?<!\bi )\b(taking|took|takes|stealing|stole|steals|had|keeps taking|has been taking) (all )?(of )?(his|her|their|nan s|nans|mum s|mums|dad s|dads|grandad s|my nan s|my mum s|my dad s) (money|pension|benefits|bank card|card|savings|cash)\b",
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
        r"\b(withholding|withheld|withhold|not giving|will not give) (her|his|their|him|them|mum|dad) (food|meals|dinner|medication|meds|tablets|water|drinks)\b",
        r"\bas (a )?punishment\b",
        r"\b(making|made|make|forcing|forced|getting|got) (him|her|them|my (mum|dad|nan|brother|sister|son|daughter)) (to )?(get|take|draw|hand over|withdraw|give)( out)? (money|cash|his money|her money|their money)\b",
        r"\b(changed|change|changing) (her|his|their) will\b",
        r"\b(seems|is|looks|seemed|looked) (frightened|scared|terrified|afraid) (of|when|whenever)\b(?! (falling|the stairs|stairs|going out|the dark|dogs|hospitals?|needles|being (alone|on (his|her) own)|moving|change|the bath|the shower|crowds|the hoist|doctors|buses))",
        r"\b(will not|would not|does not|wont|doesnt) let (me|us|anyone) (in|see (her|him|them))\b",
        r"\bcuckoo(ing|ed)\b",
        r"(?<!\bshe )(?<!\bhe )(?<!\bi )\b(using|been using|uses|used) (her|his|their|my (nan s|mum s|dad s|grandmother s|grandad s)) (bank card|card|pin|account)\b",
        r"\b(taking|took|takes|stealing|stole|steals) (money|cash|notes) (from|out of) (his|her|their|dad s|mum s|nan s|grandad s) (purse|wallet|account|bag|handbag|tin)\b",
        r"\b(money|cash) (keeps )?(going|gone|goes|went) missing\b",
        r"\bmoved into (his|her|their) (flat|home|house)\b|\bdealing (drugs )?(from|out of) (it|his|her|their|the)\b",
        r"\b(hand|handed|hands) over (her|his|their) (bank )?(card|pin|money|savings|pension)\b",
        r"\blash(es|ed|ing)? out\b|\bbruises (all )?(up|on|over|down) (my|his|her) (arms|legs|body|face)\b",
        r"\b(lying|left|lies|laying) in (a )?(wet|soiled|dirty) (bed|sheets)\b|\b(pressure )?sores\b",
        r"\b(takes|take|took|taking) (all )?(of )?(her|his|their) (pip |dla |benefit |pension )?(money|benefits|pension|wages|pip)\b",
        r"\b(borrowing|borrows|borrowed|taking) (money|hundreds|cash|thousands) (off|from) (him|her|them)\b|\b(cannot|can not) say no\b",
        r"\block (her|him|them) (in|up)\b",
        r"\b(not|is not|isnt|are not) (getting|given|being given|having) (her|his|their) (meds|medication|tablets|medicine)\b",
        r"\b(taking|took|takes) (his|her|their) (things|stuff|belongings)\b|\bletting (himself|herself|themselves) in\b",
        r"\b(pull|pulls|pulled|pulling) (her|his|their) hair\b|\brough with (her|him|them|mum|dad)\b|\b(she|he) is rough\b",
        r"\bblack eye\b",
        r"\b(has|got|taken|took) (mums|dads|nans|her|his) (bank card|card) and (pin|the pin)\b",
        r"\b(bank card|card and pin|pension)\b.*\bnothing left by\b",
        r"\basked for (her|his) pin\b|\bmoney (is )?missing\b",
        r"\b(soaking|wet|soiled) (wet )?bed\b",
        r"\b(have not|has not|not) (given|been giving) (her|him|them) (her|his|their) (tablets|meds|medication)\b",
        r"\block(s|ed)? (our |my |her |his )?(dad|mum|nan|grandad|him|her) in (his|her|their) (bedroom|room)\b",
        r"\bkept in one room\b|\bonly open the door\b",
        r"\bso thin\b.*\b(bones|fridge is empty|not eating|no food)\b|\b(his|her|their|mum s|dad s|nan s) fridge is empty\b",
        r"\bhelping (herself|himself|themselves) to (money|cash)\b",
        r"\bheld (him|her|them) down\b|\bbruises on (his|her|dad s|mum s|their) (wrists|arms)\b",
        r"\bin the same (pad|nappy|clothes|sheets) for\b|\bnobody gave (her|him|them) (her|his|their) (tablets|meds|medication)\b",
        r"\b(builder|trader|workman|man at the door)\b.*\bcharged (her|him|them)\b",
        r"\bsign(ed|ing)? (the|her|his|their) (house|home|flat|property|savings) over\b",
        r"\b(takes|take|took|taking) (all )?(of )?(her|his|their) (shopping |pocket |food |pension |benefit )?money\b",
        r"\b(have not|has not|not) seen (her|him|them) (come out|go out|leave|for (two|three|four|five|\d+) days|for days)\b",
        r"\b(taking|took|takes|stealing|stole|steals) (money|cash|notes) (from|out of) (dads|mums|nans|grandads|my (dad|mum|nan|grandad) s) (purse|wallet|account|bag|handbag)\b",
        r"\b(pulls|pulled|pulling|yanks|yanked|grabs|grabbed|twists|twisted) (his|her|their) (arm|arms|wrist|wrists|hair)\b",
        r"\bleft\b[^.]{0,50}\bwithout (his |her |their |any )?(food|meds|medication|medicine|tablets|water|heating)\b",
        r"\b(took|taken|takes|has took|has taken) (her|his|their) phone\b|\b(will not|does not|wont) let (her|him|them) (out|go out|leave)\b",
        r"\b(does not|doesnt|do not|not) feed (him|her|them)\b|\bkeeps? (him|her|them) in (one|a|his|her|their) room\b",
        r"\bbruis\w* on (his|her|their) (back|body|arms|legs|face|neck|chest)\b",
        r"\b(not been given|not given|has not had|had not had|no) (any )?(food|drink|food or drink|water|meals)\b.*\b(since|all day|days|morning)\b",
        r"\b(tablets|pills|meds|medication) in the bin\b",
        r"\b(been|was|is|being|were) left (without|with no) (his |her |their |any )?(food|meds|medication|medicine|tablets|water|heating|help|care)\b",
        r"\b(leave|left|leaves|leaving) (him|her|them|mum|dad|nan|gran|grandad|my (mum|dad|nan|gran|grandad)) (in|with) (a )?(wet|soiled|dirty|soaking) (bed|sheets|clothes|pad|nappy)\b",
        r"\bnot safe\b",
        # Broader families (development set).
        r"\b(taken over|took over|has taken|got hold of|is using|been using) (his|her|their|dad s|mum s|nan s|gran s|grandad s|my \w+ s) (bank card|cash card|pin|pension card|savings|benefits|cheque book)\b",
        r"\b(gave|given|giving|told) (them |him |her |a stranger |someone )?(his|her|their) pin\b|\bsafe account\b|\bblank cheques?\b",
        r"\bthousands (of pounds )?(have |has )?(gone|disappeared|missing|gone out)\b",
        r"\bsending (thousands|money|hundreds)\b[^.]{0,60}\b(met online|never met|overseas|army)\b|\bmet online\b[^.]{0,80}\b(money|thousands|pounds|remortgage|send)\b",
        r"\b(friend|neighbour|carer|man|woman|someone|stranger|lodger|church)\b[^.]{0,60}\b(power of attorney|sign\w* (papers|documents|over|a will|the house))\b",
        r"\bpaid (him|them|a man|a builder|a stranger) \S*\d[\d,]*\b[^.]{0,60}\b(not been touched|never done|has not been|nothing done|not done|never came back)\b",
        r"\b(takes|took|taking|takin) (her|his|their) (pills|tablets|meds|medication) off (her|him|them)\b[^.]{0,20}\b(sell|sells|selling|sold)\b|\b(sells|sold|selling) (her pills|his pills|her tablets|his tablets)\b",
        r"\b(stealing|nicking) (her|his|their) (telly|tv|jewellery|jewlery|jewelry|things|belongings|stuff|pension|money)\b|\b(taking|takin|took|takes) (her|his|their) (telly|tv|jewellery|jewlery|jewelry)\b",
        r"\blocked (in|into|inside) (his|her|their|the) (flat|room|house|home|bedroom)\b|\blocks (him|her|them) in\b",
        r"\b(staff|carers?|they|the home|nurse|nurses) (say|said|says|claim|claimed) (she|he) (fell|fell over|walked into|bumped)\b|\bnobody will tell me (what|wat|how) happen\w*\b",
        r"\b(very |so |really )?(afraid|frightened|scared|terrified) of (the|her|his) (carer|carers|staff|night|man|son|daughter|neighbour)\b|\bthe night (man|staff|carer) is (bad|rough|horrible)\b|\blike (somebody|someone) (hold|held|grabbed|gripped)\b",
        r"\b(cigarette )?burns? on (his|her|their) (hand|arm|leg|face)\b[^.]{0,60}\b(day centre|care home|carer|staff|nobody|no one|explain|after)\b",
        r"\b(not|never|does not|will not|refuses to) (give|feed|wash) (him|her|them)\b[^.]*\b(thin|smell\w*|weight|dirty|hungry|sore|starv\w*)\b",
        r"\b(staff|carers?|they|the home)\b[^.]{0,20}\b(locking|locked|lock|locks) (his|her|their|the) (fridge|cupboards?|food)\b",
        r"\b(slaps|slapped|slapping|pinches|pinched|pinching) (her|his|him|my|grandma\w*|nan\w*|mum\w*|dad\w*|grandad\w*)\b",
        r"\b(restrain\w*|restraint)\b[^.]{0,80}\b(injur\w*|bruis\w*|hurt|not in (his|her) care plan|not set out)\b|\bties (him|her|them) (to|in|into) (the|a|his|her) (chair|bed)\b",
        r"\bleft (in|on) (his|her|their|the) (chair|bed|commode|floor)\b[^.]{0,30}\b(\d+ hours|hours|all day|all night)\b",
        r"(?<!\bi )(?<!\bwe )\bkeep(s|ing)? (her|him|them|mum|dad|my \w+) away from (the phone|us|family|visitors|me|her family|his family)\b",
        r"\b(new friend|a man|a woman|strangers|someone|people)\b[^.]{0,20}\b(moved into|moved in to|taken over) (his|her|their|my \w+ s) (flat|house|home)\b",
        # Families from the crisis examples in the NLU training data.
        r"\b(being|been|getting|is|are) (scammed|conned|exploited|abused|mistreated|neglected)\b",
        r"\btaken control of (his|her|their) (bank|money|finances|cards?|accounts?)\b",
        r"(?<!\bi )(?<!\bto )\b(drag|dragged|drags|dragging|yank|yanked|yanks|yanking|shove|shoves|shoved|shoving|manhandl\w*) (a |the )?(resident|patient|mum|dad|him|her|them|my \w+|nan|grandma|grandad)\b",
        r"\b(shout|shouts|shouting|scream\w*|swear\w*) at (my )?(mother|mum|father|dad|nan|gran|him|her|them|residents?)\b[^.]*\bbruis\w*\b|\bbruis\w*\b[^.]*\b(carer|staff|home)\b[^.]*\b(says|said|say|claims?)\b",
        r"\bstrangers in (his|her|their) (flat|house|home)\b|\bsleeps on the floor\b",
        r"\b(is not|isnt|not|never) (feeding|washing|changing) (him|her|them) (properly|for days|at all)\b|\bleft in (soiled|wet|dirty)\b",
        r"\b(stealing|stole|been taking|keeps taking)\b[^.]{0,10}\b(my \w+s|my \w+ s) (benefits|pension|money|savings)\b",
        r"\b(has not|not) had (any of )?(his|her|their) (meds|medication|tablets|food|insulin) for (days|\d+ days|a week)\b",
        r"\b(lend|give|giving|lending) (him|her|them) money\b[^.]*\b(scared|afraid|frightened|keeps|pressur\w*)\b|\bscared to say no\b",
        r"\bties? (my \w+|him|her|them) (in|into|to) (the|a|his|her) (chair|bed)\b|\btie (my \w+|him|her|them) (in|into|to)\b",
        r"\b(got|made|persuaded|convinced) (her|him|them|my \w+) to (hand over|give|share) (her|his|their) (bank details|pin|card details|pension card|bank card)\b",
        r"\b(signed|sign|signing) (papers|documents|over)\b[^.]{0,40}\b(giving|gave|give|to) (the house|his house|her house|the flat|everything|his carer|her carer)\b",
        r"\b(hits|hit|hitting|beats|kicks|pushes|shoves|slaps) my (dad|mum|mother|father|nan|gran|grandad|brother|sister)\b",
        r"\b(scared|afraid|frightened) (that )?i (might|will|could|am going to) (hurt|harm|hit|kill|lose it with) (him|her|them|my \w+)\b(?! (when|while) (i )?(lift|move|transfer|hoist|wash))",
        r"\b(is not|isnt|not) allowed to see (us|his family|her family|anyone)\b|\b(phone|mobile) (has been |was )?taken (off|away from) (him|her|them)\b",
        # Families from the second development set.
        r"\b(do not|don t|dont|never|not) give (her|him|them) (any )?(water|food|drinks?)\b|\blips are cracked\b",
        r"\bso drugged\b|\bsleeping (meds|tablets|pills) so (they|he|she|residents)\b|\bsedat(ed|ing) (residents|her|him)\b",
        r"\bleft of (her|his|their) (savings|money|pension)\b",
        r"\bshut in (her|his|their) (bedroom|room)\b|\bskin and bone\b|\bkeeping (her|him) shut in\b",
        r"\bbeen held down\b|\bcries when (one particular|a|the) (carer|staff|nurse|man)\b",
        r"\bknocked about\b|\b(saw|seen) (her|him|them) (slap|hit|kick|push|shove|punch)\b",
        r"\b(shouted at|gets shouted at) by\b|\b(eats|takes) (his|her) food\b",
        r"\b(took|taken|takes|stole|stolen) (her|his) (wedding ring|rings|jewellery|purse|wallet)\b|\b(her|his) purse is empty\b",
        r"\btoo scared to speak\b",
        r"\bmakes (him|her) pay for everything\b|\b(he|she|they|son|daughter|tenant|tenants|grandson|brother|husband|wife|partner|man)\b (keeps |has |have )?threaten(s|ed|ing)? to (throw|kick|hurt|hit|kill|burn)\b",
        r"\b(leaves|left|leaving) (him|her) in the bath for hours\b",
        r"\bcopy of (my \w+ s|his|her) (house )?keys\b|\b(not|does not|doesn t) remember giving\b",
        r"\bmake (him|her|them) do (stupid |silly )?(stuff|things) for money\b|\bput it online\b",
        r"\bhas (her|his) (pip|benefits|pension|bank card) and (her|his)\b|\bsleeping in a tent\b",
        r"\b(lads|men|people|a family|strangers)\b[^.]{0,30}\b(living in|moved in with|staying in) (his|her|their) (flat|house|home)\b|\bsleeps in the hallway\b",
        r"\bthuds\b|\b(has not|hasnt) been out for weeks\b",
        r"\b(loves?) (him|her)\b[^.]*\bneeds? money\b|\bsending (his|her) (pension|savings|money) to\b",
        r"\bcashing (their|his|her|\w+ s) (\w+ )?(\w+ s )?(benefits|pension)\b",
        r"\blegs are black\b|\bwill not open the door\b[^.]*\b(food|tablets|smell)\b",
        r"\b(agency|carers?) (has not|hasn t|have not|not) sent anyone\b",
        r"\b(gave|given|paid) a builder\b|\bknocked on the door\b[^.]*\b(\d+k|thousand|roof)\b",
        r"\btaken in by an? (online|fake) \w+\b|\bhad (his|her) whole savings\b|\bonline (girlfriend|boyfriend)\b",
        r"\b(charging|charges|charged) (him|her) extra\b|\bnothing left for food\b",
        r"\bspends it on (himself|herself)\b|\bsits in the dark\b",
        r"\bno dinner (three|two|\d+) nights\b|\btake (his|her) things\b",
        r"\btying (her|him) to (the|a) (chair|bed)\b",
        r"\bgift vouchers\b",
        r"\bpours (her|his) tablets down the sink\b|\bleaves the gas on\b|\b(has not|hasnt) changed (her|his) clothes in\b",
        r"\b(bruise|bruises|marks|injury|injuries)\b[^.]{0,40}\b(they|staff) say (she|he) (did (it |that )?(herself|himself)|fell)\b|\bhair (is |s )?matted\b",
        r"\bthe night (man|staff|carer|worker)\b[^.]{0,40}\b(tells|told|says|makes|made|comes|came|hurts|touches)\b",
    ),
    "domestic_abuse": (
        r"\bdomestic (abuse|violence)\b",
        r"\b(partner|husband|wife|boyfriend|girlfriend|ex|fiance|spouse)\b.*\b(hits|hit|beats|beat|hurts|hurt|kicks|kicked|punches|punched|slaps|slapped|chokes|choked|strangled|raped|rapes|threatens|threatened|controls|controlling|monitors|tracks|forced|forces)\b",
        r"\b(afraid|scared|frightened|terrified) of (my )?(partner|husband|wife|boyfriend|girlfriend|ex|son|daughter|him|her|what he|what she)\b",
        r"\b(not allowed|will not let me|does not let me|wont let me|stops me) (to )?(go )?(out|leave|see (my )?(friends|family)|have (money|my phone)|use my phone|go anywhere)\b",
        r"(?<!\bi )\b(takes|took|controls|keeps) (all )?my (money|bank card|card|wages|benefits|phone|passport)\b",
        r"\b(rape|raped|sexual (assault|violence|abuse)|forced me to have sex|makes me have sex)\b",
        r"\b(coercive|coercion|controlling behaviour)\b",
        r"\bhe (hits|beats|hurts|threatens|chokes|strangles) me\b|\bshe (hits|beats|hurts|threatens) me\b",
        r"\b(made|makes|make|forced|forces|force|pressured|pressures|pressure) me (to )?(have sex|do sexual|sleep with|do things)\b",
        r"\bsex\b.*\b(did not|do not|didnt|dont) want\b",
        r"\b(partner|husband|wife|boyfriend|girlfriend|ex|son|daughter)\b.*\b(pushed|pushes|shoved|shoves|grabbed|grabs|thrown|throws|threw|spat|kicked|slapped|punched|bit) (me|things at me|stuff at me)\b",
        r"\b(thrown|throws|threw|throwing) (things|stuff|plates|a cup|a chair) at me\b",
        r"\b(will not|does not|wont|doesnt|never) let me have (any )?(money|my own money|a phone|my phone|friends)\b",
        r"\b(no one|nobody) (would|will|d) (ever )?believe (me|a man|a woman|you)\b",
        r"\b(pins|pinned|pinning) me\b|\bdemands money\b|\bby the (neck|throat|hair)\b",
        r"\bhands? (round|around) my (throat|neck)\b",
        r"\b(take|taking) the (kids|children)\b.*\b(never see|if i tell|if i leave)\b|\bif i tell\b.*\b(he|she) (will|would)\b",
        r"\b(has )?(become|becomes|gets|got|is getting) violent\b",
        r"\b(he|she) (shoved|pushed|grabbed|kicked|slapped|punched|strangled|choked|threw) me\b",
        r"\bburn (the|my|our) (flat|house|home) down\b|\bscreams? in my face\b",
        r"\bstruck me\b|\b(frightened|scared|afraid|unsafe|not safe) in my (own )?home\b",
        r"\b(do not|does not|will not) let me (go out|leave|see|have)\b|\bonly allowed (to|out)\b|\btimes me\b",
        r"(?<!\bi )\b(take|takes|took) (all )?my (money|passport|bank card|phone)\b|\bsend me back\b",
        # Broader families (development set).
        r"\b(got hold of|waving|has got|grabbed|threatening me with) (a |the )?(kitchen )?(knife|knives|hammer|bat|weapon|scissors)\b|\blocked myself in\b|\b(told|tells) me to hide\b",
        r"\b(he|she|they|partner|husband|wife|boyfriend|girlfriend|son|daughter)\b[^.]{0,15}\b(tracks|tracking|checks|checking|monitors|reads|reading|goes through) (my|all my) (location|phone|messages|texts|emails|spending|bank)\b|\bcameras in the house\b",
        r"(?<!\bi )\b(rations|controls|hides|hid|hiding) (my|all my) (food|keys|inhaler|medication|meds|pension card|charger|wages|benefits)\b",
        r"\b(he|she|they|partner|husband|wife|boyfriend|girlfriend|son|daughter|dad|mum|brother|sister|ex) (will not|wont|does not|doesnt|never) let me (go out|work|see|talk|leave|go to work|have friends|speak)\b|\bnever allowed to (go out|work|see)\b|\bi belong to (him|her)\b",
        r"\b(afraid|scared|frightened|terrified) to (stay in the house|stay at home|go home|go back home|be at home|be alone with (him|her))\b",
        r"\b(he|she|they|son|husband|wife|partner)( is| has| have| had)? (broke|broken|fractured|cracked) my (wrist|arm|nose|ribs?|jaw|finger|cheekbone|collarbone|leg|hand|tooth|teeth)\b|\bpunch ?bag\b",
        r"\b(he|she|they|husband|wife|partner|son|daughter|dad|mum|brother|sister|boyfriend|girlfriend|ex)\b[^.]{0,40}\b(hitting|hits|punching|punches|kicking|kicks|slapping|slaps|headbutted|headbutts|strangled|choked|throttled|dragged|pinned|beating|beats) me\b",
        r"\bagainst the wall by my\b|\b(fist|punched|kicked|smashed|put his fist|put her fist) (through|thru|into) (the |a )?(door|wall|window)\b|\bsplit (my )?lip\b|\bthrew (\w+ ){0,3}at me\b",
        r"\b(keeps|kept|is|been) (hurting|hitting|beating) (my )?(mum|dad|mother|father|nan|sister|brother)\b|\b(shouting|screaming) and (breaking|smashing|throwing) things\b",
        r"\b(ex|ex partner|ex husband|ex wife|someone|a man|they)\b (keeps |kept |is |was |are |were )?(banging|hammering|kicking) on (the|my) (door|window)\b"
        r"|\bex\b[^.]{0,100}\bbanging on (the|my) (door|window)\b|\b(he|she) (will|would|is going to) take (my|our) (\w+ )?(son|daughter|kids|children|baby)\b",
        r"\b(kill|hurt) me if i (leave|go|tell)\b",
        # Families from the crisis examples in the NLU training data.
        r"\b(abusing|abuses|hurting|threatening) me\b|\b(getting|being|been) (hurt|hit|beaten|abused) at home\b|\bviolent (towards|to|with) me\b",
        r"\b(scared|afraid|frightened|fear|fearing) for my (life|safety)\b|\b(frightened|scared|afraid|unsafe) in my (own )?(house|home|flat)\b",
        r"\b(deport\w*|home office|sent back)\b[^.]*\b(if i|unless|do not do)\b|\b(if i|unless i)\b[^.]*\b(deport\w*|sent back|home office)\b",
        r"\bowe (him|her) sex\b|\b(smashed|broke|broken|took|takes|hid|hides) my phone\b",
        r"\b(kicking|kicked|banging|bashing) (it|the door|my door) in\b|\boutside my (door|house|flat)\b[^.]*\b(screaming|shouting|kicking|banging)\b",
        r"\b(get|have|got) (the kids|my kids|my children|the children) taken (off|away from) me\b",
        r"\b(keeps|has|controls|takes) all the money\b|\bchecks the receipts\b|\bask (him|her) for (bus fare|money)\b",
        r"\bsending (me )?threats\b|\bknows where i live\b",
        r"\b(going to|gonna|will|wants to|threaten\w* to) (kill|hurt|stab) (someone|somebody|people|everyone)\b",
        # Families from the second development set.
        r"\bdo me next\b|\bfollows me\b|\bi (will not|won t|wont) see the morning\b",
        r"\bcame at me with\b|\bshut myself in\b",
        r"(?<!\bi )\b(has|takes|keeps|took) my (carers allowance|carer s allowance|salary|wages|pension|benefits|passport)\b|\bgives me £?\d+ (a|for the) week\b|\bi (do not|dont) get my own bank card\b",
        r"\b(he|she) (will|would|ll|d) (stab|kill|strangle|hurt) (you|me)\b|\bknife in (his|her) (dressing gown )?pocket\b",
        r"\b(put|puts) a tracker on\b|\b(his|her) (property|servant)\b",
        r"\btwisted my (wrist|arm)\b|\bbruises for days\b|\bchecks every receipt\b|\bask (him|her) before i can (buy|spend)\b",
        r"\blaying into me\b|\bif (he|she) (sees|finds|reads) (this|these|my messages)\b",
        r"\bfound my (new )?address\b|\bparked outside\b[^.]*\b(again|night|running)\b",
        r"\b(slap|slaps|slapped|hit|hits) me in front of\b",
        r"\bi am a demon\b|\b(caught|hit|struck) me across the\b",
        r"\bwithout (my )?(partner|husband|wife|boyfriend|girlfriend) (seeing|knowing|finding out)\b|\b(he|she) reads everything\b",
        r"\bmake sure i (cannot|can not|can t|never)\b",
        r"\b(throw|push|kick) me down the stairs\b|\bstood over me\b|\b(kicking|scratching|biting) (and (kicking|scratching|biting) )?me\b",
        r"\b(will|would|ll|d|going to|gonna) break my (arms?|legs?|neck|jaw|fingers)\b|\bshut me out\b|\bspits? at me\b",
    ),
    "care_breakdown": (
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
        r"\b(rushed|taken|admitted|brought) (in)?to hospital\b.*\b(on (his|her|their) own|alone|nobody|no one|by (himself|herself))\b",
        r"\b(taken|rushed|gone|went) (to|into|in) (hospital|the ambulance|an ambulance)\b.*\b(just me|only me|(no one|nobody) (is )?(home|here|else)|on (my|our) own|me and my (little |baby )?(brother|sister))\b",
        r"\b(packing|packed) (a|my) bag\b|\bsomeone else can (look after|care for) (him|her|them)\b",
        r"\b(nobody|no one) (comes|is coming|came|to come) to (get|wash|help|feed|dress|turn)\b",
        r"\b(care|care package|visits|the carers|package) (has |have )?(stopped|been stopped|cancelled|been cancelled|suspended|withdrawn)\b",
        r"\b(cancelled|canceled) (all )?(the |his |her |their )?(visits|calls|care)\b",
        r"\b(drop|dump|leave|leaving) (mum|dad|him|her|them|my \w+) (at|in) (a&e|a and e|a e|hospital|the hospital)\b",
        r"\bleave (him|her|them) there\b|\bleft (him|her|them) in (his|her|their) (chair|bed|room)\b",
        r"\b(i need to|i have to|i must|they want me to|told me i need to|i am being kept|keeping me) stay (in|at) \w+( \w+)? (overnight|tonight)\b",
        r"\b(just been|been|was|being) discharged\b(?!.*\bnext (week|month)\b).*\b(no care|without (a |any )?care|nobody|no one)\b",
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
    r"\b(cutting|cut) (back|down|costs|corners|out|up)\b",
    r"\b(cutting|cut) (his|her|their|the|my|mum s|dad s|nan s) (hair|nails|toenails|food|meat|pills|tablets|sandwich\w*|toast|dinner|hours|spending|costs|bills|grass|hedge)\b",
    # A harm that is explicitly denied ("he doesn't hurt me") is not a disclosure.
    r"\b(does not|do not|did not|never|would not|will not|has never|have never) (hurt|hit|harm|touch|beat|kick|push) (me|us|him|her|them|anyone)\b",
    r"\b(not|never|no one is|nobody is) in (any )?danger\b",
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
    r"\b(nearly|almost|practically) (had|have|having|gave me|give me) (a )?heart attack\b",
    r"\b(give|gave|giving) (me|him|her|us) a heart attack\b",
    r"\boverdose(d)? (of|on) (coffee|caffeine|tea|chocolate|sugar|tv|telly|paperwork|forms|information|admin)\b",
    r"\bbleeding (us|me|them|him|her|you) dry\b",
    r"\b(?<!better )(?<!best )(?<!easier )if i (ever )?(collapse|collapsed|fall ill|fell ill|get ill|got ill|die|died|am taken ill|was taken ill|had an accident|have an accident)\b",
    r"\b(boss|manager|teacher|work|the council|they|the school|my tutor) (is |are |s )?(going to|gonna|will|would) (kill|murder) me\b",
    r"\b(died|die|dying) (of|from) (laughter|laughing|embarrassment|boredom)\b|\b(nearly|almost) died laughing\b",
    r"\bto die for\b",
    r"\bcut off by\b|\b(been|got|get|getting) cut off\b",
    r"\b(nerves|head) (are|is) (shot|fried|gone)\b",
    r"\bbefore i go (mad|crazy|insane|round the bend|spare)\b",
    r"\bgasping for (a )?(coffee|tea|cuppa|brew|drink|fag|cigarette|break|holiday|rest)\b",
    # Talking about a subject is not a disclosure: leaflets on self-harm, training on abuse.
    r"\b(leaflets?|information|info|advice|training|resources|course|talk|session|stories|story|cases|awareness|policy|tips)"
    r" (on|about|around|for) (self ?harm|suicide|suicide prevention|abuse|overdose|domestic abuse|safeguarding)\b",
    r"\babuse (stories|story|cases) (you see |on |in )",
    r"\b(hit|hits|threw|throws|whacked) (me|us) with a (pillow|cushion|toy|ball|sock|teddy)\b",
    r"\b(hurting|hurt|harm|harming|injure|injuring|burn|burning|cut|cutting|hit|bumped|banged) (himself|herself|themselves|myself) (on|with) the (cooker|oven|stairs|kettle|iron|door|bed|stove|hob)\b",
    r"\b(avoid|avoiding|prevent|preventing|risk of|in case of|accidental|accidentally) (an )?overdose\b",
    r"\bif (i|he|she) (ever )?(have|had|has|get|got) a (heart attack|stroke|fall|seizure|fit)\b",
    r"\bkill me if i (forget|forgot|miss|missed|lose|lost|am late|break|broke|burn|mess|don t|do not)\b",
    r"\b(landlord|boss|manager|mum|mother|my mum|dad|sister|brother|teacher|nan|gran|grandma|auntie|aunt|bot|this bot|this form|this app|website) (will|would|is going to|s going to|is gonna|gonna) kill me\b",
    r"\b(has not|have not|never|not) gone missing\b",
    r"\bcollapsed (at work |at home |in the street |in the summer )?(last (week|month|year)|in the summer|\w+ (weeks|months|years) ago)\b",
    r"\b(in case|what if|if)\b[^.]{0,30}\bcollaps\w*\b",
    r"\b(years|months) (after|since) (his|her|their|my) (overdose|suicide attempt)\b",
    r"\blost (my|our|a) \w+ to suicide\b",
    r"\b(stole|steals|stealing|taking|takes|took)\b[^.]*\b(but|and) (we |i )?(always |usually )?(find|found) (it|them)\b",
    r"\b(stole|steals|stealing|taking|takes|took)\b[^.]*\bbut (it s|it is|we|i) (always|usually|find|found)\b",
    r"\b(always|usually) in (her|his) (handbag|bag|fridge|drawer|coat)\b",
    r"\b(choking|falls?|fire|overdose) (risk|risks) (assessment|plan)\b",
    # Talking about a subject, without saying it happened to anyone here.
    r"\b(leaflets?|information|info|training|resources|course|session|statistics|stats|awareness|warning signs|spotting|pshe|lesson|essay|talk)\b(?:(?!\b(me|my|i|he|she|him|her|us|we)\b)[^.]){0,70}\b(self ?harm\w*|suicide|abuse|domestic abuse|overdose|grooming|choking)\b",
    r"\boverdose can\b",
    r"\b(dog|pet|cat) grooming\b|\bgrooming (salon|parlour|appointment)\b",
    r"\b(self ?harm|suicide|abuse|overdose|grooming)\b (awareness|training|prevention|leaflets?|session|lesson|course|policy)\b",
    r"\b(the )?ambulance (took|came|brought|came for) (him|her|them|mum|dad|my \w+)\b.*\b(last (week|month|year|time)|ago|weeks|home now|back home)\b",
    # Events that are over: "when I was 15 …", "years ago", "used to hit us … all in the past".
    r"\bwhen i was (\d+|young|younger|a kid|a child|a teenager|little|at school)\b[^.]*",
    r"\b(that was|it was|this was) (years|months|a long time) ago\b",
    r"\b(used to|years ago|as a teenager)\b[^.]{0,60}\b(self ?harm\w*|hit us|hurt us|beat us)\b[^.]*",
    r"\b(self ?harm\w*|hit us|hurt us|beat us)\b[^.]{0,40}\b(years ago|as a teenager|in the past|all in the past)\b",
    r"\b(had|has had) a (heart attack|stroke|seizure|fit|fall|overdose)\b[^.]{0,40}\b(ago|last (year|month|week)|fully recovered|recovered|fine now)\b",
    r"\b(went|had gone) missing\b[^.]*\b(turned up|was fine|found (her|him)|found safe|was found|came back)\b",
    r"\b(if|in case) i (get|got|was|am) hit by a bus\b",
    r"\bwhen i am gone\b(?=[^.]*\b(holiday|trip|visit|away|abroad|week|weekend)\b)",
    r"\b(holiday|trip|visit|away|abroad)\b[^.]*\bwhen i am gone\b",
    r"\b(going to|gonna|will) kill (him|her|his \w+|her \w+|me|you) for (eating|taking|touching|breaking|using|losing|nicking)\b",
    r"\bknife skills\b|\bfire drill\b",
    r"\b(fit|fits|seizure|seizures)\b[^.]*\b(came round (normally|fine|as usual)|as per (his|her|their) (epilepsy|seizure) plan|recovered (fine|quickly|normally))\b",
    r"\b(went|gone|go) missing\b[^.]*\b(brought (him|her|them) (home|back)|home safe|safe and well)\b",
    r"\bcut (myself|himself|herself) (shaving|cooking|chopping|gardening)\b",
    r"\b(i will|i ll|i would|gonna|going to) kill (him|her|my \w+) if\b",
    r"\b(recognising|recognise|spotting|spot|refresher on|training on|awareness (of|about|on)|documentary (about|on)|programme (about|on))"
    r"( the signs of)? (financial abuse|domestic abuse|abuse|county lines|neglect|child neglect|self ?harm|grooming|scams?)\b",
    r"\bwalk(s|ing)? with a stick\b|\bwalking stick\b",
    r"\b(got|get|was|been|being) (hit|knocked (down|over)) by (a|the) (car|bus|van|lorry|bike|cyclist|motorbike|taxi)\b",
    r"\b(ready to|could|want to|going to|gonna|about to) (strangle|strangled|throttle|murder) (them|the kids|the lot of them|the children)\b",
    r"\b(nearly |almost )?kill(ed|ing)? (myself|themselves|himself|herself|ourselves) laughing\b",
    # The wish of someone dying of an illness to die at home is not a crisis.
    r"\b(want|wants|wanted|wish|wishes|wishing) to die (at home|in (his|her|their|my) (own )?(bed|home)|peacefully|in (a |the )?hospice)\b",
    r"\b(died|dying) (by|from|of) suicide\b",
    r"\b(how (do|can|should) (i|we) )?(talk|speak|explain) (to (my |our |the )?(\w+ ){0,2})?about (self ?harm|suicide|abuse|domestic abuse|neglect)\b",
    r"\b(self ?harm|suicide|domestic abuse|abuse|child neglect|neglect)( prevention| awareness)? (services?|support services|helplines?|charities|organisations?|teams?|leaflets?)\b",
    r"\b(signs|warning signs|recognising|spotting) (of )?(child neglect|neglect|abuse|self ?harm)\b",
    r"\b(essay|statistics|stats|research|project|homework|dissertation|leaflet|leaflets) (on|about) \w+( \w+)?\b",
    r"\b(what is|what s|what a|what an|what does|what do|how (would|do|can) (i|we) (make|raise|report)|explain|in general terms|training)\b[^.?]{0,60}\bsafeguarding( concern| referral)?\b",
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


_CHILD_SPEAKER = re.compile(
    r"\b(i am|i m|im) (only |just |nearly )?([5-9]|1[0-7]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen)( years old| yrs| yo)?\b|\b(i am|im) in year [1-9]\b|\bi am a kid\b")
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


def _left_without_care(cleaned: str) -> bool:
    """Someone who cannot be left alone, or with nobody to care for them, and a reason
    it is happening now (not "when I'm older" or "if I go to a wedding")."""
    if _NOT_YET.search(cleaned) and not _IMMEDIATE.search(cleaned):
        return False
    return bool((_CANNOT_BE_LEFT.search(cleaned) and _URGENT.search(cleaned))
                or (_NOBODY_TO_CARE.search(cleaned) and _NOW.search(cleaned)))


_CHILD = re.compile(r"\b(kids|children|child|girl|boy|little ones?|toddler|baby|\d+ year old)\b")
_NEGLECTED = re.compile(r"\b(look|looks|looked|looking|seem|seems|seemed|are|is|always|come in|comes in) (so |really |very |always )?"
                        r"(hungry|starving|grubby|dirty|unwashed|neglected|filthy|underfed|smelly)\b")
_NO_ADULT = re.compile(r"\b(no|another|other|any|an) (adult|grown up|grownup)s?\b|\bon (their|her|his) own\b"
                       r"|\b(alone|nobody|no one) (in|at) (the house|the flat|home)\b|\b(mum|dad|parent)s? (is |are )?(never|not) (there|home|around)\b")


def _neglected_child(cleaned: str) -> bool:
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
    r"|\bbarely (lift my head|stand)\b|\bunable to stand\b"
    r"|\b(i|me|my)\b[^.]{0,40}\b(emergency )?(operation|surgery)\b|\bstranded\b|\bno trains\b|\btrains are off\b|\bcannot get back\b|\bflight (cancelled|canceled)\b"
    r"|\bpassport (was |has been )?stolen\b|\b(i am|im|i m|currently|stuck) abroad\b|\bstuck (in|at) (the )?(airport|station|police station|work)\b"
    r"|\b(died|dead) suddenly\b|\bleft without notice\b|\b(cancelled|canceled) all\b|\bupped and left\b"
    r"|\b(i am|im|i m) (leaving (him|her|them|now|tonight|for good)|leaving$|done caring|walking out|collapsing)\b|\bdone caring\b"
    r"|\bbag (is |s )?packed\b|\bnot going back in there\b|\bmoving away\b|\bi have had it\b"
    r"|\b(cannot|can not|can t) be the one (looking after|caring for)\b"
    r"|\b(stopped|cancelled|canceled|withdrawn|pulled|quit|quitting) (all )?(of )?(the |his |her |their |my |\w+ s )?(carers|care visits|visits|care package|package|care|cover)\b"
    r"|\b(carers|care workers|agency) (have |has )?(quit|stopped|walked out)\b|\b(given|served) (him|her|them|my \w+) notice\b|\bhas to be out by\b"
    r"|\bleaving (him|her|them) (now|tonight|today)\b"
    r"|\b(will not|wont) be (returning|coming) home\b|\bcan no longer (continue|carry on|care)\b|\bi must leave\b"
    r"|\bi must go to my country (now|today|tonight)\b|\bmy flight is in \w+ hours\b")
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
    r"|\bneeds (turning|lifting|changing|hoisting|feeding)\b|\b(cannot|can not|can t) (get up to )?(change|turn|lift|feed|give) (her|him|them)\b"
    r"|\b(nobody|no one) to (do|give) (her|his|their)\b|\bcare (cannot|can not|can t) happen\b|\ball (she|he) has\b|\b(no|not) (place|one) can take (him|her)\b"
    r"|\b(oxygen|hoist|hospital bed|catheter|stoma|peg feed|tube feed|depot|dialysis|doubly incontinent|bed ?bound)\b"
    r"|\b(cannot|can not|can t) do (any of )?(\w+ s |\w+ )?(care|his care|her care|their care)\b"
    r"|\bwithout (help|me)\b|\bneeds hoisting\b|\b(feed|insulin|dialysis|meds|medication|tablets)( and meds)? (is |are )?(due|tomorrow|runs out)\b|\bmedication runs out\b")
_NOT_YET = re.compile(r"\bnext (week|month|year)\b|\bin (\w+ )?(weeks|months)\b|\bin the (spring|summer|autumn|winter|new year)\b"
                      r"|\bif (i|ever|something|anything)\b|\bin (january|february|march|april|may|june|july|august|september|october|november|december)\b"
                      r"|\bin ?case\b|\bwhat if\b|\bplan ahead\b|\bback ?up plan\b")
_DISCHARGE = re.compile(r"\b(discharge|discharged|come home|go home|coming home|sent home)\b")
_IMMEDIATE = re.compile(r"\b(tonight|today|right now|this (morning|afternoon|evening)|in an hour|since (this|yesterday|last night|\w+day)|from today|2 days|two days)\b")
_PAST = re.compile(r"\b(last (week|month)|(\d+|a few|two|three|four) (days|weeks|months) ago)\b")


# Despair with a means or a plan to hand, the two together (either alone is common in
# ordinary messages: "no point asking", "her tablets").
_DESPAIR = re.compile(
    r"\bwhat is (even )?the point\b(?! (of|in) (the|this|a|asking|applying|filling|going to|having|calling|ringing|trying to get))"
    r"|\bnothing left of me\b|\btired of being (here|alive)\b|\b(cannot|can not|can t) see (a|any) future\b"
    r"|\b(cannot|can not|can t) see myself (getting|making it|lasting|being here)\b|\b(do not|dont) want to (be here|go on|wake up)\b"
    r"|\bso tired of (it all|everything|living|life)\b|\bdone with (it all|everything|life)\b|\bnot planning on being around\b"
    r"|\bgo to sleep (properly|for good|forever)\b|\bin heaven\b|\b(will not|wont) be (here|around) (much )?longer\b|\bno future\b"
    r"|\b(i have|i ve) (had|got) (enough|nothing left)\b|\beveryone would be (better|less stressed|happier)\b")
_MEANS_OR_PLAN = re.compile(
    r"\b(pills|tablets|paracetamol|amitriptyline|co codamol|morphine|overdose|rope|noose|knife|packets|shoebox|stash|enough to)\b"
    r"|\b(bridge|roof|the tracks|platform|car park)\b|\b(gave|given|giving) (me |away )?(her|his|my) (bank card|rings|jewellery|things)\b"
    r"|\b(have|got) a plan\b|\bworked out how\b|\bhow i (would|will|could) do it\b|\balready decided\b|\bmade my mind up\b|\ba date\b")


def _despair_with_means(cleaned: str) -> bool:
    return bool(_DESPAIR.search(cleaned) and _MEANS_OR_PLAN.search(cleaned))


def _carer_out_of_action(cleaned: str) -> bool:
    if not _DEPENDS_ALONE.search(cleaned):
        return False
    if _CARER_OUT.search(cleaned):
        return bool(_IMMEDIATE.search(cleaned)) or not (_NOT_YET.search(cleaned) or _PAST.search(cleaned))
    if _OTHER_CARER_OUT.search(cleaned) and _CARER_ROLE.search(cleaned):
        return not (_DISCHARGE.search(cleaned) or _NOT_YET.search(cleaned) or _PAST.search(cleaned))
    return False


def _child_in_danger(cleaned: str) -> bool:
    """A child who says their age, or their school year, and describes any sign of an
    unsafe home: a parent drunk or using drugs, no food, left alone, being hurt or
    scared. Crisis.md: disclosures by a young carer about harm go to child safety."""
    return bool(_CHILD_SPEAKER.search(cleaned) and _UNSAFE_HOME.search(cleaned))


# Sentences about the past, about TV, study or training, or planning for "if it ever
# happens" are set aside before the rules run, unless they also say it is happening now.
_NOT_NOW = re.compile(
    r"\b(years ago|last year|last (summer|spring|autumn|winter|christmas)|turned out to be|a decade|back in (19|20)\d\d|in (19|20)\d\d|long before|as a (child|teenager|kid)"
    r"|when i was (young|younger|a child|little|a teenager|\d+)|watched a|watching a|on (the )?(telly|tv|news)|drama|gcse|essay"
    r"|speech on|training|volunteer|befriender|if (\S+ ){0,4}ever|plan ahead|just want to be ready|when should (i|we) (call|ring)"
    r"|what counts as|what would i do if)\b")
_NOW_WORDS = re.compile(r"\b(now|right now|tonight|today|this morning|at the moment|currently|again|just)\b")
_RESOLVED = re.compile(r"\b(all |is |was |are |s )?(fine|ok|okay|better|safe|well|stable|recovered|in a good place|doing well) now\b"
                       r"|\bnow (he|she|they)('s|'re| is| are| s| re| has| have) (home|back home|back|out of hospital)\b")
# "if it ever happened again" is still about the future, not about now.
_IF_EVER = re.compile(r"\bif\b[^.]*\bever\b[^.]*")
# A threat is conditional in form but a danger now: "if I ever leave he'll kill me".
_THREAT = re.compile(r"\b(he|she|they)('ll| will| would|'d| is going to| said he would| said she would) "
                     r"(kill|hurt|stab|strangle|harm)( me| himself| herself| themselves| us| the kids)\b")


def _set_aside_not_now(text: str) -> str:
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        lowered = sentence.lower()
        if (_NOT_NOW.search(lowered) and not _THREAT.search(lowered)
                and not _NOW_WORDS.search(_IF_EVER.sub(" ", _RESOLVED.sub(" ", lowered)))):
            continue
        kept.append(sentence)
    return " ".join(kept)


def assess(text: str) -> Assessment:
    """Which crisis kinds a message shows, if any."""
    normalised = normalise(_set_aside_not_now(text or ""))
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

    if "suicidal" not in kinds and _despair_with_means(cleaned):
        kinds.insert(min(len(kinds), KINDS.index("suicidal")), "suicidal")
        matched.append("despair with a means or a plan")
    if "care_breakdown" not in kinds and (_left_without_care(cleaned) or _carer_out_of_action(cleaned)):
        kinds.append("care_breakdown")
        matched.append("someone who cannot be left alone, about to be")
    if "child_at_risk" not in kinds and (_child_in_danger(cleaned) or _neglected_child(cleaned)):
        kinds.insert(min(len(kinds), KINDS.index("child_at_risk")), "child_at_risk")
        matched.append("a child describing an unsafe home")

    if negated and set(kinds) <= {"suicidal", "self_harm"}:
        # "I'm not suicidal, just exhausted": no crisis card, but ask gently.
        return Assessment(safety_check=True, matched=tuple(matched))
    if kinds:
        return Assessment(kinds=tuple(kinds), matched=tuple(matched))
    return Assessment(safety_check=bool(_DISTRESS.search(cleaned)))


# Words that make a classifier's guess of "crisis" believable when no rule matched.
_RISK_WORDS = re.compile(
    r"\b(die|dying|dead|kill|killing|suicid\w*|hurt|hurting|harm|harming|cut|cutting|blood|bleed\w*"
    r"|overdose\w*|pills|tablets|knife|hit|hits|hitting|abuse\w*|abusing|scared|frightened|afraid|terrified|unsafe"
    r"|danger\w*|police|ambulance|999|missing|collapsed|unconscious|breath\w*|burden|hopeless|worthless|trapped"
    r"|end it|give up on life|threat\w*|attack\w*|violent|violence|rape\w*|assault\w*)\b"
)


def has_risk_words(text: str) -> bool:
    """Risk vocabulary left after idioms and explicitly denied harm are removed."""
    cleaned = normalise(text or "")
    for idiom in _COMPILED_IDIOMS:
        cleaned = idiom.sub(" ", cleaned)
    return bool(_RISK_WORDS.search(cleaned))


def is_crisis(text: str) -> bool:
    return assess(text).is_crisis
