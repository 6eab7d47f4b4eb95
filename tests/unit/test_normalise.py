"""normalise() expands text-speak in whole words only (issue 13: "cost" became "becauset")."""
from __future__ import annotations

import importlib

import pytest

from bot.safety.normalise import normalise

# The module, not the function of the same name that bot.safety exports.
module = importlib.import_module("bot.safety.normalise")


def top_level_alternatives(pattern: str) -> list[str]:
    """The pattern split at each "|" that is outside any group or character class."""
    parts, depth, in_class, start, index = [], 0, False, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    return parts + [pattern[start:]]


@pytest.mark.parametrize("pattern", list(module._TEXT_SPEAK))
def test_every_alternative_of_every_pattern_is_bounded_by_word_edges(pattern):
    for alternative in top_level_alternatives(pattern):
        assert alternative.startswith(r"\b"), (pattern, alternative)
        assert alternative.endswith(r"\b") or r"\b(?=" in alternative, (pattern, alternative)


@pytest.mark.parametrize("sentence", [
    "the cost of care is too high", "a cosy room", "cuscus for tea", "plsma donation", "themselves alone",
    "cosmetics", "ascot races", "costume", "posy", "illness", "hello", "myself", "cosine",
])
def test_words_that_contain_text_speak_are_left_alone(sentence):
    assert normalise(sentence) == sentence


@pytest.mark.parametrize("typed, meant", [
    ("coz im tired", "because i am tired"), ("cos he hits me", "because he hits me"),
    ("pls help", "please help"), ("plz", "please"), ("i hurt myslef", "i hurt myself"),
    ("they hurt them self", "they hurt themselves"),
])
def test_text_speak_is_still_expanded(typed, meant):
    assert normalise(typed) == meant
