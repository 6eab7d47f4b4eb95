"""Distress that is not a crisis by itself ("I can't cope", "I'm so low"): the bot answers
the need and still asks if they are safe (the safety line)."""
from __future__ import annotations

import re

DISTRESS = re.compile(
    r"\b(cannot|can not|can t|struggling to|not able to) (cope|take (it|this|much more)|do (this|it) any ?more|carry on|keep going)\b"
    r"|\b(breaking point|at the end of my tether|end of my tether|falling apart|breaking down|broken down|hopeless|so alone|desperate|despair|overwhelmed|burnt? out|burned out|exhausted|at my limit|nothing left|empty inside)\b"
    r"|\b(crying|cry) (all the time|every day|every night|myself to sleep)\b"
    r"|\b(so|really|very|too) (low|down|depressed)\b"
    r"|\bdepress(ed|ion)\b"
)


def is_distressed(cleaned: str) -> bool:
    return bool(DISTRESS.search(cleaned))
