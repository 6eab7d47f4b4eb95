"""Erasing one conversation removes its events and its callback request, nothing else."""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore

from bot import wiring
from bot.handoff.models import CallbackRequest
from bot.privacy.erasure import erase_conversation
from bot.storage import db
from bot.storage.tables import create_tables


def test_erasure_removes_only_that_conversation(tmp_path):
    url = f"sqlite:///{tmp_path / 'erase.db'}"
    create_tables(url)
    SQLTrackerStore.Base.metadata.create_all(db.engine(url))
    with db.session_scope(url) as session:
        for sender in ("keep", "erase"):
            session.execute(sa.text("INSERT INTO events (sender_id, type_name, timestamp, data) "
                                    "VALUES (:s, 'user', 1.0, '{}')"), {"s": sender})
            session.add(CallbackRequest(conversation_id=sender, name="Jo", contact="07700 900123",
                                        contact_kind="phone", consent=True, consent_text="ok",
                                        created_at=dt.datetime.utcnow()))
    with db.session_scope(url) as session:
        removed = erase_conversation(session, "erase", wiring.ERASERS)
    assert removed["events"] == 1 and removed["erase_callback_requests"] == 1
    with db.engine(url).connect() as connection:
        assert connection.execute(sa.text("SELECT sender_id FROM events")).scalars().all() == ["keep"]
        assert connection.execute(sa.text("SELECT conversation_id FROM callback_request")).scalars().all() == ["keep"]
