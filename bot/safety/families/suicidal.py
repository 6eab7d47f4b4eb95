"""Thoughts of suicide, plans or means, goodbyes, in the carer or the person cared for
(crisis.md).

PATTERNS each describe one way of saying it; composite_signs looks for two things said
together.
CATCHES must be caught and LOOKALIKES must not (tests/unit/safety/test_families.py)."""
from __future__ import annotations

import re

from bot.safety.vocabulary import OTHER_SELF

KIND = "suicidal"

PATTERNS = (
    # A parent in despair who speaks of taking the children with them: a danger to all.
    r"\b(we|we d|we would|we will|the kids would|they would) (all )?be better off (with (mum|mummy|dad|daddy|her|him)(?!s\b| s\b)|dead|gone)\b",
    # A goodbye message from someone who then cannot be reached.
    r"\b(sorry for everything|best thing for everyone|better off without (me|her|him))\b.*\b(not answering|isn t answering|is not answering|won t answer|will not answer|phone (is )?off|said goodbye|goodbye)\b",
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
    r"\b(pills|tablets|paracetamol|painkillers|stockpil\w*|bought|buying|saving|saved|collecting|hoarding)\b[^.]{0,80}\bwithout (the chemist|the pharmacist|anyone|them) (asking|knowing|noticing)\b",
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
    r"\bdignitas\b|\bassisted (dying|suicide)\b(?! (bill|law|debate|vote))|\b(death|injur\w*|wounds?|harm) (is |was )?self inflicted\b|\bself inflicted (death|injur\w*|wounds?|harm|overdose)\b",
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
    # Families from the fifth held-out set, added after its measurements were taken.
    r"\b(thinking|think|thought|keep thinking) (about|of) (jumping|stepping (out|off|in front)|driving (into|off)|not waking up|taking (all )?(my|the) (pills|tablets))\b",
    r"\bso (nobody|no one) has to deal with (it|anything|me)\b|\b(posted|sent|left) (a )?goodbye (message|messages|note|post|text)s?\b|\bbeachy head\b|\bdrive off (a|the) (cliff|bridge|edge)\b",
    r"\b(do not|dont|cannot|can not|no longer) (really |even )?see (the|any) point (in|of) (carrying on|going on|living|anything|life)\b",
)


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


def composite_signs(cleaned: str) -> list[str]:
    return ['despair with a means or a plan'] if despair_with_means(cleaned) else []


CATCHES = (
    "dad was crying and he said we'd all be better off with mum and that he might take us to be with her",
    'I want to kill myself',
    'i wanna kms',
    "I'm going to end it all tonight",
    'Sometimes I think everyone would be better off without me',
    "I don't want to be here anymore",
    'theres no point in living like this',
    "I've been having suicidal thoughts",
    'feeling sucidal',
    'i just want to die',
    'I wish I could go to sleep and never wake up',
    'my son keeps talking about wanting to die',
    'Dad has been threatening to kill himself',
    "I can't go on like this",
    "I'm thinking of taking my own life",
    'what is the point of living',
    'I have been saving up my tablets',
    'nobody would even notice if i was gone',
    'they would all manage fine without me',
    "I can't live like this any more",
    "I've had enough of life",
    "sometimes I wish I wasn't alive",
    'i dont see any point in living',
    'my husband keeps saying he will end his life',
    'I keep thinking about walking into traffic',
    "I've written letters to my kids just in case",
    "I won't be needing any of this soon",
    'i cant see any reason to keep going',
    "She sent me a message saying sorry for everything and that this is the best thing for everyone. She isn't answering her phone.",
    "There isn't a now. I've written letters to my sisters. I've got her morphine still.",
    "I've been saving up his tablets without anyone noticing",
    "I've been working out how many of my tablets it would take",
    'I no longer want to go on living',
    "I've said my goodbyes",
)

LOOKALIKES = (
    "we'd all be better off with mum's cooking, she makes the best roast",
    "dad said he'll take us to be with her family in Jamaica for Christmas",
    'this benefits form is killing me',
    'my back is killing me from lifting dad',
    'I could murder a cup of tea',
    "cutting mum's pills in half is a nightmare",
    'respite would be the best thing for everyone, sorry for going on',
    'I wrote a letter to my MP about carers allowance',
    'I am literally going to die if I have to do one more night shift then come home and do the hoisting',
    "I take her tablets off her at night so she doesn't double up.",
    'We lock the fridge because of his Prader-Willi syndrome, the dietitian suggested it.',
    'No food or drink after midnight before his operation, the letter says.',
)
