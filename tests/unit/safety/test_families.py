"""Each crisis family (bot/safety/families/) catches the messages it lists and none of
its look-alikes, through the whole check (preparation, every family, the decision)."""
from __future__ import annotations

import re

import pytest

from bot.safety import assess, families
from bot.safety.idioms import IDIOMS

CATCHES = [(family.KIND, text) for family in families.FAMILIES for text in family.CATCHES]
LOOKALIKES = [(family.KIND, text) for family in families.FAMILIES for text in family.LOOKALIKES]


@pytest.mark.parametrize("kind, text", CATCHES, ids=[f"{kind}-{i}" for i, (kind, _) in enumerate(CATCHES)])
def test_each_family_catches_its_messages(kind, text):
    result = assess(text)
    assert kind in result.kinds, (text, result)


@pytest.mark.parametrize("kind, text", LOOKALIKES, ids=[f"{kind}-{i}" for i, (kind, _) in enumerate(LOOKALIKES)])
def test_no_family_is_fooled_by_a_look_alike(kind, text):
    assert not assess(text).is_crisis, (text, assess(text))


def test_every_family_has_examples_both_ways():
    for family in families.FAMILIES:
        assert len(family.CATCHES) >= 4 and family.PATTERNS, family.KIND


def test_no_pattern_looks_for_a_literal_backslash():
    # A pattern written with a doubled backslash (r"\\b") looks for "\b" in the text and
    # can never match a message; a batch of rules once slipped in that way unnoticed.
    patterns = [p for family in families.FAMILIES for p in family.PATTERNS] + list(IDIOMS)
    assert not [p for p in patterns if "\\\\" in p]
    for pattern in patterns:
        re.compile(pattern)
