"""Erasing one conversation: its tracker events and everything the project stored about it.

Rasa Open Source has no way to delete a conversation, so this works on the tables
directly. What each feature stores per conversation is erased by its own eraser; the
list of them is in bot/wiring.py, and the caller passes it in.
"""
from __future__ import annotations

from typing import Callable, Sequence

from sqlalchemy.orm import Session

from bot.storage import rasa_events

# Deletes one kind of project data for a conversation id and returns how many rows went.
Eraser = Callable[[Session, str], int]


def erase_conversation(session: Session, conversation_id: str, erasers: Sequence[Eraser]) -> dict[str, int]:
    """Deletes every trace of one conversation in one transaction (the caller commits)."""
    removed = {"events": rasa_events.delete_conversation(session, conversation_id)}
    for eraser in erasers:
        removed[eraser.__name__] = eraser(session, conversation_id)
    return removed
