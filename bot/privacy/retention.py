"""Deleting conversations older than the retention period (RETENTION_DAYS, 90 by default).

A conversation is old when its latest event is: an SMS conversation that carries on
over weeks is kept until it has been quiet for the whole period. Each one is erased
exactly as an erasure request would erase it (bot/privacy/erasure.py: its events, its
callback requests, the staff app's index rows). Callback requests whose conversation
is already gone are deleted once they are older than the period too.

Run by `python -m bot retention [--dry-run]` and daily inside the web app.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Sequence

import sqlalchemy as sa

from bot import settings
from bot.handoff.models import CallbackRequest
from bot.privacy.erasure import erase_conversation, Eraser
from bot.storage import db, rasa_events

ERASE_BATCH = 200  # conversations per transaction: short locks for the bot that keeps writing


@dataclass
class RetentionResult:
    days: int
    cutoff: dt.datetime  # UTC: conversations quiet since before this go
    conversation_ids: list[str]  # deleted (or, in a dry run, that would be)
    orphan_callback_requests: int
    dry_run: bool
    removed: dict[str, int] = field(default_factory=dict)  # rows deleted per table/eraser


def cutoff_for(days: int, now: float | None = None) -> float:
    return (now if now is not None else time.time()) - days * 86400


def _orphan_callback_requests(cutoff: float):
    has_events = rasa_events.has_conversation(CallbackRequest.conversation_id)
    return CallbackRequest, [CallbackRequest.created_at < dt.datetime.utcfromtimestamp(cutoff), ~has_events]


def run(erasers: Sequence[Eraser], url: str | None = None, days: int | None = None, dry_run: bool = False,
        now: float | None = None) -> RetentionResult:
    days = settings.load().retention_days if days is None else days
    if days < 1:
        raise ValueError("the retention period must be at least one day")
    cutoff = cutoff_for(days, now)
    with db.session_scope(url) as session:
        if not rasa_events.has_table(session):  # nothing to delete before the Rasa server first starts
            return RetentionResult(days, dt.datetime.utcfromtimestamp(cutoff), [], 0, dry_run)
        expired = rasa_events.idle_conversation_ids(session, cutoff)
        model, conditions = _orphan_callback_requests(cutoff)
        orphans = session.execute(sa.select(sa.func.count()).select_from(model).where(*conditions)).scalar() or 0
    result = RetentionResult(days, dt.datetime.utcfromtimestamp(cutoff), expired, orphans, dry_run)
    if dry_run:
        return result
    result.conversation_ids = []
    for start in range(0, len(expired), ERASE_BATCH):
        with db.session_scope(url) as session:
            for conversation_id in expired[start:start + ERASE_BATCH]:
                # Checked again inside the transaction: the carer may have written since.
                if rasa_events.latest_timestamp(session, conversation_id) >= cutoff:
                    continue
                result.conversation_ids.append(conversation_id)
                for table, count in erase_conversation(session, conversation_id, erasers).items():
                    result.removed[table] = result.removed.get(table, 0) + count
    with db.session_scope(url) as session:
        model, conditions = _orphan_callback_requests(cutoff)
        deleted = session.execute(sa.delete(model).where(*conditions).execution_options(synchronize_session=False))
        result.removed["orphan callback requests"] = deleted.rowcount or 0
    return result

