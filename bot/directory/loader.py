"""Seeds the directory tables from data/directory/*.yml.

Loading validates the files first; it replaces the tables' contents in one
transaction only when the files changed (their fingerprint), so running it at every
start is cheap and a bad edit never leaves the tables half-written.

Once staff have changed the tables (in the staff app, or by an ORUK import), the
database is the directory: changed files are NOT loaded over those edits. Start-up
says so; `python -m bot directory export` writes the edits to the files for review in
git, and `python -m bot directory load --discard-edits` is the one way to throw them away.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
from pathlib import Path

from bot import settings
from bot.directory import models
from bot.directory.schema import read_directory, Directory
from bot.storage import db
from bot.storage.tables import create_tables

logger = logging.getLogger(__name__)
FILES = ("organisations.yml", "situations.yml", "crisis.yml")
LOADED, UNCHANGED, KEPT_EDITS = "loaded", "unchanged", "kept edits"
KEPT_EDITS_WARNING = ("data/directory/ has changed, but staff have edited the directory in the app since it was "
                      "last loaded, so the files were NOT loaded over those edits. Run `python -m bot directory "
                      "export` to write the edits to the files and merge them in git, then load again; or "
                      "`python -m bot directory load --discard-edits` to throw the edits away.")


def fingerprint(directory: Path) -> str:
    digest = hashlib.sha256()
    for name in FILES:
        digest.update(name.encode())
        digest.update((directory / name).read_bytes())
    return digest.hexdigest()


def sync(directory: Path | None = None, url: str | None = None, discard_edits: bool = False) -> str:
    """Load the files into the database if they changed and nobody has edited the
    tables since (or `discard_edits`). Returns LOADED, UNCHANGED or KEPT_EDITS."""
    directory = directory or settings.load().directory_dir
    data = read_directory(directory)  # raises DirectoryError before touching the database
    files_fingerprint = fingerprint(directory)
    create_tables(url)
    with db.session_scope(url) as session:
        current = session.get(models.DirectoryVersionRow, 1)
        if current is not None and current.fingerprint == files_fingerprint and not discard_edits:
            return UNCHANGED
        if current is not None and current.edited_at is not None and not discard_edits:
            logger.warning(KEPT_EDITS_WARNING)
            return KEPT_EDITS
        _replace_contents(session, data)
        if current is None:
            current = models.DirectoryVersionRow(id=1)
            session.add(current)
        mark_loaded(current, files_fingerprint, data.research_date)
    logger.info("Directory loaded: %d services", len(data.services))
    return LOADED


def mark_loaded(version: models.DirectoryVersionRow, files_fingerprint: str, research_date: dt.date) -> None:
    """The tables now equal these files: later file changes may be loaded again."""
    version.fingerprint = files_fingerprint
    version.research_date = research_date
    version.loaded_at = dt.datetime.utcnow()
    version.revision = (version.revision or 0) + 1
    version.edited_at = None


def _replace_contents(session, data: Directory) -> None:
    for table in (models.CrisisLineRow, models.CrisisCardRow, models.SituationServiceRow,
                  models.ContactRow, models.ServiceRow, models.OrganisationRow):
        session.query(table).delete()
    session.flush()
    organisations = {}
    for service in data.services.values():
        organisations.setdefault(service.organisation_id, models.OrganisationRow(
            id=service.organisation_id, name=service.organisation_name, kind=service.organisation_kind,
            web=service.organisation_web or None))
    session.add_all(organisations.values())
    session.flush()
    for service in data.services.values():
        session.add(models.ServiceRow(
            id=service.id, organisation_id=service.organisation_id, name=service.name,
            summary=service.summary, area=service.area, eligibility=service.eligibility,
            status=service.status, min_age=service.min_age, max_age=service.max_age,
            cared_for_min_age=service.cared_for_min_age, cared_for_max_age=service.cared_for_max_age,
            notes=service.notes, oruk_id=service.oruk_id or None))
    session.flush()
    for service in data.services.values():
        for position, contact in enumerate(service.contacts):
            session.add(models.ContactRow(
                service_id=service.id, position=position, channel=contact.channel, value=contact.value,
                label=contact.label, note=contact.note, verified=contact.verified, source=contact.source,
                page_date=contact.page_date, checked=contact.checked))
    for situation, service_ids in data.situations.items():
        for priority, service_id in enumerate(service_ids):
            session.add(models.SituationServiceRow(situation=situation, service_id=service_id, priority=priority))
    for card in data.crisis.values():
        session.add(models.CrisisCardRow(kind=card.kind, title=card.title, advice=card.advice))
    session.flush()
    for card in data.crisis.values():
        for position, line in enumerate(card.lines):
            session.add(models.CrisisLineRow(
                kind=card.kind, position=position, say=line.say, service_id=line.service_id,
                channel=line.channel, value=line.value))
