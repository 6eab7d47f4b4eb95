"""The reply every channel sends when a turn fails or produces nothing (the action server
or the database is down, say): never silence, always Carers' Hub's number and 999, both
from the directory."""
from __future__ import annotations


def unavailable_reply() -> str:
    from bot.dialogue import replies
    from bot.directory import queries

    return replies.service_unavailable(queries.current())
