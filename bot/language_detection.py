"""Which language a text is written in (issue 15), offline, and how sure that is.

lingua-language-detector's models ship inside its wheel (pinned by hash in
requirements-weights.txt); detection is restricted to the languages the bot speaks and a
few others spoken in Lambeth (bot/languages.py), and loads its models on first use. Kept
apart from Rasa so that the bench can weigh it alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Tuple

from bot import languages

MIN_WORDS = 4
MIN_CONFIDENCE = 0.7


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [*languages.SUPPORTED, *languages.DETECTED_OTHERS]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*(getattr(IsoCode639_1, c.upper()) for c in codes)).build()


def detect(text: str) -> Tuple[Optional[str], float]:
    """lingua's most likely language (ISO 639-1) and its confidence, for a text of at
    least MIN_WORDS words; (None, 0) for shorter text."""
    if len(re.findall(r"[^\W\d_]+", text or "")) < MIN_WORDS:
        return None, 0.0
    values = _detector().compute_language_confidence_values(text)
    if not values:
        return None, 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), best.value


def most_likely(text: str) -> Optional[str]:
    """lingua's best guess at any length, for deciding what one word means, never for
    switching the conversation's language."""
    values = _detector().compute_language_confidence_values(text or "")
    return values[0].language.iso_code_639_1.name.lower() if values else None


def language_of(text: str, crisis_language: Optional[str] = None) -> Tuple[Optional[str], str]:
    """(language code or None, why): the evidence this message gives of its language."""
    named = languages.named_language(text)
    if named:
        return named, "named"
    if crisis_language:
        return crisis_language, "crisis rules"
    greeting = languages.greeting_language(text)
    if greeting:
        return greeting, "greeting"
    code, confidence = detect(text)
    if code and confidence >= MIN_CONFIDENCE:
        return code, "detected"
    return None, ""


