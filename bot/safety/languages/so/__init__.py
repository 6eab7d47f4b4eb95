"""Crisis rules in Somali, for bot/safety/languages.

The patterns read folded text (fold(): lower case, no accents, letters and digits only, one
space between words, a space at each end), so an apostrophe is a space: "la'aan" reads
"la aan", "go'aan" reads "go aan".

Somali as carers text it in London is written many ways: long vowels doubled or not
("garaacay", "garacay"), "ay" as "ey" ("garaacey"), "dh" as "d" ("gabadh", "gabad"), "x" (the
pharyngeal h) as "h" ("xanuun", "hanuun"), "c" (the ayn) left out ("carruur", "aruur"), "kh" as
"k" or "x", "q" as "k", doubled consonants single ("carruur", "caruur"). The patterns are
written once in standard spelling; _soft() below rewrites every word of four letters or more
so that all those spellings match (shorter words, "i", "ku", "wuu", "way", are kept as
written). Text that must be read as written goes between « and ». Words in angle brackets
(<PILLS>, <CHILD>, ...) are shared pieces, put in by _rules().

Many words are also everyday idioms: "daal ayaa i dilay" (tiredness killed me), "gaajo ayaan u
dhimanayaa" (I'm dying of hunger), "shaqo ayaan isku dilay" (I killed myself working), "albaabka
ayuu garaacaa" (he knocks on the door): the rules name the dangerous forms and keep the idioms
out with the words next to them; LOOKALIKES keeps the idioms tested.

English words carers mix in ("GP", "hospital", "carer", "council") are read too, but every
pattern needs at least one Somali word, so English text is never read by these rules."""
from __future__ import annotations

from bot.safety.languages.so.danger_to_life import MEDICAL_EMERGENCY, SELF_HARM, SUICIDAL
from bot.safety.languages.so.harm_by_others import ADULT_AT_RISK, CARE_BREAKDOWN, CHILD_AT_RISK, DOMESTIC_ABUSE
from bot.safety.languages.so.examples import CATCHES, LOOKALIKES
from bot.safety.languages.so.not_now import NOT_NOW

LANGUAGE = "so"

PATTERNS = {
    "medical_emergency": MEDICAL_EMERGENCY,
    "suicidal": SUICIDAL,
    "self_harm": SELF_HARM,
    "child_at_risk": CHILD_AT_RISK,
    "adult_at_risk": ADULT_AT_RISK,
    "domestic_abuse": DOMESTIC_ABUSE,
    "care_breakdown": CARE_BREAKDOWN,
}

__all__ = ["LANGUAGE", "PATTERNS", "NOT_NOW", "CATCHES", "LOOKALIKES"]
