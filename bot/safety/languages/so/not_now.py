"""What makes a so sentence about danger not a crisis now: denied, past, or about someone else."""
from __future__ import annotations

from bot.safety.languages.so.vocabulary import _rules

# A sentence is set aside when it denies the danger or puts it in the past, unless something
# after the denial brings it back ("laakiin", "mar kale", "caawa", "weli"; "hadda" unless it
# says things are fine now).
_UNLESS_LATER = (
    r"(?!.*\b(?:laakiin|«lakin|lkn»|balse|«hase» yeeshee|«hase» ahaatee|«mar» kale|haddana|«hadana»|«dib» (?:\w+ )?«u»"
    r"|caawa|xalay|maanta|«weli|wali»|«ilaa» hadda|«tan iyo» markaas|«(?:hadda|hada)»(?! (?:\w+ ){0,2}(?:fiican|fiicn"
    r"|ladan|ladnaa|caafimaad|«roon»|wanaagsan|bogsad|bogsat|bogsoo|«nabad»|xasil|degan|guriga|daryeel)\w*))\b)")
# Possessives and "I": the writer's own home, not a programme or the news.
_ABOUT_ME = (r"(?!.*\b(?:inaan|«in aan»|aniga|naftayda|kaligay|«\w+(?:kayga|kaygu|tayda|taydu"
             r"|dayda|daydu|hayga|haygu|gayga|gaygu|kaygii|taydii)»)\b)")

NOT_NOW = _rules(
    # Denied: "ma rabo inaan is dilo", "kama fekerayo is dilid", "is dili maayo".
    r"\b(?:«ma|kama|uma|maan»|«weligay ma»|«marnaba ma»)\b (?:\w+ )?(?:rabo|doonayo|fekerayo|fikirayo|fakarayo"
    r"|qorsheynayo|qorshaynayo|jecli|«samayn doono|sameyn doono»|sameynayo|samaynayo)\b(?: \w+){0,3}"
    r" (?:«is ?dil|is ?jar|iska jar|is ?waxyeel|is ?dhaawac|isdil|is ?miidaam»|«dhint|dhimt|dhimo|dhimash»|naft)\w*"
    + _UNLESS_LATER,
    r"\b(?:«is ?dili|is ?jari|is ?waxyeeli|is ?dhaawici|dhiman») (?:maayo|«mayo»|maayee)\b" + _UNLESS_LATER,
    r"\bkhatar (?:«kuma|ku ma|ma») (?:jiro|jirto|jiraan|ihi|ahi|aha)\b" + _UNLESS_LATER,
    r"\b(?:fikir|fikrad|fekrad|fikrado)\w*(?: \w+){0,3} (?:«is ?dil|dhim|is ?waxyeel»)\w*(?: \w+){0,2}"
    r" (?:<MA> qabo|<MA> hayo|<MA> lihi|<MA> leh|«kuma» jiro)\b" + _UNLESS_LATER,
    # Past: "sanado ka hor", "markii aan yaraa", "sanadkii hore", "waa ka bogsaday".
    r"\b(?:sano|sanad|sannad|sanado|sanadood|sannado|sannadood|sanooyin|bilo|bilood|toddobaadyo|todobaadyo"
    r"|«muddo» dheer|waqti dheer)\b(?: \w+)? (?:«ka hor|kahor»)\b" + _UNLESS_LATER,
    r"\b«waa» hore\b" + _UNLESS_LATER,
    r"\b(?:sanadkii|sannadkii|bishii|toddobaadkii|todobaadkii|usbuucii|xagaagii|jiilaalkii|ciidii) (?:hore|«la» soo"
    r" dhaafay|tagay)\b" + _UNLESS_LATER,
    r"\bmarkii (?:aan|«an») (?:yaraa|yaryaraa|«yar» ahaa|dhallinyaro|dhalinyaro|carruur|caruur|ilmo|«gabadh» yar"
    r"|«wiil» yar|ardayad|arday)\w*" + _UNLESS_LATER,
    r"\b(?:«waan|wuu|way|waa») (?:«ka» )?(?:gudbay|gudubtay|bogsaday|bogsatay|ladnaaday|ladnaatay|dhammaaday"
    r"|dhammaatay|«iska» daayay|«iska» daaday|«iska» daynay)\b" + _UNLESS_LATER,
    # Better now, found.
    r"\b(?:«hadda|hada»|imika|haatan|alxamdulillaah|alhamdulillah|alxamdulilah|«mahad» ilaah|«ilaah» mahadi"
    r"|«nasiib» wanaag)\b(?: \w+){0,3} (?:fiican|fiicn|ladan|ladnaa|caafimaad|bogsad|bogsat|«roon»|wanaagsan"
    r"|«nabad»|xasil|degan)\w*" + _UNLESS_LATER,
    r"\b(?:«waa» «la» (?:«soo» )?helay|«wuu» «soo» noqday|«way» «soo» noqotay|boolis\w* (?:\w+ )?(?:«soo» )?(?:celiyeen"
    r"|keeneen|heleen))\b" + _UNLESS_LATER,
    # Only a way of speaking.
    r"\b(?:kaftan\w*|«ciyaar» ahaan|«hadal» ahaan|«sida» «la» yiraahdo|«maah» maah\w*|odhaah\w*)\b",
    # A programme or the news, not the writer's home.
    r"^" + _ABOUT_ME + r".*\b(?:filim\w*|«film\w*»|musalsal\w*|taxane\w*|wararka|«warka»|«tv»|telefishan\w*|idaacad\w*"
    r"|«youtube|tiktok|facebook»|buug\w*|sheeko\w*|«bbc»|barnaamij\w*|«documentary»|dokumentari\w*|«news»)\b",
)
