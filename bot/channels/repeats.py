"""A message sent again is answered, not handled twice.

A client that lost its connection while the bot was answering (a server died, a phone
went through a tunnel) does not know whether its message arrived, so it sends it again,
tagged with the same `client_message_id` in its `metadata` (on REST and on the widget's
socket.io). If that message is already stored, the stored answer is sent back instead,
and the conversation's history holds the message once. Twilio's own redeliveries carry
their MessageSid, which the Twilio channel stores as the message's id (bot/channels/twilio.py):
one already stored is not handled again, one a dead server never stored is.
"""
from __future__ import annotations

import re
from typing import Any

from bot.storage import db, rasa_events

KEY = "client_message_id"
VALID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


def client_message_id(metadata: Any) -> str | None:
    value = metadata.get(KEY) if isinstance(metadata, dict) else None
    return value if isinstance(value, str) and VALID.fullmatch(value) else None


def stored_answer(conversation_id: str, metadata: Any) -> list[str] | None:
    """What the bot answered to this message when it is already stored, else None."""
    client_id = client_message_id(metadata)
    if client_id is None:
        return None
    with db.session_scope() as session:
        return rasa_events.answer_to_client_message(session, conversation_id, KEY, client_id)
