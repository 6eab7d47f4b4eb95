"""Crisis detection: deterministic rules that run on every message.

The rules follow ../shared/directory-facts/crisis.md. They do not depend on the
trained model, so a low-confidence classifier cannot talk the bot out of a crisis
reply. When unsure, the rules lean towards a crisis; ordinary exhaustion and stress
are not a crisis but earn a gentle safety question (`safety_check`).

The parts: vocabulary.py (the shared who/when/negation words), prepare.py (one
preparation of the text), families/ (one module per kind of crisis, with the messages it
must catch and the look-alikes it must not), distress.py, and decision.py (a pure
function from what they saw to an Assessment).
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache

from bot.channels.incoming import is_over_limit, parts
from bot.safety import families, languages
from bot.safety.decision import combined, decide, Assessment
from bot.safety.distress import is_distressed
from bot.safety.idioms import without_idioms
from bot.safety.normalise import normalise
from bot.safety.prepare import prepare as prepare_text
from bot.safety.vocabulary import NEGATED_SELF, RISK_WORDS

KINDS = families.KINDS  # crisis kinds, in the order their cards are shown

__all__ = ["Assessment", "KINDS", "assess", "has_risk_words", "is_crisis", "check_long_messages_in_a_worker_process"]


def assess(text: str) -> Assessment:
    """Which crisis kinds a message shows, if any. A message over the channels' length
    limit is checked part by part, so the time taken grows only with its length, and in
    a separate process, so that its seconds of rule matching (which hold Python's global
    lock) do not slow the server's other conversations."""
    if is_over_limit(text):
        if not _worker_process_wanted:
            return assess_in_parts(text)
        try:
            return _background().submit(assess_in_parts, text).result()
        except (BrokenProcessPool, OSError, RuntimeError):
            return assess_in_parts(text)  # no worker process here: the same check, in this one
    return _assess_part(text)


_worker_process_wanted = False


def check_long_messages_in_a_worker_process() -> None:
    """Called by the Rasa server only (bot/rasa_server.py). Elsewhere (tests, evaluation) a
    forked copy of the process could hold its pipes open, so the check runs in place."""
    global _worker_process_wanted
    _worker_process_wanted = True


def assess_in_parts(text: str) -> Assessment:
    return combined([_assess_part(part) for part in parts(text)])


@lru_cache(maxsize=1)
def _background() -> ProcessPoolExecutor:
    # "fork": the worker starts as a copy of this process with the rules already compiled
    # ("spawn" would re-import the Rasa server, TensorFlow and all). It runs only the pure
    # rule functions of this package.
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))


def _assess_part(text: str) -> Assessment:
    prepared = prepare_text(text)
    if not prepared.cleaned.strip():
        return Assessment()
    unsure = is_distressed(prepared.cleaned) or bool(families.unsure_signs(prepared.cleaned))
    seen = families.signs(prepared)
    # Every language's rules read every message (bot/safety/languages); the card is in the
    # language whose rules saw the danger, unless the English rules saw danger too.
    other, language = languages.signs(text)
    card_language = None if seen else language
    for kind, phrases in other.items():
        seen.setdefault(kind, []).extend(phrases)
    return decide(seen, prepared.negated, unsure, card_language)


def has_risk_words(text: str) -> bool:
    """Risk vocabulary left after idioms and explicitly denied harm are removed."""
    cleaned = without_idioms(NEGATED_SELF.sub(" ", normalise(text or "")))  # "I'm not suicidal" is no risk word
    return bool(RISK_WORDS.search(cleaned))


def is_crisis(text: str) -> bool:
    return assess(text).is_crisis
