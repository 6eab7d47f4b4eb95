"""Callback requests: written to the database first, then (optionally) notified.

The carer is told their request is saved only after the write succeeded; the webhook
runs afterwards in a background thread so a slow or failing webhook never delays or
undoes the confirmation.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot import settings
from bot.handoff.models import CallbackRequest
from bot.handoff.notify import notify
from bot.storage import db

logger = logging.getLogger(__name__)


def create(conversation_id: str, channel: str, name: str, contact: str, contact_kind: str, best_time: str,
           consent_text: str, situations: list[str]) -> int:
    """Stores a request with the carer's consent and returns its number. Raises on failure."""
    with db.session_scope() as session:
        request = CallbackRequest(
            conversation_id=conversation_id, channel=channel, name=name, contact=contact,
            contact_kind=contact_kind, best_time=best_time, consent=True, consent_text=consent_text,
            situations=",".join(situations), created_at=dt.datetime.utcnow(), status="open",
        )
        session.add(request)
        session.flush()
        request_id, created_at = request.id, request.created_at
    webhook = settings.load().callback_webhook_url
    if webhook:
        threading.Thread(target=_notify_and_record, args=(webhook, request_id, created_at), daemon=True).start()
    return request_id


def _notify_and_record(webhook: str, request_id: int, created_at: dt.datetime) -> None:
    delivered, error = notify(webhook, request_id, created_at)
    try:
        with db.session_scope() as session:
            request = session.get(CallbackRequest, request_id)
            if request is not None:
                request.notified_at = dt.datetime.utcnow() if delivered else None
                request.notify_error = error
    except Exception:  # noqa: BLE001 - the request itself is stored; only the note is lost
        logger.exception("Could not record the webhook result for callback request %d", request_id)


def open_requests() -> list[CallbackRequest]:
    with db.session_scope() as session:
        return list(session.scalars(
            sa.select(CallbackRequest).where(CallbackRequest.status == "open").order_by(CallbackRequest.created_at)))


def erase_callback_requests(session: Session, conversation_id: str) -> int:
    statement = sa.delete(CallbackRequest).where(CallbackRequest.conversation_id == conversation_id)
    return session.execute(statement, execution_options={"synchronize_session": False}).rowcount or 0

