"""Crisis rules in the other languages carers write in (issue 15), one package per language
(pt/, es/, pl/, so/), each with the same kinds as the English families.

A language's package holds:
- LANGUAGE: its code ("pt");
- PATTERNS: for each crisis kind (bot/safety/families), regular expressions over folded text
  (fold() below: lower case, no accents, letters and digits only), so "não aguento" and
  "nao aguento" read alike;
- NOT_NOW: expressions that, in a sentence, mean the danger is denied or past ("não estou a
  pensar em me matar"); such a sentence is not read;
- CATCHES (kind -> messages it must catch) and LOOKALIKES (messages no kind may catch),
  tested in tests/unit/safety/test_languages.py.

The rules of every language read every message: no language detection is needed to see
danger, and a crisis in Polish gets its card whatever the conversation's language."""
from __future__ import annotations

import re
import unicodedata

from bot.safety.languages import es, pl, pt, so

# Letters Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "ß": "ss", "đ": "d"})
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_SENTENCE_END = re.compile(r"(?<=[.!?¡¿;\n])\s+|\s*\n\s*")


def fold(text: str) -> str:
    """Lower case, accents removed, anything but letters and digits a single space."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_UNDECOMPOSED).lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " " + _NOT_WORD.sub(" ", bare).strip() + " "


LANGUAGES = (pt, es, pl, so)
COMPILED = {module.LANGUAGE: ({kind: [re.compile(p) for p in patterns] for kind, patterns in module.PATTERNS.items()},
                              [re.compile(p) for p in getattr(module, "NOT_NOW", ())])
            for module in LANGUAGES}


def sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text or "") if part.strip()]


def signs(text: str) -> tuple[dict[str, list[str]], str | None]:
    """For each crisis kind some language's rules see in the text, what they saw; and the
    language whose rules saw the most (for the card's language)."""
    found: dict[str, list[str]] = {}
    seen_by: dict[str, int] = {}
    parts = [fold(sentence) for sentence in sentences(text)]
    for language, (patterns, not_now) in COMPILED.items():
        kept = [part for part in parts if not any(rule.search(part) for rule in not_now)]
        # A pattern reads a sentence with the next, like the English families' windows.
        windows = [" ".join(kept[i:i + 2]) for i in range(max(len(kept) - 1, 1))] if kept else []
        for kind, rules in patterns.items():
            hit = next((hit for window in windows for rule in rules for hit in [rule.search(window)] if hit), None)
            if hit:
                found.setdefault(kind, []).append(hit.group(0).strip())
                seen_by[language] = seen_by.get(language, 0) + 1
    language = max(seen_by, key=seen_by.get) if seen_by else None
    return found, language
