"""Erasing one conversation: its tracker events and everything the project stored about it.

Rasa Open Source has no way to delete a conversation, so this works on the tables
directly. Other features register what they store per conversation in ERASERS.
"""
from __future__ import annotations

import importlib
from typing import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

EVENTS = sa.table("events", sa.column("sender_id"))

# Each eraser deletes one kind of project data for a conversation id and returns how many rows went.
ERASERS: list[Callable[[Session, str], int]] = []
# Modules that append their eraser to ERASERS when imported. They are imported before
# every erasure, because the process that erases (the Rasa server, the staff app)
# may not have imported them for anything else.
ERASER_MODULES = ("bot.handoff.requests", "bot.staff.erasers")


def _load_erasers() -> None:
    for name in ERASER_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise


def erase_events(session: Session, conversation_id: str) -> int:
    statement = sa.delete(EVENTS).where(EVENTS.c.sender_id == conversation_id)
    return session.execute(statement, execution_options={"synchronize_session": False}).rowcount or 0


def erase_conversation(session: Session, conversation_id: str) -> dict[str, int]:
    """Deletes every trace of one conversation in one transaction (the caller commits)."""
    _load_erasers()
    removed = {"events": erase_events(session, conversation_id)}
    for eraser in ERASERS:
        removed[eraser.__name__] = eraser(session, conversation_id)
    return removed
