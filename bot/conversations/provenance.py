"""Is this tracker really the stored conversation, sent by the Rasa server?

The action server takes calls only with its secret (bot/action_server.py). As a second
guard, the two actions that change what is stored about someone else's conversation,
erasure and a callback request, also check that the tracker they were sent carries the
conversation's latest stored message, which only the Rasa server (or someone who can
already read the database) knows, down to its timestamp.
"""
from __future__ import annotations

from typing import Iterable, Optional

import sqlalchemy as sa
from sqlalchemy.orm import Session

LATEST_STORED_USER_MESSAGE = sa.text(
    "SELECT timestamp FROM events WHERE sender_id = :sender AND type_name = 'user' ORDER BY id DESC LIMIT 1")


def latest_stored_message_time(session: Session, conversation_id: str) -> Optional[float]:
    row = session.execute(LATEST_STORED_USER_MESSAGE, {"sender": conversation_id}).first()
    return float(row[0]) if row and row[0] is not None else None


def carries_stored_history(session: Session, conversation_id: str, events: Iterable[dict],
                           must_have_history: bool = False) -> bool:
    """True when the tracker's events include the latest stored user message (the current
    message is not stored yet while its actions run). A conversation with nothing stored
    passes, unless the action needs earlier turns (a callback form takes several)."""
    stored = latest_stored_message_time(session, conversation_id)
    if stored is None:
        return not must_have_history
    return any(
        event.get("event") == "user" and abs(float(event.get("timestamp") or 0) - stored) < 1e-6
        for event in events
    )
