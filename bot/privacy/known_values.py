"""The values a carer typed into forms (a callback name, number, best time): where they
appear in a conversation, so that masking hides them in every message, in any layout."""
from __future__ import annotations

import re
from typing import Iterable

from bot.privacy.masking_patterns import LABELS, PERSONAL_SLOTS, Found, normalise_phone


def known_value_kind(slot_kind: str, value: str) -> str:
    if slot_kind == "contact":
        return "email" if "@" in value else "phone"
    return slot_kind


def known_value_spans(text: str, kind: str, value: str) -> list[Found]:
    value = (value or "").strip()
    if len(value) < 2:
        return []
    kind = known_value_kind(kind, value)
    patterns = [r"\s+".join(re.escape(part) for part in value.split())]
    if kind == "phone":
        digits = normalise_phone(value)
        if len(digits) >= 6:
            flexible = r"[\s\-.()]*".join(digits[1:] if digits.startswith("0") else digits)
            patterns.append(r"(?:(?:\+|00)\s*44\s*(?:\(0\)\s*)?|\(?0)?" + flexible if digits.startswith("0") else flexible)
    if kind == "name":
        patterns.extend(re.escape(part) for part in re.split(r"[\s,]+", value) if len(part) >= 3)
    found = []
    for pattern in patterns:
        for match in re.finditer(r"(?<!\w)(?:" + pattern + r")(?!\w)", text, re.IGNORECASE):
            found.append(Found(match.start(), match.end(), kind if kind in LABELS else "form_answer"))
    return found


def known_values_from_slots(slot_events: Iterable[tuple[str, object]]) -> list[tuple[str, str]]:
    """(kind, value) pairs from (slot name, value) pairs, for the personal slots only."""
    values = []
    for name, value in slot_events:
        kind = PERSONAL_SLOTS.get(name)
        if kind and isinstance(value, str) and value.strip():
            values.append((kind, value))
    return values
