"""The audit log: every sign-in, view, reveal, export, erasure and change, with who,
what, when and why. Only ever added to (the table refuses changes, see models.py)."""
from __future__ import annotations

import datetime as dt
import json
from typing import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.staff.models import AuditEntry

PAGE_SIZE = 50
ACTION_LABELS = {
    "sign_in": "Signed in",
    "sign_in_failed": "Sign-in failed",
    "account_locked": "Account locked after failed sign-ins",
    "sign_out": "Signed out",
    "list": "Listed or searched conversations",
    "view": "Viewed a transcript (masked)",
    "reveal": "Revealed personal data in a transcript",
    "export": "Exported conversations (masked)",
    "erase_lookup": "Looked for conversations to erase",
    "erase": "Erased conversations",
    "callbacks_view": "Viewed the callback queue",
    "callback_update": "Updated a callback request",
    "summary_view": "Viewed the summary",
    "audit_view": "Read the audit log",
    "retention": "Deleted conversations past the retention period",
    "account_change": "Changed a staff account",
    "directory_view": "Read the directory",
    "directory_edit": "Changed a service in the directory",
    "directory_import": "Imported an Open Referral UK feed into the directory",
}


def record(session: Session, actor: str, action: str, conversation_ids: Iterable[str] = (), reason: str = "",
           detail: dict | None = None, client_ip: str = "") -> None:
    """Adds one entry. Free text (reasons, search words) is masked first: the log must
    not become a second copy of what carers said."""
    from bot.privacy.masking import mask

    session.add(AuditEntry(
        at=dt.datetime.utcnow(), actor=actor[:60], action=action, conversation_ids=" ".join(conversation_ids),
        reason=mask(reason) if reason else "", detail=json.dumps(detail or {}, sort_keys=True, default=str),
        client_ip=client_ip[:64]))


def entries(session: Session, page: int, action: str = "", actor: str = "") -> tuple[list[AuditEntry], int]:
    conditions = []
    if action:
        conditions.append(AuditEntry.action == action)
    if actor:
        conditions.append(AuditEntry.actor == actor)
    total = session.execute(sa.select(sa.func.count()).select_from(AuditEntry).where(*conditions)).scalar() or 0
    rows = session.scalars(sa.select(AuditEntry).where(*conditions).order_by(AuditEntry.id.desc())
                           .offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE))
    return list(rows), total


def label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def last(session: Session, action: str) -> AuditEntry | None:
    return session.scalars(sa.select(AuditEntry).where(AuditEntry.action == action)
                           .order_by(AuditEntry.id.desc()).limit(1)).first()
