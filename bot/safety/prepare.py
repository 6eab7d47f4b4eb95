"""One preparation for every family: set aside sentences about the past or about TV,
normalise the spelling, note a stated negation ("I'm not suicidal"), remove idioms, and
cut a long message into windows of two sentences."""
from __future__ import annotations

from dataclasses import dataclass

from bot.safety.idioms import without_idioms
from bot.safety.normalise import normalise
from bot.safety.not_now import set_aside_not_now
from bot.safety.vocabulary import split_sentences, NEGATED_SELF

WHOLE_UP_TO_SENTENCES = 5
WINDOW_SENTENCES = 3


@dataclass(frozen=True)
class Prepared:
    cleaned: str  # the whole message, as the families read it
    # Each sentence with the next. Normalising removes the full stops, so a pattern read
    # over a whole post could join "never came back to me" in one paragraph to "calls out
    # in the night" in another; one family's phrase is read within two sentences.
    windows: tuple[str, ...]
    negated: bool  # harm to oneself stated and denied


def prepare(text: str) -> Prepared:
    kept = set_aside_not_now(text or "")
    normalised = normalise(" ".join(kept))
    sentences = [without_idioms(normalise(sentence)) for sentence in kept]
    if len(sentences) > WHOLE_UP_TO_SENTENCES:
        windows = tuple(" ".join(sentences[i:i + WINDOW_SENTENCES]) for i in range(len(sentences) - WINDOW_SENTENCES + 1))
    else:
        windows = (without_idioms(normalised),)
    # The negation check reads the text with idioms intact.
    return Prepared(cleaned=without_idioms(normalised), windows=windows, negated=bool(NEGATED_SELF.search(normalised)))
