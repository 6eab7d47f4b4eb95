"""Finding a carer's conversations for erasure on request: by conversation id, by
phone number (SMS/WhatsApp conversation ids are keyed pseudonyms of the number;
callback requests; messages) or by email (callback requests; messages).

The number or email is used only to search; it is not stored or logged.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.handoff.models import CallbackRequest
from bot.privacy import pseudonyms
from bot.privacy.masking_patterns import EMAIL, INTERNATIONAL_PHONE, UK_PHONE, normalise_phone
from bot.storage import rasa_events

MAX_FOUND = 200


@dataclass
class Lookup:
    found: dict[str, list[str]]  # conversation id -> how it was found
    notes: list[str]


def find(session: Session, conversation_id: str = "", phone: str = "", email: str = "") -> Lookup:
    found: dict[str, list[str]] = defaultdict(list)
    notes: list[str] = []
    if conversation_id.strip():
        if _has_events(session, conversation_id.strip()) or _has_callback(session, conversation_id.strip()):
            found[conversation_id.strip()].append("conversation id")
    if phone.strip():
        _by_phone(session, phone.strip(), found, notes)
    if email.strip():
        _by_email(session, email.strip(), found)
    return Lookup(dict(list(found.items())[:MAX_FOUND]), notes)


def _by_phone(session: Session, phone: str, found: dict[str, list[str]], notes: list[str]) -> None:
    wanted = normalise_phone(phone)
    if len(wanted) < 9:
        notes.append("That does not look like a full phone number.")
        return
    try:
        for candidate in pseudonyms.conversation_ids_for_number(phone):
            if _has_events(session, candidate) or _has_callback(session, candidate):
                found[candidate].append("SMS or WhatsApp number")
    except ValueError:
        notes.append("That number could not be read as a phone number for SMS or WhatsApp.")
    for request in session.scalars(sa.select(CallbackRequest).where(CallbackRequest.contact_kind == "phone")):
        if normalise_phone(request.contact) == wanted:
            found[request.conversation_id].append("callback request")
    # Messages: candidates where the number is written in a common layout, then checked.
    for sender_id, raw in _messages_containing(session, *_layouts(wanted)):
        numbers = [normalise_phone(match.group()) for pattern in (UK_PHONE, INTERNATIONAL_PHONE)
                   for match in pattern.finditer(raw)]
        if wanted in numbers and "message text" not in found[sender_id]:
            found[sender_id].append("message text")


def _by_email(session: Session, email: str, found: dict[str, list[str]]) -> None:
    wanted = email.lower()
    for request in session.scalars(sa.select(CallbackRequest).where(CallbackRequest.contact_kind == "email")):
        if request.contact.strip().lower() == wanted:
            found[request.conversation_id].append("callback request")
    for sender_id, raw in _messages_containing(session, wanted):
        if any(match.group().lower() == wanted for match in EMAIL.finditer(raw)) and "message text" not in found[sender_id]:
            found[sender_id].append("message text")


def _layouts(national: str) -> list[str]:
    """Ways people write a UK number: 07700900123, 07700 900123, 07700 900 123,
    020 7501 8970, 0207 501 8970, +44 7700 900123 ..."""
    rest = national[1:]
    spaced = [national, f"{national[:5]} {national[5:]}", f"{national[:5]} {national[5:8]} {national[8:]}",
              f"{national[:3]} {national[3:7]} {national[7:]}", f"{national[:4]} {national[4:7]} {national[7:]}",
              f"{national[:5]}-{national[5:]}"]
    international = [f"+44{rest}", f"+44 {rest}", f"+44 {rest[:4]} {rest[4:]}", f"+44 {rest[:2]} {rest[2:6]} {rest[6:]}"]
    return spaced + international


def _messages_containing(session: Session, *fragments: str) -> list[tuple[str, str]]:
    """(conversation id, stored event) for carer messages that contain any fragment.
    A full scan, which is fine for the occasional erasure request."""
    fragments = tuple(fragment for fragment in {re.sub(r"[%_\\]", "", f) for f in fragments} if len(fragment) >= 5)
    if not fragments:
        return []
    return rasa_events.user_messages_containing(session, fragments)


def _has_events(session: Session, conversation_id: str) -> bool:
    return rasa_events.exists(session, conversation_id)


def _has_callback(session: Session, conversation_id: str) -> bool:
    return session.execute(sa.select(CallbackRequest.id).where(
        CallbackRequest.conversation_id == conversation_id).limit(1)).first() is not None
