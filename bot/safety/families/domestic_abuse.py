"""Violence, threats or control at home, from a partner, a relative or the person cared for
(crisis.md).

PATTERNS each describe one way of saying it; composite_signs looks for two things said
together.
CATCHES must be caught and LOOKALIKES must not (tests/unit/safety/test_families.py)."""
from __future__ import annotations

import re

KIND = "domestic_abuse"

PATTERNS = (
    # A weapon held up at home (issue 13's long posts): "held a kitchen knife up".
    r"(?<!\bi )(?<!\bi was )(?<!\bwe )(?<!\bwe were )\b(held|holding|holds|waved|waving|pointed|pointing|brandished|brandishing) (up )?(a|the|his|her|their) (kitchen |big |carving )?(knife|knives|blade|machete|hammer)\b"
    r"|\b(came|comes|coming) at (me|us|mum|dad) with (a|the|his|her) (kitchen )?(knife|blade|hammer|bat)\b"
    r"|\bthreatened (me|us|mum|dad) with (a|the|his|her) (kitchen )?(knife|blade|hammer|bat)\b",
    r"\bdomestic (abuse|violence)\b",
    r"\b(partner|husband|wife|boyfriend|girlfriend|ex|fiance|spouse)\b.*\b(hits|hit|beats|beat|hurts|hurt|kicks|kicked|punches|punched|slaps|slapped|chokes|choked|strangled|raped|rapes|threatens|threatened|controls|controlling|monitors|tracks|forced|forces)\b",
    # "frightened of her" is about a person; "frightened of her seizures" is not.
    r"\b(afraid|scared|frightened|terrified) of (my )?(partner|husband|wife|boyfriend|girlfriend|ex|son|daughter|him|her|what he|what she)\b"
    r"(?! (seizures?|fits?|illness|condition|falls?|falling|health|dementia|diabetes|epilepsy|moods?|symptoms|care|medication|meds|getting|being|dying|going)\b)",
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
    r"\b(kicking|kicked|banging|bashing) (it|(the |my )(\w+ )?door) in\b|\boutside my (door|house|flat)\b[^.]*\b(screaming|shouting|kicking|banging)\b",
    r"\b(get|have|got) (the kids|my kids|my children|the children) taken (off|away from) me\b",
    r"\b(keeps|has|controls|takes) all the money\b|\bchecks the receipts\b|\bask (him|her) for (bus fare|money)\b",
    r"\bsending (me )?threats\b|\bknows where i live\b",
    r"\b(going to|gonna|will|wants to|threaten\w* to) (kill|hurt|stab) (someone|somebody|people|everyone)\b",
    # Families from the second development set.
    r"\bdo me next\b|\bfollows me (to the shops|to work|home|when i go out|everywhere i go)\b|\bi (will not|won t|wont) see the morning\b",
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
    r"\b(going to|gonna|will) (really |actually )?(hurt|kill) me\b|\b(hit|punched|slapped|kicked|headbutted) me in the (face|head|stomach|chest|eye|mouth)\b",
)


def composite_signs(cleaned: str) -> list[str]:
    return []


CATCHES = (
    "my partner won't let me leave the house",
    'my husband takes all my money and checks my phone',
    "I'm scared of my husband",
    'he hits me',
    'domestic violence',
    "my wife won't let me have any money of my own",
    "he throws things at me when he's been drinking",
    "my partner pressures me to have sex when I don't want to",
    "my son pins me against the wall when he's drunk",
    'he grabbed me by the throat',
    "Last night he held a kitchen knife up and said if I called his team again he'd finish this",
    'my son was waving a knife around the kitchen shouting',
    "I'm frightened of her when she drinks, she threw a plate at me last night",
    "I'm frightened in my own home",
)

LOOKALIKES = (
    "my brother has meltdowns but he doesn't hurt me",
    'our family are frightened of her seizures so nobody will sit with her',
    "I'm scared to go back to work after years of caring.",
    "I'm scared I might hurt her when I lift her, she's heavy.",
)
