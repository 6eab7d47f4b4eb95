"""Signed-in browsers. The cookie carries a random token; the database keeps only its
SHA-256, the account, the CSRF token for that browser's forms, and when it expires."""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.staff.models import StaffAccount, StaffSession

COOKIE = "staff_session"


@dataclass(frozen=True)
class Visitor:
    """The signed-in member of staff making a request."""

    account_id: int
    username: str
    role: str
    csrf_token: str
    token_hash: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start(session: Session, account_id: int, hours: int, now: dt.datetime) -> str:
    """A new session (a fresh token at every sign-in); returns the cookie value."""
    token = secrets.token_urlsafe(32)
    session.add(StaffSession(token_hash=token_hash(token), account_id=account_id, csrf_token=secrets.token_urlsafe(32),
                             created_at=now, expires_at=now + dt.timedelta(hours=hours)))
    return token


def load(session: Session, token: str | None, now: dt.datetime) -> Visitor | None:
    if not token or len(token) > 100:
        return None
    row = session.execute(
        sa.select(StaffSession, StaffAccount).join(StaffAccount, StaffAccount.id == StaffSession.account_id)
        .where(StaffSession.token_hash == token_hash(token))).first()
    if row is None:
        return None
    stored, account = row
    if stored.expires_at <= now or not account.active:
        session.delete(stored)
        return None
    return Visitor(account.id, account.username, account.role, stored.csrf_token, stored.token_hash)


def end(session: Session, token_hash_value: str) -> None:
    session.execute(sa.delete(StaffSession).where(StaffSession.token_hash == token_hash_value))


def purge_expired(session: Session, now: dt.datetime) -> int:
    return session.execute(sa.delete(StaffSession).where(StaffSession.expires_at <= now)).rowcount or 0
