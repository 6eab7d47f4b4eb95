"""Reads the directory from the database for the running bot.

The whole directory is small (tens of services), so it is read once into memory and
re-read only when its version row changes; a message costs one tiny query at most
every few seconds. If the database cannot be reached the bot still answers, from the
validated files, because a carer must never be left without a contact.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict

from sqlalchemy.exc import SQLAlchemyError

from bot.directory import models
from bot.directory.schema import read_directory, Contact, CrisisCard, CrisisLine, Directory, Service
from bot.storage import db

logger = logging.getLogger(__name__)
RECHECK_SECONDS = 5.0

_lock = threading.Lock()
_cached: Directory | None = None
_cached_version: tuple | None = None  # (files fingerprint, revision) the cache was read at
_checked_at = 0.0


def current() -> Directory:
    """The directory as the database holds it now (cached)."""
    global _cached, _cached_version, _checked_at
    with _lock:
        now = time.monotonic()
        if _cached is not None and now - _checked_at < RECHECK_SECONDS:
            return _cached
        try:
            with db.session_scope() as session:
                version = session.get(models.DirectoryVersionRow, 1)
                if version is None:
                    raise LookupError("the directory tables are empty: run `python -m bot directory load`")
                if (version.fingerprint, version.revision) != _cached_version or _cached is None:
                    _cached = read(session, version.research_date)
                    _cached_version = (version.fingerprint, version.revision)
        except (SQLAlchemyError, LookupError) as error:
            if _cached is None:
                logger.error("Directory database unavailable (%s); answering from the data files", error)
                _cached = read_directory()
        _checked_at = now
        return _cached


def forget_cache() -> None:
    global _cached, _cached_version, _checked_at
    with _lock:
        _cached, _cached_version, _checked_at = None, None, 0.0


def read(session, research_date) -> Directory:
    """The whole directory as the tables hold it (uncached: the staff app and exports)."""
    organisations = {row.id: row for row in session.query(models.OrganisationRow)}
    contacts: dict[str, list[Contact]] = defaultdict(list)
    for row in session.query(models.ContactRow).order_by(models.ContactRow.service_id, models.ContactRow.position):
        contacts[row.service_id].append(Contact(
            channel=row.channel, value=row.value, source=row.source, checked=row.checked,
            verified=row.verified, label=row.label, note=row.note, page_date=row.page_date))
    services = {}
    for row in session.query(models.ServiceRow):
        organisation = organisations[row.organisation_id]
        services[row.id] = Service(
            id=row.id, organisation_id=organisation.id, organisation_name=organisation.name,
            organisation_kind=organisation.kind, name=row.name, summary=row.summary, area=row.area,
            eligibility=row.eligibility, status=row.status, contacts=tuple(contacts[row.id]),
            min_age=row.min_age, max_age=row.max_age, cared_for_min_age=row.cared_for_min_age,
            cared_for_max_age=row.cared_for_max_age, notes=row.notes, organisation_web=organisation.web or "",
            oruk_id=row.oruk_id or "")
    situations: dict[str, list[str]] = defaultdict(list)
    for row in session.query(models.SituationServiceRow).order_by(
            models.SituationServiceRow.situation, models.SituationServiceRow.priority):
        situations[row.situation].append(row.service_id)
    lines: dict[str, list[CrisisLine]] = defaultdict(list)
    for row in session.query(models.CrisisLineRow).order_by(models.CrisisLineRow.kind, models.CrisisLineRow.position):
        lines[row.kind].append(CrisisLine(row.say, row.service_id, row.channel, row.value))
    crisis = {row.kind: CrisisCard(row.kind, row.title, tuple(lines[row.kind]), row.advice)
              for row in session.query(models.CrisisCardRow)}
    return Directory(services=services, situations={k: tuple(v) for k, v in situations.items()},
                     crisis=crisis, research_date=research_date)
