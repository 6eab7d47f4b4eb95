"""Changing one service in the directory tables: the staff app's edit form and ORUK
imports both come here, so every change is checked the same way, saved whole or not at
all, written to the service's history, and seen by the running bot within seconds
(bot/directory/queries.py re-reads when the revision goes up).

A contact whose channel or value changed is verified only when it carries a source and a
checked date newer than the old one (or today): a new number nobody checked is saved as
unverified, and the bot never shows an unverified contact.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

import sqlalchemy as sa

from bot import opening_hours, situations as situation_taxonomy
from bot.directory import models, queries
from bot.directory.schema import AREAS, Contact, Directory, Service, STATUSES


class EditError(ValueError):
    """A proposed change refused whole, naming the field a person has to fix."""

    def __init__(self, field: str, problem: str) -> None:
        self.field, self.problem = field, problem
        super().__init__(f"{field}: {problem}")


@dataclass(frozen=True)
class Proposal:
    """A service as someone wants it to be, and the situations it should be listed under."""

    service: Service
    situations: tuple[str, ...]


@dataclass(frozen=True)
class Change:
    field: str
    old: object
    new: object


SERVICE_FIELDS = ("name", "summary", "eligibility", "area", "status", "min_age", "max_age", "cared_for_min_age",
                  "cared_for_max_age", "notes", "oruk_id")


def situations_of(directory: Directory, service_id: str) -> tuple[str, ...]:
    return tuple(key for key, ids in directory.situations.items() if service_id in ids)


def edit_token(directory: Directory, service_id: str) -> str:
    """A short fingerprint of a service as a form showed it: a save from an older form is
    refused rather than silently undoing someone else's change."""
    service = directory.services[service_id]
    state = json.dumps([dataclasses.asdict(service), situations_of(directory, service_id)], sort_keys=True, default=str)
    return hashlib.sha256(state.encode()).hexdigest()[:16]


def contact_as_dict(contact: Contact | None) -> dict | None:
    if contact is None:
        return None
    return {"channel": contact.channel, "value": contact.value, "label": contact.label, "note": contact.note,
            "verified": contact.verified, "source": contact.source, "page_date": contact.page_date,
            "checked": contact.checked.isoformat()}


def pair_contacts(old: tuple[Contact, ...], new: tuple[Contact, ...]) -> list[tuple[Contact | None, Contact | None]]:
    """Which old contact each new one is: the same channel and value first, then the rest
    in order (an edited number), so removing one contact does not read as changing all
    the ones after it. Unpaired old contacts were removed; unpaired new ones added."""
    pairs: dict[int, int] = {}
    free_old = list(range(len(old)))
    for j, contact in enumerate(new):
        i = next((i for i in free_old if (old[i].channel, old[i].value) == (contact.channel, contact.value)), None)
        if i is not None:
            pairs[j] = i
            free_old.remove(i)
    unpaired_new = [j for j in range(len(new)) if j not in pairs]
    for j, i in zip(unpaired_new, list(free_old)):
        pairs[j] = i
        free_old.remove(i)
    found = [(old[pairs[j]] if j in pairs else None, new[j]) for j in range(len(new))]
    return found + [(old[i], None) for i in free_old]


def with_verification(old: Contact | None, new: Contact, today: dt.date) -> tuple[Contact, str]:
    """The contact as it may be saved, and why it was saved unverified ("" if it was not)."""
    if not new.verified:
        return new, ""
    if not new.source:
        return dataclasses.replace(new, verified=False), "it has no source"
    changed = old is None or (old.channel, old.value) != (new.channel, new.value)
    if changed and old is not None and new.checked <= old.checked and new.checked != today:
        return dataclasses.replace(new, verified=False), "its checked date was not brought up to date"
    return new, ""


def check(proposal: Proposal, directory: Directory, today: dt.date) -> tuple[Proposal, list[str]]:
    """Refuses a proposal that would break the directory (EditError), and returns it as it
    will be saved with a note for each contact that will be saved unverified."""
    service, old = proposal.service, directory.services.get(proposal.service.id)
    for name, allowed in (("area", AREAS), ("status", STATUSES)):
        if getattr(service, name) not in allowed:
            raise EditError(name, f"choose one of {', '.join(allowed)}")
    for name in ("name", "summary", "eligibility"):
        if not getattr(service, name).strip():
            raise EditError(name, "is missing")
    for low, high in (("min_age", "max_age"), ("cared_for_min_age", "cared_for_max_age")):
        if getattr(service, low) is not None and getattr(service, high) is not None \
                and getattr(service, low) > getattr(service, high):
            raise EditError(low, f"is more than {high.replace('_', ' ')}")
    for number, contact in enumerate(service.contacts, start=1):
        if contact.checked > today:
            raise EditError(f"contact {number} checked date", f"{contact.checked.isoformat()} is in the future")
    notes, contacts = [], []
    paired = pair_contacts(old.contacts if old else (), service.contacts)
    for number, (before, contact) in enumerate(paired[:len(service.contacts)], start=1):
        saved, why = with_verification(before, contact, today)
        if why:
            notes.append(f"Contact {number} ({contact.channel} {contact.value}) was saved as unverified: {why}. "
                         "The bot will not show it until it is verified.")
        if contact.channel == "hours" and (before is None or before.value != contact.value) \
                and opening_hours.parse(contact.value) is None:
            notes.append(f"The bot cannot read exact times from \"{contact.value}\", so it will never say this service "
                         "is open now. Words like \"Monday to Friday, 9am to 5pm\" or \"24 hours\" can be read.")
        contacts.append(saved)
    service = dataclasses.replace(service, contacts=tuple(contacts))
    situations = () if not service.active else proposal.situations  # a closed service is never signposted
    _check_situations(service.id, situations, directory)
    _check_crisis_lines(service, old, directory)
    return Proposal(service, situations), notes


def _check_situations(service_id: str, situations: tuple[str, ...], directory: Directory) -> None:
    unknown = [key for key in situations if key not in situation_taxonomy.KEYS]
    if unknown:
        raise EditError("situations", f"'{unknown[0]}' is not a situation the bot knows")
    for key, ids in directory.situations.items():
        if key not in situations and [i for i in ids if i != service_id and directory.services[i].active] == []:
            raise EditError("situations", f"this is the only service for '{situation_taxonomy.label(key)}'; "
                                          "add another service there first")


def _check_crisis_lines(service: Service, old: Service | None, directory: Directory) -> None:
    """A crisis card must keep every line: its contact may change number, but may not go,
    become unverified, or belong to a closed service."""
    if old is None:
        return
    became = {(before.channel, before.value): after for before, after in pair_contacts(old.contacts, service.contacts)
              if before is not None}
    for card in directory.crisis.values():
        for line in card.lines:
            if line.service_id != service.id:
                continue
            where = f"the crisis card for {card.kind.replace('_', ' ')}"
            if not service.active:
                raise EditError("status", f"this service is on {where}; it cannot be closed while the card uses it")
            after = became.get((line.channel, line.value))
            if after is None:
                raise EditError(f"{line.channel} {line.value}", f"is on {where}, so it cannot be removed")
            if after.channel != line.channel or not after.verified:
                raise EditError(f"{line.channel} {line.value}",
                                f"is on {where}: it must stay a verified {line.channel} contact, with a source "
                                "and an up-to-date checked date")


def changes(old: Service | None, old_situations: tuple[str, ...], proposal: Proposal) -> list[Change]:
    new = proposal.service
    found = []
    if old is None:
        found.append(Change("service", None, new.name))
    for name in SERVICE_FIELDS:
        before = getattr(old, name) if old else None
        if before != getattr(new, name):
            found.append(Change(name, before, getattr(new, name)))
    if set(old_situations) != set(proposal.situations):
        found.append(Change("situations", sorted(old_situations), sorted(proposal.situations)))
    for before, after in pair_contacts(old.contacts if old else (), new.contacts):
        if before != after:
            shown = after or before
            found.append(Change(f"{shown.channel} contact", contact_as_dict(before), contact_as_dict(after)))
    return found


def apply(session: Session, proposal: Proposal, actor: str, now: dt.datetime) -> list[Change]:
    """Writes a checked proposal in the caller's transaction, with its history and a new
    revision. Returns what changed (nothing written when nothing changed)."""
    version = session.get(models.DirectoryVersionRow, 1)
    directory = queries.read(session, version.research_date)
    service = proposal.service
    old = directory.services.get(service.id)
    old_situations = situations_of(directory, service.id)
    found = changes(old, old_situations, proposal)
    if not found:
        return []
    _write_service(session, service)
    _write_contacts(session, old, service)
    _write_situations(session, service.id, old_situations, proposal.situations)
    for change in found:
        session.add(models.DirectoryChangeRow(at=now, actor=actor[:300], service_id=service.id, field=change.field,
                                              old=json.dumps(change.old, default=str),
                                              new=json.dumps(change.new, default=str)))
    version.revision = (version.revision or 0) + 1
    version.edited_at = now
    return found


def _write_service(session: Session, service: Service) -> None:
    if session.get(models.OrganisationRow, service.organisation_id) is None:
        session.add(models.OrganisationRow(id=service.organisation_id, name=service.organisation_name,
                                           kind=service.organisation_kind, web=service.organisation_web or None))
        session.flush()
    row = session.get(models.ServiceRow, service.id)
    if row is None:
        row = models.ServiceRow(id=service.id, organisation_id=service.organisation_id)
        session.add(row)
    for name in SERVICE_FIELDS:
        setattr(row, name, getattr(service, name))
    session.flush()


def _write_contacts(session: Session, old: Service | None, service: Service) -> None:
    """Replaces the service's contacts; a crisis line follows its contact to a new number."""
    for before, contact in pair_contacts(old.contacts if old else (), service.contacts):
        if before is not None and contact is not None and before.channel == contact.channel \
                and before.value != contact.value:
            session.query(models.CrisisLineRow).filter_by(
                service_id=service.id, channel=before.channel, value=before.value).update({"value": contact.value})
    session.query(models.ContactRow).filter_by(service_id=service.id).delete()
    for position, contact in enumerate(service.contacts):
        session.add(models.ContactRow(
            service_id=service.id, position=position, channel=contact.channel, value=contact.value,
            label=contact.label, note=contact.note, verified=contact.verified, source=contact.source,
            page_date=contact.page_date, checked=contact.checked))


def _write_situations(session: Session, service_id: str, old: tuple[str, ...], new: tuple[str, ...]) -> None:
    """A situation the service leaves loses it; one it joins lists it last (staff keep
    the priority order of the others)."""
    for key in set(old) - set(new):
        session.query(models.SituationServiceRow).filter_by(situation=key, service_id=service_id).delete()
    for key in sorted(set(new) - set(old)):
        last = session.query(sa.func.max(models.SituationServiceRow.priority)).filter_by(situation=key).scalar()
        session.add(models.SituationServiceRow(situation=key, service_id=service_id,
                                               priority=0 if last is None else last + 1))
