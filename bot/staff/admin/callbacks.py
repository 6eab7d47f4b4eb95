"""The callback queue: requests carers made, and staff marking them contacted or closed.

Open and contacted requests show the name and contact details the carer gave: staff
need them to call back, and the carer agreed to it. Closed ones show them masked.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.handoff.models import CallbackRequest, STATUSES

MAX_SHOWN = 200
NOTE_LENGTH = 2000
STATUS_LABELS = {"open": "Open", "contacted": "Contacted", "closed": "Closed"}


def queue(session: Session, status: str) -> list[CallbackRequest]:
    # Open ones oldest first (who has waited longest); the others newest first.
    order = CallbackRequest.created_at.asc() if status == "open" else CallbackRequest.updated_at.desc()
    return list(session.scalars(sa.select(CallbackRequest).where(CallbackRequest.status == status)
                                .order_by(order, CallbackRequest.id).limit(MAX_SHOWN)))


def counts(session: Session) -> dict[str, int]:
    found = dict(session.execute(sa.select(CallbackRequest.status, sa.func.count()).group_by(CallbackRequest.status)).all())
    return {status: found.get(status, 0) for status in STATUSES}


def update(session: Session, request_id: int, status: str, note: str, by: str) -> CallbackRequest | None:
    if status not in STATUSES:
        raise ValueError("unknown status")
    request = session.get(CallbackRequest, request_id)
    if request is None:
        return None
    request.status = status
    request.status_note = note.strip()[:NOTE_LENGTH]
    request.updated_at = dt.datetime.utcnow()
    request.updated_by = by
    return request
