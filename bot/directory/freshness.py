"""Which directory contacts need someone's attention: unverified ones (the bot never
shows them) and stale ones, checked longer ago than DIRECTORY_STALE_DAYS (the bot still
shows them, because stale is not wrong)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.directory.schema import Contact, Directory, Service

FILTERS = {"unverified": "Unverified contacts", "stale": "Stale contacts", "closed": "Closed services"}


def is_stale(contact: Contact, today: dt.date, stale_days: int) -> bool:
    return contact.checked < today - dt.timedelta(days=stale_days)


@dataclass(frozen=True)
class Attention:
    stale: list[tuple[Service, Contact]]
    unverified: list[tuple[Service, Contact]]

    def services(self, kind: str) -> set[str]:
        return {service.id for service, _contact in getattr(self, kind)}


def attention(directory: Directory, today: dt.date, stale_days: int) -> Attention:
    """Contacts of active services only: a closed service is never shown, so its
    contacts need no checking."""
    stale, unverified = [], []
    for service, contact in directory.all_contacts():
        if not service.active:
            continue
        if not contact.verified:
            unverified.append((service, contact))
        elif is_stale(contact, today, stale_days):
            stale.append((service, contact))
    return Attention(stale, unverified)


def matches(service: Service, kind: str, found: Attention) -> bool:
    """Whether a service belongs in the directory list under a filter ("" = all)."""
    if kind == "closed":
        return not service.active
    if kind in ("stale", "unverified"):
        return service.id in found.services(kind)
    return True
