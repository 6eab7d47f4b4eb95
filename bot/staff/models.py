"""Tables of the staff review app: accounts, sessions, the audit log, and the
conversation index that makes the list, search and summary fast.

The index (staff_conversation and its text, staff_unrecognised) is derived from Rasa's
`events` table by bot/staff/review/indexing.py and holds masked text only; every row of it
belongs to one conversation and is deleted with it (bot/staff/admin/erasers.py).
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from bot.storage.db import Base

ROLES = ("reviewer", "admin")


class StaffAccount(Base):
    __tablename__ = "staff_account"

    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    username = sa.Column(sa.String(60), nullable=False, unique=True)
    password_hash = sa.Column(sa.String(300), nullable=False)
    role = sa.Column(sa.String(20), nullable=False)
    active = sa.Column(sa.Boolean, nullable=False, default=True)
    failed_logins = sa.Column(sa.Integer, nullable=False, default=0)
    locked_until = sa.Column(sa.DateTime)
    created_at = sa.Column(sa.DateTime, nullable=False, default=dt.datetime.utcnow)
    last_login_at = sa.Column(sa.DateTime)


class StaffSession(Base):
    """A signed-in browser. The cookie holds a random token; only its hash is stored."""

    __tablename__ = "staff_session"

    token_hash = sa.Column(sa.String(64), primary_key=True)
    account_id = sa.Column(sa.Integer, sa.ForeignKey("staff_account.id", ondelete="CASCADE"), nullable=False, index=True)
    csrf_token = sa.Column(sa.String(64), nullable=False)
    created_at = sa.Column(sa.DateTime, nullable=False, default=dt.datetime.utcnow)
    expires_at = sa.Column(sa.DateTime, nullable=False, index=True)


class AuditEntry(Base):
    """Who did what, when and why. Written by the app, never changed: triggers refuse
    UPDATE and DELETE, and no route edits it."""

    __tablename__ = "staff_audit"

    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    at = sa.Column(sa.DateTime, nullable=False, default=dt.datetime.utcnow, index=True)
    actor = sa.Column(sa.String(60), nullable=False)  # a username, or "retention" for the daily job
    action = sa.Column(sa.String(40), nullable=False, index=True)
    conversation_ids = sa.Column(sa.Text, nullable=False, default="")  # space-separated
    reason = sa.Column(sa.Text, nullable=False, default="")  # masked before it is stored
    detail = sa.Column(sa.Text, nullable=False, default="")  # JSON: filters, format, counts
    client_ip = sa.Column(sa.String(64), nullable=False, default="")


class ConversationSummary(Base):
    """One row per conversation, kept up to date from the events table."""

    __tablename__ = "staff_conversation"

    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)  # also the search index rowid
    conversation_id = sa.Column(sa.String(255), nullable=False, unique=True)
    channel = sa.Column(sa.String(40), nullable=False, default="")
    started_at = sa.Column(sa.DateTime, nullable=False)
    last_at = sa.Column(sa.DateTime, nullable=False)
    week = sa.Column(sa.Date, nullable=False)  # Monday (London time) of the week it started
    user_messages = sa.Column(sa.Integer, nullable=False, default=0)
    bot_messages = sa.Column(sa.Integer, nullable=False, default=0)
    fallbacks = sa.Column(sa.Integer, nullable=False, default=0)
    situations = sa.Column(sa.Text, nullable=False, default="")  # ",key,key," so LIKE '%,key,%' finds one
    signposted = sa.Column(sa.Text, nullable=False, default="")  # ",service_id,..."
    crisis = sa.Column(sa.Boolean, nullable=False, default=False)
    preview = sa.Column(sa.Text, nullable=False, default="")  # the first message, masked and shortened
    has_form_values = sa.Column(sa.Boolean, nullable=False, default=False)  # masked with form values: rebuilt whole
    in_form = sa.Column(sa.Boolean, nullable=False, default=False)  # a form is asking: answers are not "not understood"
    first_event_id = sa.Column(sa.Integer, nullable=False)
    last_event_id = sa.Column(sa.Integer, nullable=False)

    __table_args__ = (
        sa.Index("ix_staff_conversation_last_at", "last_at", "id"),
        # With the id, so that the ids of a page come from the index alone (PostgreSQL).
        sa.Index("ix_staff_conversation_channel_last_at", "channel", "last_at", "id"),
        sa.Index("ix_staff_conversation_crisis_last_at", "crisis", "last_at", "id"),
        sa.Index("ix_staff_conversation_week", "week"),
    )


class ConversationSituation(Base):
    """Which situations a conversation touched, one row each: the situation filter and
    the weekly counts use its index instead of reading every summary."""

    __tablename__ = "staff_conversation_situation"

    summary_id = sa.Column(sa.Integer, sa.ForeignKey("staff_conversation.id", ondelete="CASCADE"), primary_key=True)
    situation = sa.Column(sa.String(60), primary_key=True)

    __table_args__ = (sa.Index("ix_staff_conversation_situation_situation", "situation", "summary_id"),)


class ConversationText(Base):
    """What the carer wrote, masked, for text search (SQLite FTS5 / PostgreSQL tsvector)."""

    __tablename__ = "staff_conversation_text"

    id = sa.Column(sa.Integer, sa.ForeignKey("staff_conversation.id", ondelete="CASCADE"), primary_key=True)
    body = sa.Column(sa.Text, nullable=False, default="")


class UnrecognisedMessage(Base):
    """A message the bot did not understand, masked: the summary page lists them."""

    __tablename__ = "staff_unrecognised"

    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    conversation_id = sa.Column(sa.String(255), nullable=False, index=True)
    event_id = sa.Column(sa.Integer, nullable=False)
    at = sa.Column(sa.DateTime, nullable=False, index=True)
    text = sa.Column(sa.Text, nullable=False)

    __table_args__ = (sa.UniqueConstraint("conversation_id", "event_id"),)


class IndexState(Base):
    """How far through the events table the conversation index has read."""

    __tablename__ = "staff_index_state"

    id = sa.Column(sa.Integer, primary_key=True)
    last_event_id = sa.Column(sa.Integer, nullable=False, default=0)


# --- search index and audit protection, per database -----------------------------------
_TEXT = ConversationText.__table__
_FTS_STATEMENTS = (
    # External content: the words are indexed, the text itself stays in staff_conversation_text.
    "CREATE VIRTUAL TABLE staff_conversation_fts USING fts5("
    "body, content='staff_conversation_text', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER staff_conversation_text_ai AFTER INSERT ON staff_conversation_text BEGIN "
    "INSERT INTO staff_conversation_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER staff_conversation_text_ad AFTER DELETE ON staff_conversation_text BEGIN "
    "INSERT INTO staff_conversation_fts(staff_conversation_fts, rowid, body) VALUES ('delete', old.id, old.body); END",
    "CREATE TRIGGER staff_conversation_text_au AFTER UPDATE ON staff_conversation_text BEGIN "
    "INSERT INTO staff_conversation_fts(staff_conversation_fts, rowid, body) VALUES ('delete', old.id, old.body); "
    "INSERT INTO staff_conversation_fts(rowid, body) VALUES (new.id, new.body); END",
)
for _statement in _FTS_STATEMENTS:
    sa.event.listen(_TEXT, "after_create", sa.DDL(_statement).execute_if(dialect="sqlite"))
sa.event.listen(_TEXT, "after_create", sa.DDL(
    "CREATE INDEX ix_staff_conversation_text_search ON staff_conversation_text "
    "USING gin (to_tsvector('simple', body))").execute_if(dialect="postgresql"))

_AUDIT = AuditEntry.__table__
for _change in ("UPDATE", "DELETE"):
    sa.event.listen(_AUDIT, "after_create", sa.DDL(
        f"CREATE TRIGGER staff_audit_no_{_change.lower()} BEFORE {_change} ON staff_audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END").execute_if(dialect="sqlite"))
sa.event.listen(_AUDIT, "after_create", sa.DDL(
    "CREATE FUNCTION staff_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'the audit log cannot be changed'; END $$").execute_if(dialect="postgresql"))
sa.event.listen(_AUDIT, "after_create", sa.DDL(
    "CREATE TRIGGER staff_audit_no_change BEFORE UPDATE OR DELETE ON staff_audit "
    "FOR EACH ROW EXECUTE FUNCTION staff_audit_refuse_change()").execute_if(dialect="postgresql"))
