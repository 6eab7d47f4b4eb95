"""Polish crisis rules (issue 15): the seven kinds of bot/safety/families, read over folded
text (see fold() in __init__.py: lower case, no diacritics, "ł" as "l"), so "chcę się zabić"
and "chce sie zabic" read alike.

Polish inflects its verbs and nouns, so the rules use stems and alternations ("zabi(c|je|ja)")
and list the forms carers write: first person ("tnę się"), third person about the person cared
for ("tnie się"), past tense in both genders ("pocięłam", "pociął"). Many frequent phrases are
also idioms ("zabije mnie ta biurokracja", "umieram ze zmęczenia", "dostanę zawału"), so the
rules name the dangerous forms and leave the idioms out; LOOKALIKES keeps the idioms tested.

Patterns read one folded sentence with the next (two sentences are joined with several
spaces, so "(\\w+ ){0,2}" never crosses them, while ".{0,60}" does). A rule that starts with
"^(?!...)" first checks that the window does not hold words that make the phrase harmless
(eczema for scratching, a doctor's advice for a locked fridge...)."""
from __future__ import annotations

from bot.safety.languages.pl.danger_to_life import DANGER_TO_LIFE
from bot.safety.languages.pl.harm_by_others import HARM_BY_OTHERS
from bot.safety.languages.pl.examples import CATCHES, LOOKALIKES
from bot.safety.languages.pl.not_now import NOT_NOW

LANGUAGE = "pl"

PATTERNS = {**DANGER_TO_LIFE, **HARM_BY_OTHERS}

__all__ = ["LANGUAGE", "PATTERNS", "NOT_NOW", "CATCHES", "LOOKALIKES"]
