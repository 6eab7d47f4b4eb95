"""Hurting oneself on purpose, now or again, in the carer or the person cared for (crisis.md).

PATTERNS each describe one way of saying it; composite_signs looks for two things said
together.
CATCHES must be caught and LOOKALIKES must not (tests/unit/safety/test_families.py)."""
from __future__ import annotations

import re

from bot.safety.vocabulary import OTHER_SELF

KIND = "self_harm"

PATTERNS = (
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
    r"\b(pills|tablets)\b[^.]{0,20}\bwith (wine|vodka|alcohol|drink|booze)\b|\bto stop feeling (anything|everything)\b",
)


def composite_signs(cleaned: str) -> list[str]:
    return []


CATCHES = (
    "I've been cutting again",
    'i self harm when it gets too much',
    'my daughter is hurting herself',
    'I keep scratching myself until I bleed',
    'he bangs his head against the wall until it bleeds',
    'I burn myself sometimes',
    'I scratch my arms until they bleed',
    "she's been burning her arm with a lighter",
    'I hurt myself on purpose when it gets bad',
    "he's started cutting his legs",
    'I take a razor to my arms at night',
    'I make cuts on my legs so nobody sees',
)

LOOKALIKES = (
    "we're cutting back on food to pay the bills",
    'we got cut off by the electric company',
    'do you have leaflets on self-harm for our group?',
    'how do I stop him hurting himself on the cooker',
    'I held the knife wrong and cut my finger doing veg lol',
    'he picked up the knife to cut his sandwich',
    'the agency cut her visits from three to two without anyone asking me',
    'I picked up the scissors to cut his nails and he panicked.',
)
