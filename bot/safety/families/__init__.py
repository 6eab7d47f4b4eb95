"""The crisis families, one module per kind in ../shared/directory-facts/crisis.md, in the
order their cards are shown when several apply. Each module holds its patterns, its
composite signs, the messages it must catch and the look-alikes it must not."""
from __future__ import annotations

import re
from types import ModuleType

from bot.safety.prepare import Prepared

from bot.safety.families import (adult_at_risk, care_breakdown, child_at_risk, domestic_abuse, medical_emergency,
                                 self_harm, suicidal)

FAMILIES: tuple[ModuleType, ...] = (medical_emergency, suicidal, self_harm, child_at_risk, adult_at_risk, domestic_abuse,
                                    care_breakdown)
KINDS: tuple[str, ...] = tuple(family.KIND for family in FAMILIES)
COMPILED: dict[str, list[re.Pattern]] = {family.KIND: [re.compile(p) for p in family.PATTERNS] for family in FAMILIES}


def signs(prepared: Prepared) -> dict[str, list[str]]:
    """For each family that sees danger in the prepared text, what it saw (for staff).
    A pattern reads two sentences at a time; a composite sign, the whole message."""
    found: dict[str, list[str]] = {}
    for family in FAMILIES:
        hit = next((hit for window in prepared.windows for hit in (pattern.search(window)
                                                                   for pattern in COMPILED[family.KIND]) if hit), None)
        seen = [hit.group(0).strip()] if hit else family.composite_signs(prepared.cleaned)
        if seen:
            found[family.KIND] = seen
    return found


def unsure_signs(cleaned: str) -> list[str]:
    """Signs that earn the safety line and question, not a card."""
    return [sign for family in FAMILIES for sign in getattr(family, "unsure_signs", lambda _: [])(cleaned)]
