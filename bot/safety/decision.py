"""The decision, a pure function of what the families and the distress words saw."""
from __future__ import annotations

from dataclasses import dataclass

from bot.safety.families import KINDS

SELF_DIRECTED = frozenset({"suicidal", "self_harm"})


@dataclass(frozen=True)
class Assessment:
    kinds: tuple[str, ...] = ()  # in the order their cards are shown
    matched: tuple[str, ...] = ()  # the phrases that triggered, for staff review
    safety_check: bool = False  # distress without a crisis: ask if they are safe
    language: str | None = None  # the language whose rules saw the danger, when not English (bot/safety/languages)

    @property
    def is_crisis(self) -> bool:
        return bool(self.kinds)


def decide(signs: dict[str, list[str]], negated: bool, distressed: bool, language: str | None = None) -> Assessment:
    kinds = tuple(kind for kind in KINDS if signs.get(kind))
    matched = tuple(phrase for kind in kinds for phrase in signs[kind])
    if kinds and negated and set(kinds) <= SELF_DIRECTED:
        # "I'm not suicidal, just exhausted": no crisis card, but ask gently.
        return Assessment(safety_check=True, matched=matched)
    if kinds:
        return Assessment(kinds=kinds, matched=matched, language=language)
    return Assessment(safety_check=distressed)


def combined(assessments: list[Assessment]) -> Assessment:
    """One assessment for a message checked in parts."""
    kinds = tuple(kind for kind in KINDS if any(kind in found.kinds for found in assessments))
    matched = tuple(phrase for found in assessments for phrase in found.matched)
    language = next((found.language for found in assessments if found.language), None)
    if kinds:
        return Assessment(kinds=kinds, matched=matched, language=language)
    return Assessment(safety_check=any(found.safety_check for found in assessments), matched=matched)
