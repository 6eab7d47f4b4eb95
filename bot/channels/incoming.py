"""Checks every channel applies to an incoming message before Rasa sees it."""
from __future__ import annotations

import re

MAX_SENDER_LENGTH = 255  # the tracker store's sender_id column
# C0 control characters other than tab and newline: PostgreSQL refuses NUL in text,
# and none of them is something a carer wrote.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

EMPTY_MESSAGE_REPLY = (
    "Your message was empty. Tell me a little about what is happening, for example: "
    "'I look after my dad and I need a break'."
)


def clean_text(text: str) -> str:
    return _CONTROL.sub("", text)


def is_blank(text: str | None) -> bool:
    return not text or not clean_text(text).strip()
