"""Is this tracker really the stored conversation, sent by the Rasa server?

The action server takes calls only with its secret (bot/action_server.py). As a second
guard, the two actions that change what is stored about someone else's conversation,
erasure and a callback request, also check that the tracker they were sent carries the
conversation's latest stored message, which only the Rasa server (or someone who can
already read the database) knows, down to its timestamp.
"""
from __future__ import annotations

from typing import Iterable

from sqlalchemy.orm import Session

from bot.storage import rasa_events


def carries_stored_history(session: Session, conversation_id: str, events: Iterable[dict],
                           must_have_history: bool = False) -> bool:
    """True when the tracker's events include the latest stored user message (the current
    message is not stored yet while its actions run). A conversation with nothing stored
    passes, unless the action needs earlier turns (a callback form takes several)."""
    stored = rasa_events.latest_user_message_time(session, conversation_id)
    if stored is None:
        return not must_have_history
    return any(
        event.get("event") == "user" and abs(float(event.get("timestamp") or 0) - stored) < 1e-6
        for event in events
    )
