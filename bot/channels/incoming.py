"""Checks every channel applies to an incoming message before Rasa sees it."""
from __future__ import annotations

import re

MAX_SENDER_LENGTH = 255  # the tracker store's sender_id column

# The one message-length limit, the same on every channel. Real carers' posts run to
# 300-400 words (about 2,500 characters); past this many characters the bot reads the
# first part closely and says so, keeps the whole text, and still checks all of it for
# danger (bot/nlu/components.py, bot/safety/).
MAX_MESSAGE_CHARS = 5000
# HTTP bodies larger than this are refused by the servers before anything reads them
# (413). A 1 MB message still fits, so nothing a person could type is lost.
MAX_BODY_BYTES = 2 * 1024 * 1024
# C0 control characters other than tab and newline: PostgreSQL refuses NUL in text,
# and none of them is something a carer wrote.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")



# Conversation ids that belong to one channel alone: the Twilio channel's pseudonyms
# (bot/privacy/pseudonyms.py). No other channel may write into them.
TWILIO_ID_PREFIXES = ("sms-", "whatsapp-")
# The widget's conversation ids: 128 random bits as 32 hex digits (widget/store.js).
WIDGET_ID = re.compile(r"[0-9a-f]{32}")


def sender_problem(sender: object, channel: str) -> str | None:
    """Why a conversation id cannot be used on `channel`, or None when it can."""
    if not isinstance(sender, str) or not sender.strip():
        return "'sender' must be a non-empty string"
    if len(sender) > MAX_SENDER_LENGTH:
        return f"'sender' must be at most {MAX_SENDER_LENGTH} characters"
    if _CONTROL.search(sender) or "\n" in sender or "\t" in sender:
        return "'sender' must not contain control characters"
    if channel != "twilio" and sender.strip().lower().startswith(TWILIO_ID_PREFIXES):
        return "ids beginning 'sms-' or 'whatsapp-' belong to the SMS and WhatsApp channel"
    if channel == "socketio" and not WIDGET_ID.fullmatch(sender):
        return "a widget conversation id is 32 lowercase hex digits"
    return None


def clean_text(text: str) -> str:
    return _CONTROL.sub("", text)


def is_blank(text: str | None) -> bool:
    return not text or not clean_text(text).strip()


def is_over_limit(text: str | None) -> bool:
    return len(text or "") > MAX_MESSAGE_CHARS


def first_part(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """The start of a long message, cut after the last full sentence (or word) that fits."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    for boundary in (". ", "! ", "? ", "\n", " "):
        cut = head.rfind(boundary)
        if cut > limit // 2:
            return head[: cut + 1].rstrip()
    return head


def parts(text: str, size: int = MAX_MESSAGE_CHARS) -> list[str]:
    """A long text as consecutive parts of at most `size` characters, cut at sentence or
    word ends, so that work on each part stays proportional to its length."""
    pieces: list[str] = []
    rest = text
    while rest:
        piece = first_part(rest, size)
        pieces.append(piece)
        rest = rest[len(piece):].lstrip() if len(piece) < len(rest) else ""
    return pieces
