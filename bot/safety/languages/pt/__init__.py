"""Crisis rules in Portuguese (European and Brazilian), for bot/safety/languages.

The patterns read folded text (fold(): lower case, no accents, letters and digits only,
one space between words, a space at each end), so "não", "nao" and "NÃO" read alike and
"matar-me" reads "matar me". Text-speak is written into the patterns: "n"/"nn"/"naum" for
"não", "kero" for "quero", "to"/"tou" for "estou", "ngm" for "ninguém".

Portuguese and Spanish share many words ("suicidio", "violencia domestica", "comprimidos",
"hospital", "maltrata"), so every pattern needs at least one word only Portuguese has
(nao, quero, morrer, me matar, o meu, a minha, sozinha, ...): a crisis written in Spanish
must be seen by the Spanish rules and get its card in Spanish. Everyday idioms ("morta de
cansaço", "mata-me de rir", "matar-me a trabalhar", "dá cabo de mim") are kept out by
look-aheads written next to the pattern they would fool.

Words in angle brackets (<NAO>, <CRIANCA>, ...) are shared pieces of vocabulary, put in by
_rules() below."""
from __future__ import annotations

from bot.safety.languages.pt.danger_to_life import MEDICAL_EMERGENCY, SELF_HARM, SUICIDAL
from bot.safety.languages.pt.harm_by_others import ADULT_AT_RISK, CARE_BREAKDOWN, CHILD_AT_RISK, DOMESTIC_ABUSE
from bot.safety.languages.pt.examples import CATCHES, LOOKALIKES
from bot.safety.languages.pt.not_now import NOT_NOW

LANGUAGE = "pt"

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
