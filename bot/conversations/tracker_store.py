"""The tracker store named in endpoints.yml: Rasa's SQLTrackerStore on DATABASE_URL.

SQLite under var/ by default, PostgreSQL when DATABASE_URL says so; the same
setting moves the project's own tables (bot/db.py).
"""
from __future__ import annotations

from typing import Any, Optional

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain

from bot import db, settings


class ConversationStore(SQLTrackerStore):
    def __init__(
        self,
        domain: Optional[Domain] = None,
        host: Optional[str] = None,
        event_broker: Optional[EventBroker] = None,
        **kwargs: Any,
    ) -> None:
        url = settings.load().database_url
        db.ensure_sqlite_directory(url)
        # A URL in `host` is used as it is by SQLTrackerStore.get_db_url.
        super().__init__(domain=domain, host=url, event_broker=event_broker, **kwargs)
        db.tune_sqlite(self.engine)
