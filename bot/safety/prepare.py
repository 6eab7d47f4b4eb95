"""One preparation for every family: set aside sentences about the past or about TV,
normalise the spelling, note a stated negation ("I'm not suicidal"), remove idioms."""
from __future__ import annotations

from dataclasses import dataclass

from bot.safety.idioms import without_idioms
from bot.safety.normalise import normalise
from bot.safety.not_now import set_aside_not_now
from bot.safety.vocabulary import NEGATED_SELF


@dataclass(frozen=True)
class Prepared:
    cleaned: str  # what the families read
    negated: bool  # harm to oneself stated and denied


def prepare(text: str) -> Prepared:
    normalised = normalise(set_aside_not_now(text or ""))
    # The negation check reads the text with idioms intact.
    return Prepared(cleaned=without_idioms(normalised), negated=bool(NEGATED_SELF.search(normalised)))
