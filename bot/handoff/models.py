"""The callback request table: what a carer asked for, and what staff did about it."""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from bot.storage.db import Base

STATUSES = ("open", "contacted", "closed")


class CallbackRequest(Base):
    __tablename__ = "callback_request"

    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    channel = sa.Column(sa.String(40), nullable=False, default="")
    name = sa.Column(sa.String(200), nullable=False)
    contact = sa.Column(sa.String(200), nullable=False)  # a phone number or an email address
    contact_kind = sa.Column(sa.String(10), nullable=False)  # "phone" or "email"
    best_time = sa.Column(sa.String(200), nullable=False, default="")
    consent = sa.Column(sa.Boolean, nullable=False)  # the carer agreed to be contacted
    consent_text = sa.Column(sa.Text, nullable=False)  # the exact question they agreed to
    situations = sa.Column(sa.Text, nullable=False, default="")  # comma-separated situation keys
    created_at = sa.Column(sa.DateTime, nullable=False, default=dt.datetime.utcnow, index=True)
    status = sa.Column(sa.String(20), nullable=False, default="open", index=True)
    status_note = sa.Column(sa.Text, nullable=False, default="")
    updated_at = sa.Column(sa.DateTime)
    updated_by = sa.Column(sa.String(120))
    notified_at = sa.Column(sa.DateTime)  # when the optional webhook accepted the notification
    notify_error = sa.Column(sa.Text, nullable=False, default="")
