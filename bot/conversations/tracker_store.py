"""The tracker store named in endpoints.yml: Rasa's SQLTrackerStore on DATABASE_URL.

SQLite under var/ by default, PostgreSQL when DATABASE_URL says so; the same setting
moves the project's own tables (bot/storage/db.py). Two changes to Rasa's store:

- A bounded working window. Rasa rebuilds the whole session from its events on every
  message and its policies replay all of them, so each turn costs more than the last
  (bench: the sample bot's turn 100 is far slower than its turn 1). The policies only
  look back a few turns (config.yml max_history), so `retrieve` loads the last
  TRACKER_WINDOW_TURNS user turns plus the latest value of every slot, the active form
  and the pause state from before them. Everything stays stored; the full history is
  still served by `retrieve_full_tracker` (HTTP API, exports, staff review).
- Erasure: the erase action deletes the conversation and says so; saving that turn then
  deletes anything left (this turn's events) instead of writing it back.
"""
from __future__ import annotations

import itertools
import json
from typing import Any, Optional

from rasa.core.brokers.broker import EventBroker
from rasa.core import tracker_store as rasa_tracker_store
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot import settings, wiring
from bot.conversations.erasure_marker import ERASED_SLOT
from bot.privacy.erasure import erase_conversation
from bot.storage import db, rasa_events
# Events before the window that still shape the state: the latest of each is replayed.
STATE_EVENT_TYPES = ("session_started", "slot", "active_loop", "pause", "resume", "followup", "reset_slots", "restart")
STORED_COUNT = "_events_already_stored"  # attribute set on trackers this store built



def _engine_arguments_hiding_values(url: Any) -> dict[str, Any]:
    # Rasa logs a failed save with SQLAlchemy's message, which quotes the values being
    # written, a carer's words among them, unless the engine hides them.
    return {**_rasa_engine_arguments(url), "hide_parameters": True}


_rasa_engine_arguments = rasa_tracker_store.create_engine_kwargs
rasa_tracker_store.create_engine_kwargs = _engine_arguments_hiding_values


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
        with self.engine.connect() as connection:
            rows = self._windowed_rows(connection, sender_id)
        if not rows or not self.domain:
            return None
        tracker = DialogueStateTracker.from_dict(sender_id, [json.loads(row.data) for row in rows], self.domain.slots)
        setattr(tracker, STORED_COUNT, len(rows))
        return tracker

    def _windowed_rows(self, connection, sender_id: str) -> list:
        rows, cut = rasa_events.window_rows(connection, sender_id, self.window_turns, STATE_EVENT_TYPES)
        before = [row for row in rows if row.id < cut]
        return _latest_state(before) + [row for row in rows if row.id >= cut]

    async def save(self, tracker: DialogueStateTracker) -> None:
        if _asked_to_erase(tracker):
            with self.session_scope() as session:
                erase_conversation(session, tracker.sender_id, wiring.ERASERS)
                session.commit()
            return
        stored = getattr(tracker, STORED_COUNT, None)
        if stored is None:  # a tracker this store did not build: Rasa's own way
            await super().save(tracker)
        else:
            await self.stream_events(tracker)
            rows = [_row(tracker.sender_id, event) for event in itertools.islice(tracker.events, stored, None)]
            if rows:
                with self.engine.begin() as connection:
                    connection.execute(self.SQLEvent.__table__.insert(), rows)
        setattr(tracker, STORED_COUNT, len(tracker.events))


def _row(sender_id: str, event: Event) -> dict:
    """One events-table row, exactly as SQLTrackerStore.save writes it."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }


def _latest_state(rows: list) -> list:
    """Of the state events before the window, the latest per slot and per kind."""
    latest: dict[tuple, Any] = {}
    for row in rows:
        key = (row.type_name, json.loads(row.data).get("name")) if row.type_name == "slot" else (row.type_name,)
        latest[key] = row
    return sorted(latest.values(), key=lambda row: row.id)


def _asked_to_erase(tracker: DialogueStateTracker) -> bool:
    """True when the erase action succeeded after the carer's latest message."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, SlotSet) and event.key == ERASED_SLOT and event.value:
            return True
    return False
