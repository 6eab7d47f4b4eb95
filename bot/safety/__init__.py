"""Crisis detection: deterministic rules that run on every message.

The rules follow ../shared/directory-facts/crisis.md. They do not depend on the
trained model, so a low-confidence classifier cannot talk the bot out of a crisis
reply. When unsure, the rules lean towards a crisis; ordinary exhaustion and stress
are not a crisis but earn a gentle safety question (`safety_check`).
"""
from __future__ import annotations

import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import lru_cache

from bot.safety import composites, rules
from bot.safety.normalise import normalise
from bot.channels.incoming import is_over_limit, parts
from bot.safety.not_now import set_aside_not_now

# Crisis kinds, in the order their cards are shown when several apply.
KINDS = (
    "medical_emergency",
    "suicidal",
    "self_harm",
    "child_at_risk",
    "adult_at_risk",
    "domestic_abuse",
    "care_breakdown",
)


@dataclass(frozen=True)
class Assessment:
    kinds: tuple[str, ...] = ()
    matched: tuple[str, ...] = ()  # the phrases that triggered, for staff review
    safety_check: bool = False  # distress without a crisis: ask if they are safe

    @property
    def is_crisis(self) -> bool:
        return bool(self.kinds)


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
    return _combined([_assess_part(part) for part in parts(text)])


@lru_cache(maxsize=1)
def _background() -> ProcessPoolExecutor:
    # "fork": the worker starts as a copy of this process with the rules already compiled
    # ("spawn" would re-import the Rasa server, TensorFlow and all). It runs only the pure
    # rule functions of this package.
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))


def _combined(assessments: list[Assessment]) -> Assessment:
    kinds = [kind for kind in KINDS if any(kind in found.kinds for found in assessments)]
    matched = tuple(phrase for found in assessments for phrase in found.matched)
    if kinds:
        return Assessment(kinds=tuple(kinds), matched=matched)
    return Assessment(safety_check=any(found.safety_check for found in assessments), matched=matched)


def _assess_part(text: str) -> Assessment:
    normalised = normalise(set_aside_not_now(text or ""))
    if not normalised:
        return Assessment()
    # The negation check runs on the text with idioms intact, then idioms are removed.
    negated = bool(rules.NEGATED_SELF.search(normalised))
    cleaned = normalised
    for idiom in rules.COMPILED_IDIOMS:
        cleaned = idiom.sub(" ", cleaned)

    kinds: list[str] = []
    matched: list[str] = []
    for kind in KINDS:
        for pattern in rules.COMPILED[kind]:
            hit = pattern.search(cleaned)
            if hit:
                kinds.append(kind)
                matched.append(hit.group(0).strip())
                break

    if "suicidal" not in kinds and composites.despair_with_means(cleaned):
        kinds.insert(min(len(kinds), KINDS.index("suicidal")), "suicidal")
        matched.append("despair with a means or a plan")
    if "care_breakdown" not in kinds and (composites.left_without_care(cleaned) or composites.carer_out_of_action(cleaned)):
        kinds.append("care_breakdown")
        matched.append("someone who cannot be left alone, about to be")
    if "child_at_risk" not in kinds and (composites.child_in_danger(cleaned) or composites.neglected_child(cleaned)):
        kinds.insert(min(len(kinds), KINDS.index("child_at_risk")), "child_at_risk")
        matched.append("a child describing an unsafe home")

    if negated and set(kinds) <= {"suicidal", "self_harm"}:
        # "I'm not suicidal, just exhausted": no crisis card, but ask gently.
        return Assessment(safety_check=True, matched=tuple(matched))
    if kinds:
        return Assessment(kinds=tuple(kinds), matched=tuple(matched))
    return Assessment(safety_check=bool(rules.DISTRESS.search(cleaned)))


# Words that make a classifier's guess of "crisis" believable when no rule matched.
_RISK_WORDS = re.compile(
    r"\b(die|dying|dead|kill|killing|suicid\w*|hurt|hurting|harm|harming|cut|cutting|blood|bleed\w*"
    r"|overdose\w*|pills|tablets|knife|hit|hits|hitting|abuse\w*|abusing|scared|frightened|afraid|terrified|unsafe"
    r"|danger\w*|police|ambulance|999|missing|collapsed|unconscious|breath\w*|burden|hopeless|worthless|trapped"
    r"|end it|give up on life|threat\w*|attack\w*|violent|violence|rape\w*|assault\w*)\b"
)


def has_risk_words(text: str) -> bool:
    """Risk vocabulary left after idioms and explicitly denied harm are removed."""
    cleaned = rules.NEGATED_SELF.sub(" ", normalise(text or ""))  # "I'm not suicidal" is no risk word
    for idiom in rules.COMPILED_IDIOMS:
        cleaned = idiom.sub(" ", cleaned)
    return bool(_RISK_WORDS.search(cleaned))


def is_crisis(text: str) -> bool:
    return assess(text).is_crisis
