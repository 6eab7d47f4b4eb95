"""Reading Rasa's events table (owned by the tracker store) for staff review."""
from __future__ import annotations

import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.handoff.models import CallbackRequest
from bot.privacy.masking import PERSONAL_SLOTS, known_values_from_slots

EVENTS = sa.table(
    "events",
    sa.column("id", sa.Integer), sa.column("sender_id", sa.String), sa.column("type_name", sa.String),
    sa.column("timestamp", sa.Float), sa.column("intent_name", sa.String), sa.column("action_name", sa.String),
    sa.column("data", sa.Text),
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


def conversation_events(session: Session, conversation_id: str) -> list[Event]:
    rows = session.execute(sa.select(*COLUMNS).where(EVENTS.c.sender_id == conversation_id).order_by(EVENTS.c.id))
    return [from_row(row) for row in rows]


def exists(session: Session, conversation_id: str) -> bool:
    return session.execute(
        sa.select(EVENTS.c.id).where(EVENTS.c.sender_id == conversation_id).limit(1)).first() is not None


def personal_slot_values(events: list[Event]) -> list[tuple[str, object]]:
    return [(event.data.get("name"), event.data.get("value")) for event in events
            if event.type_name == "slot" and event.data.get("name") in PERSONAL_SLOTS]


def known_values(session: Session, conversation_id: str, events: list[Event]) -> list[tuple[str, str]]:
    """What the carer typed into forms, from the slots and any callback request: masked
    wherever it appears in the conversation."""
    values = known_values_from_slots(personal_slot_values(events))
    for request in session.scalars(sa.select(CallbackRequest).where(CallbackRequest.conversation_id == conversation_id)):
        values.append(("name", request.name))
        values.append(("contact", request.contact))
        if request.best_time:
            values.append(("form_answer", request.best_time))
    return values
