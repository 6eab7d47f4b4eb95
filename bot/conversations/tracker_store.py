"""The tracker store named in endpoints.yml: Rasa's SQLTrackerStore on DATABASE_URL.

SQLite under var/ by default, PostgreSQL when DATABASE_URL says so; the same setting
moves the project's own tables (bot/db.py). Two changes to Rasa's store:

- A bounded working window. Rasa rebuilds the whole session from its events on every
  message and its policies replay all of them, so each turn costs more than the last
  (bench: the sample bot's turn 100 is far slower than its turn 1). The policies only
  look back a few turns (config.yml max_history), so `retrieve` loads the last
  TRACKER_WINDOW_TURNS user turns plus the latest value of every slot, the active form
  and the pause state from before them. Everything stays stored; the full history is
  still served by `retrieve_full_tracker` (HTTP API, exports, staff review).
- Erasure: when the carer confirmed "delete my conversation", saving that turn deletes
  the whole conversation instead of writing it back.
"""
from __future__ import annotations

import itertools
import json
from typing import Any, Iterator, Optional

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import db, settings
from bot.privacy.erasure import erase_conversation

ERASE_ACTION = "action_delete_conversation"
# Events before the window that still shape the state: the latest of each is replayed.
STATE_EVENT_TYPES = ("slot", "active_loop", "pause", "resume", "followup", "reset_slots", "restart")
STORED_COUNT = "_events_already_stored"  # attribute set on trackers this store built


class ConversationStore(SQLTrackerStore):
    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[str] = None,
        event_broker: Optional[EventBroker] = None,
        **kwargs: Any,
    ) -> None:
        config = settings.load()
        db.ensure_sqlite_directory(config.database_url)
        # A URL in `host` is used as it is by SQLTrackerStore.get_db_url.
        super().__init__(domain=domain, host=config.database_url, event_broker=event_broker, **kwargs)
        db.tune_sqlite(self.engine)
        self.window_turns = config.tracker_window_turns

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        if self.window_turns <= 0:
            return await super().retrieve(sender_id)
        with self.session_scope() as session:
            rows = self._windowed_rows(session, sender_id)
        if not rows or not self.domain:
            return None
        tracker = DialogueStateTracker.from_dict(sender_id, [json.loads(row.data) for row in rows], self.domain.slots)
        setattr(tracker, STORED_COUNT, len(rows))
        return tracker

    def _windowed_rows(self, session, sender_id: str) -> list:
        event = self.SQLEvent
        session_start = (
            session.query(sa.func.max(event.id))
            .filter(event.sender_id == sender_id, event.type_name == SessionStarted.type_name)
            .scalar()
        )
        in_session = [event.sender_id == sender_id]
        if session_start is not None:  # like Rasa: only the latest session
            in_session.append(event.id >= session_start)
        user_ids = (
            session.query(event.id)
            .filter(*in_session, event.type_name == UserUttered.type_name)
            .order_by(event.id.desc())
            .limit(self.window_turns)
            .all()
        )
        if len(user_ids) < self.window_turns:
            return session.query(event).filter(*in_session).order_by(event.id).all()
        cut = user_ids[-1][0]
        head = (
            session.query(event)
            .filter(*in_session, event.id < cut, event.type_name.in_(STATE_EVENT_TYPES + (SessionStarted.type_name,)))
            .order_by(event.id)
            .all()
        )
        window = session.query(event).filter(*in_session, event.id >= cut).order_by(event.id).all()
        return _latest_state(head) + window

    async def save(self, tracker: DialogueStateTracker) -> None:
        if _asked_to_erase(tracker):
            with self.session_scope() as session:
                erase_conversation(session, tracker.sender_id)
                session.commit()
            return
        await super().save(tracker)
        setattr(tracker, STORED_COUNT, len(tracker.events))

    def _additional_events(self, session, tracker: DialogueStateTracker) -> Iterator:
        stored = getattr(tracker, STORED_COUNT, None)
        if stored is None:  # a tracker this store did not build: Rasa's own count
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, stored, len(tracker.events))


def _latest_state(rows: list) -> list:
    """Of the state events before the window, the latest per slot and per kind."""
    latest: dict[tuple, Any] = {}
    for row in rows:
        key = (row.type_name, json.loads(row.data).get("name")) if row.type_name == "slot" else (row.type_name,)
        latest[key] = row
    return sorted(latest.values(), key=lambda row: row.id)


def _asked_to_erase(tracker: DialogueStateTracker) -> bool:
    """True when the erase action ran after the carer's latest message."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, ActionExecuted) and event.action_name == ERASE_ACTION:
            return True
    return False
