"""What staff review needs from a conversation's events beyond bot/storage/rasa_events.py:
the values the carer typed into forms, to be masked wherever they appear."""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.handoff.models import CallbackRequest
from bot.privacy.known_values import known_values_from_slots
from bot.privacy.masking_patterns import PERSONAL_SLOTS
from bot.storage.rasa_events import Event


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
