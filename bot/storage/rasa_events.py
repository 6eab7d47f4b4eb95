"""Rasa's `events` table, described once: its columns as Rasa's SQLTrackerStore creates
them (rasa/core/tracker_store.py, Rasa 3.6), and every read and delete the project makes
on it: the tracker store's window, staff indexing and transcripts, erasure and retention.
A Rasa upgrade that changes the table is fixed here.

Rasa owns the table: it creates it when the Rasa server first starts. `ensure_table`
makes the same table for tools and tests that write conversations without a Rasa server.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.storage import db

_rasa_metadata = sa.MetaData()  # Rasa's, not the project's: create_tables() never makes it
EVENTS = sa.Table(
    "events", _rasa_metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("type_name", sa.String(255), nullable=False),
    sa.Column("timestamp", sa.Float),
    sa.Column("intent_name", sa.String(255)),
    sa.Column("action_name", sa.String(255)),
    sa.Column("data", sa.Text),
)
COLUMNS = (EVENTS.c.id, EVENTS.c.sender_id, EVENTS.c.type_name, EVENTS.c.timestamp,
           EVENTS.c.intent_name, EVENTS.c.action_name, EVENTS.c.data)


@dataclass
class Event:
    """One row of the events table; `data` parses the JSON only when asked (indexing
    reads hundreds of thousands of rows and needs the JSON of few)."""

    __slots__ = ("id", "sender_id", "type_name", "timestamp", "intent_name", "action_name", "raw", "_data")
    id: int
    sender_id: str
    type_name: str
    timestamp: float
    intent_name: str | None
    action_name: str | None
    raw: str

    @property
    def data(self) -> dict:
        try:
            return self._data
        except AttributeError:
            pass
        try:
            parsed = json.loads(self.raw or "{}")
        except ValueError:
            parsed = {}
        self._data = parsed if isinstance(parsed, dict) else {}
        return self._data

    @property
    def text(self) -> str:
        return str(self.data.get("text") or "")

    @property
    def is_button_payload(self) -> bool:
        """A button press arrives as its payload, e.g. "/affirm"."""
        return self.type_name == "user" and self.text.startswith("/")


def from_row(row) -> Event:
    return Event(row.id, row.sender_id, row.type_name, row.timestamp or 0.0, row.intent_name, row.action_name, row.data)


# --- the tracker store's window (plain SQL: these run on every message, and the ORM spent
# more time building the queries than the database spent answering them) ----------------------
SESSION_START = sa.text(
    "SELECT MAX(id) FROM events WHERE sender_id = :sender AND type_name = 'session_started'")
RECENT_USER_TURNS = sa.text(
    "SELECT id FROM events WHERE sender_id = :sender AND id >= :start AND type_name = 'user' "
    "ORDER BY id DESC LIMIT :turns")
WINDOW = sa.text(
    "SELECT id, type_name, data FROM events WHERE sender_id = :sender AND id >= :start "
    "AND (id >= :cut OR type_name IN :state_types) ORDER BY id"
).bindparams(sa.bindparam("state_types", expanding=True))


def window_rows(connection, sender_id: str, turns: int, state_types: tuple[str, ...]) -> tuple[list, int]:
    """The current session's rows from the `turns`-th latest user message on, plus the
    state events before it; and the id where the window starts."""
    start = connection.execute(SESSION_START, {"sender": sender_id}).scalar() or 0
    recent_users = connection.execute(RECENT_USER_TURNS, {"sender": sender_id, "start": start, "turns": turns}).fetchall()
    cut = recent_users[-1].id if len(recent_users) == turns else start
    rows = connection.execute(
        WINDOW, {"sender": sender_id, "start": start, "cut": cut, "state_types": state_types}).fetchall()
    return rows, cut


# --- reads --------------------------------------------------------------------------------------

def has_table(session: Session) -> bool:
    """The Rasa server makes the table when it first starts; the web app may start first."""
    return sa.inspect(session.get_bind()).has_table(EVENTS.name)


def conversation_events(session: Session, conversation_id: str) -> list[Event]:
    rows = session.execute(sa.select(*COLUMNS).where(EVENTS.c.sender_id == conversation_id).order_by(EVENTS.c.id))
    return [from_row(row) for row in rows]


def exists(session: Session, conversation_id: str) -> bool:
    return session.execute(
        sa.select(EVENTS.c.id).where(EVENTS.c.sender_id == conversation_id).limit(1)).first() is not None


def events_after(session: Session, event_id: int, limit: int) -> list:
    return session.execute(sa.select(*COLUMNS).where(EVENTS.c.id > event_id).order_by(EVENTS.c.id).limit(limit)).all()


def last_user_event_before(session: Session, conversation_id: str, event_id: int) -> Event | None:
    row = session.execute(sa.select(*COLUMNS).where(
        EVENTS.c.sender_id == conversation_id, EVENTS.c.id < event_id, EVENTS.c.type_name == "user")
        .order_by(EVENTS.c.id.desc()).limit(1)).first()
    return from_row(row) if row else None


def newest_id(session: Session) -> int:
    return session.execute(sa.select(sa.func.max(EVENTS.c.id))).scalar() or 0


def count_after(session: Session, event_id: int) -> int:
    return session.execute(sa.select(sa.func.count()).select_from(EVENTS).where(EVENTS.c.id > event_id)).scalar() or 0


def latest_timestamp(session: Session, conversation_id: str) -> float:
    latest = session.execute(
        sa.select(sa.func.max(EVENTS.c.timestamp)).where(EVENTS.c.sender_id == conversation_id)).scalar()
    return latest if latest is not None else float("-inf")


def latest_user_message_time(session: Session, conversation_id: str) -> float | None:
    """When the conversation's latest stored carer message was written (None: none yet)."""
    latest = session.execute(sa.select(EVENTS.c.timestamp).where(
        EVENTS.c.sender_id == conversation_id, EVENTS.c.type_name == "user").order_by(EVENTS.c.id.desc()).limit(1)).first()
    return float(latest[0]) if latest and latest[0] is not None else None


def idle_conversation_ids(session: Session, cutoff: float) -> list[str]:
    """Conversations whose latest event is older than the cutoff (a Unix time)."""
    return list(session.execute(
        sa.select(EVENTS.c.sender_id).group_by(EVENTS.c.sender_id)
        .having(sa.func.max(EVENTS.c.timestamp) < cutoff).order_by(EVENTS.c.sender_id)).scalars())


def has_conversation(conversation_id_column) -> sa.sql.elements.ClauseElement:
    """An EXISTS clause: the conversation named by a column of another table has events."""
    return sa.exists().where(EVENTS.c.sender_id == conversation_id_column)


def user_messages_containing(session: Session, fragments: tuple[str, ...], limit: int = 5000) -> list[tuple[str, str]]:
    """(conversation id, stored event) of carer messages holding any fragment: a full
    scan, which is fine for the occasional erasure request."""
    postgres = session.get_bind().dialect.name == "postgresql"
    likes = [EVENTS.c.data.ilike(f"%{fragment}%") if postgres else EVENTS.c.data.like(f"%{fragment}%")
             for fragment in fragments]
    return [(row.sender_id, row.data) for row in session.execute(
        sa.select(EVENTS.c.sender_id, EVENTS.c.data).where(EVENTS.c.type_name == "user", sa.or_(*likes)).limit(limit))]


# --- writes -------------------------------------------------------------------------------------

def delete_conversation(session: Session, conversation_id: str) -> int:
    statement = sa.delete(EVENTS).where(EVENTS.c.sender_id == conversation_id)
    return session.execute(statement, execution_options={"synchronize_session": False}).rowcount or 0


def ensure_table(url: str | None = None) -> None:
    _rasa_metadata.create_all(db.engine(url))


def insert(url: str | None, rows: list[dict]) -> None:
    if rows:
        with db.engine(url).begin() as connection:
            connection.execute(EVENTS.insert(), rows)


def answer_to_client_message(session: Session, conversation_id: str, key: str, client_id: str) -> list[str] | None:
    """The bot's texts that answered the carer's message the client tagged `key`: `client_id`
    in its metadata, or None when no such message is stored (a resend after a server died)."""
    tag = f'%"{key}": "{client_id}"%'
    row = session.execute(sa.select(EVENTS.c.id).where(
        EVENTS.c.sender_id == conversation_id, EVENTS.c.type_name == "user", EVENTS.c.data.like(tag))
        .order_by(EVENTS.c.id).limit(1)).first()
    if row is None:
        return None
    later = session.execute(sa.select(EVENTS.c.type_name, EVENTS.c.data).where(
        EVENTS.c.sender_id == conversation_id, EVENTS.c.id > row.id).order_by(EVENTS.c.id)).all()
    texts = []
    for type_name, data in later:
        if type_name == "user":
            break
        if type_name == "bot":
            texts.append(str(json.loads(data or "{}").get("text") or ""))
    return [text for text in texts if text]
