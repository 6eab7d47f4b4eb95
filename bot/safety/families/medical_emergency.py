"""Someone's life or health is in danger now: collapsed, not breathing, a stroke, a fit that
will not stop, chest pain, an overdose taken, someone vulnerable missing (crisis.md).

PATTERNS each describe one way of saying it; composite_signs looks for two things said
together.
CATCHES must be caught and LOOKALIKES must not (tests/unit/safety/test_families.py)."""
from __future__ import annotations

import re

from bot.safety.vocabulary import PERSON

KIND = "medical_emergency"

PATTERNS = (
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
    r"\b(took|taken|take|has taken|swallowed|swallow) (a lot of|lots of|too many|all (of )?(his|her|my|the)|a load of|loads of|a handful of|the whole|a whole|a bottle of|an entire)\b.*\b(pills|tablets|meds|medication|paracetamol|packet|box|bottle|insulin|morphine|methadone|oxycodone|codeine|"
    r"sleeping pills|antidepressants|painkillers)\b",
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
    r"\b(blue|grey|gray) (lips|face)\b|\b(lips|face) (are|is|gone|going|turned|look|looks|looking) (blue|grey|gray)\b",
    # A fall with a bone out of place: "her leg's at a funny angle and she's screaming".
    r"\b(fell|fallen|fall|tripped)\b.*\b(funny angle|odd angle|wrong angle|bent the wrong way|bone sticking out)\b",
    r"\bscreaming in (pain|agony)\b",
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
    r"\b(not answered|not answering|letterbox|since (yesterday|last night))\b.*\blying on the (\w+ )?floor\b|\blying on the (\w+ )?floor\b.*\b(not answered|not answering|since (yesterday|last night)|not moving|cannot get (him|her) up)\b",
    r"\b(lips|face|skin)\b[^.]{0,20}\b(bluey|blueish|bluish|greyish|grey ish)\b|\bbreathing (is )?(really |very )?(rattly|rattling|gurgling)\b",
)


def composite_signs(cleaned: str) -> list[str]:
    return []


CATCHES = (
    "My husband's taken all his morphine, he's got cancer, he's really drowsy and his lips look blue",
    "Mum's fallen in the garden, her leg's at a funny angle and she's screaming",
    "dad collapsed and isn't breathing",
    "mum won't wake up",
    "my husband is having a seizure and it won't stop",
    'she took too many tablets',
    "he's taken a whole packet of paracetamol",
    'my wife has chest pain',
    "nan has fallen and can't get up",
    'he has a knife and says he will kill me',
    "mum has gone missing and it's dark",
    'I think dad is having a stroke, his face is drooping',
    'the kitchen is on fire',
    'he overdosed',
    'HELP dad on floor not moving',
    "mum fell and she isn't responding",
    "my wife with dementia has been missing since lunchtime and it's getting dark",
    'HELP nan colapsed in the hall',
    'dad is clutching his chest and has gone grey',
    'my wife with dementia went to the shop 3 hours ago and hasnt come back',
    'his face has dropped on one side and he is slurring his words',
    'mum is diabetic and really sweaty and confused',
)

LOOKALIKES = (
    "I fell off my bike years ago and my wrist still sits at a funny angle",
    "she takes morphine for her pain every morning and it helps",
    "I'm dying to find a carers group near me",
    'dead tired after a night with mum',
    'I nearly had a heart attack when I saw the gas bill',
    'if I collapse in the street who will look after mum',
    'my boss is going to kill me if I ask for more time off',
    "I'm dying for a cup of tea",
    'I nearly died laughing at the carers group',
    "the ambulance took him in last week but he's home now",
    'how should I store his tablets to avoid an overdose',
    'what happens to mum if I have a heart attack',
    "my brother will kill me if I forget mum's appointment",
    'mum is on her own now since dad died, she has dementia and I worry about her',
    "I swear to god I could have strangled my area manager, I've told her five times",
    "Christmas was a disaster, overdosed on mince pies and my mother in law's complaints",
    'the delay is putting carers like me at risk of collapse',
    "his dad went through the roof and said he would kill him. he won't, he is a big softy",
    'Mum has lived alone since Dad died and I go round every day.',
)
