"""Staff accounts: created from the command line, signed in with a password, locked for
a while after repeated failures."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.staff.models import ROLES, StaffAccount, StaffSession
from bot.staff.signin import passwords

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{2,59}$")


class AccountError(ValueError):
    """A request the account rules refuse; the message is shown to the person as it is."""


@dataclass(frozen=True)
class SignIn:
    outcome: str  # "ok", "wrong" (unknown name or wrong password), "locked", "just_locked"
    account_id: int | None = None
    username: str = ""
    role: str = ""


def normalise_username(username: str) -> str:
    return (username or "").strip().lower()


def find(session: Session, username: str) -> StaffAccount | None:
    return session.scalars(sa.select(StaffAccount).where(StaffAccount.username == normalise_username(username))).first()


def create(session: Session, username: str, password: str, role: str) -> StaffAccount:
    username = normalise_username(username)
    if not USERNAME.match(username):
        raise AccountError("A username is 3 to 60 characters: letters, digits and . _ @ - only.")
    if role not in ROLES:
        raise AccountError(f"The role must be one of: {', '.join(ROLES)}.")
    problem = passwords.problem(password)
    if problem:
        raise AccountError(problem)
    if find(session, username) is not None:
        raise AccountError(f"There is already an account called {username}.")
    account = StaffAccount(username=username, password_hash=passwords.hash_password(password), role=role,
                           active=True, failed_logins=0, created_at=dt.datetime.utcnow())
    session.add(account)
    session.flush()
    return account


def set_password(session: Session, username: str, password: str) -> None:
    account = _existing(session, username)
    problem = passwords.problem(password)
    if problem:
        raise AccountError(problem)
    account.password_hash = passwords.hash_password(password)
    account.failed_logins, account.locked_until = 0, None
    end_sessions(session, account.id)  # a new password signs every browser out


def unlock(session: Session, username: str) -> None:
    account = _existing(session, username)
    account.failed_logins, account.locked_until = 0, None


def set_active(session: Session, username: str, active: bool) -> None:
    account = _existing(session, username)
    account.active = active
    if not active:
        end_sessions(session, account.id)


def set_role(session: Session, username: str, role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"The role must be one of: {', '.join(ROLES)}.")
    _existing(session, username).role = role


def all_accounts(session: Session) -> list[StaffAccount]:
    return list(session.scalars(sa.select(StaffAccount).order_by(StaffAccount.username)))


def end_sessions(session: Session, account_id: int) -> None:
    session.execute(sa.delete(StaffSession).where(StaffSession.account_id == account_id))


def authenticate(session: Session, username: str, password: str, now: dt.datetime) -> SignIn:
    """Checks a password; counts failures and locks the account after too many."""
    account = find(session, username)
    if account is None or not account.active:
        passwords.verify(password, passwords.dummy_hash())
        return SignIn("wrong")
    if account.locked_until and account.locked_until > now:
        passwords.verify(password, passwords.dummy_hash())  # same time taken as any other answer
        return SignIn("locked", account.id, account.username, account.role)
    if passwords.verify(password, account.password_hash):
        account.failed_logins, account.locked_until, account.last_login_at = 0, None, now
        if passwords.needs_rehash(account.password_hash):
            account.password_hash = passwords.hash_password(password)
        return SignIn("ok", account.id, account.username, account.role)
    # Counted in the database, so failures from parallel requests all count.
    session.execute(sa.update(StaffAccount).where(StaffAccount.id == account.id)
                    .values(failed_logins=StaffAccount.failed_logins + 1)
                    .execution_options(synchronize_session=False))
    session.refresh(account)
    if account.failed_logins >= MAX_FAILED_LOGINS:
        account.failed_logins, account.locked_until = 0, now + dt.timedelta(minutes=LOCK_MINUTES)
        return SignIn("just_locked", account.id, account.username, account.role)
    return SignIn("wrong", account.id, account.username, account.role)


def _existing(session: Session, username: str) -> StaffAccount:
    account = find(session, username)
    if account is None:
        raise AccountError(f"There is no account called {normalise_username(username)}.")
    return account
