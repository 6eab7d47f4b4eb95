"""Spanish crisis rules (Spain and Latin America), read over folded text (see fold() in
__init__.py): "¿Qué hago? Mi mamá no respira" is read as " que hago " and " mi mama no respira ".

Carers write informally: "q"/"k" for "que", "xq" for "porque", "m" for "me", "kiero",
dropped subjects ("me pega cuando bebe"). The building blocks below name those spellings
once. Idioms that use crisis words harmlessly ("estoy muerta de cansancio", "me mata la
espalda", "me mato a trabajar", "me pegó la gripe") are kept out by the patterns
themselves; NOT_NOW drops a sentence that denies a danger or puts it in the past, on TV
or in a course, and a sentence in Portuguese (read by pt.py).

Spanish words that are also English or Portuguese ("son", "come", "he", "pega" = picks up
in Portuguese, "no" = "in the" in Portuguese) are never enough on their own."""
from __future__ import annotations

from bot.safety.languages.es.danger_to_life import DANGER_TO_LIFE
from bot.safety.languages.es.harm_by_others import HARM_BY_OTHERS
from bot.safety.languages.es.examples import CATCHES, LOOKALIKES
from bot.safety.languages.es.not_now import NOT_NOW

LANGUAGE = "es"

# --- Patterns, per kind ----------------------------------------------------------------
PATTERNS = {**DANGER_TO_LIFE, **HARM_BY_OTHERS}

__all__ = ["LANGUAGE", "PATTERNS", "NOT_NOW", "CATCHES", "LOOKALIKES"]
