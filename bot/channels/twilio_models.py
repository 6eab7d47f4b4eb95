"""The MessageSids of Twilio deliveries already taken, so a repeated delivery is processed once.

Twilio can deliver the same message twice (a retry after a timeout, a connection
override). Only the MessageSid and when it came are kept: nothing about the carer.
Rows older than KEEP_DAYS go, as no retry comes that late.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from bot.storage import db
from bot.storage.db import Base

KEEP_DAYS = 7


class ProcessedTwilioMessage(Base):
    __tablename__ = "twilio_processed_message"

    message_sid = sa.Column(sa.String(64), primary_key=True)
    received_at = sa.Column(sa.DateTime, nullable=False, default=dt.datetime.utcnow, index=True)


def ensure_table(url: str | None = None) -> None:
    """Creates the table when `python -m bot prepare` has not (Rasa started on its own)."""
    ProcessedTwilioMessage.__table__.create(db.engine(url), checkfirst=True)


def first_delivery(message_sid: str, url: str | None = None) -> bool:
    """Records the MessageSid; False when it was already recorded (a repeated delivery)."""
    now = dt.datetime.utcnow()
    table = ProcessedTwilioMessage.__table__
    try:
        with db.engine(url).begin() as connection:
            connection.execute(table.insert().values(message_sid=message_sid, received_at=now))
            connection.execute(table.delete().where(table.c.received_at < now - dt.timedelta(days=KEEP_DAYS)))
    except IntegrityError:
        return False
    return True
