"""The directory edit form: a service shown as form fields, and a posted form read back
into a proposal (bot/directory/editing.py), refused with the field named when malformed."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from bot.directory.editing import EditError, Proposal
from bot.directory.schema import source_problem, value_problem, CHANNELS, Contact, Service

BLANK_ROWS = 2  # empty contact rows under the others, for adding (the pages have no scripts)
MAX_ROWS = 40
CHANNEL_LABELS = {"phone": "Phone", "text": "Text", "email": "Email", "web": "Website", "address": "Address",
                  "hours": "Opening hours"}
assert set(CHANNEL_LABELS) == set(CHANNELS)
AGE_FIELDS = {"min_age": "Youngest carer it serves", "max_age": "Oldest carer it serves",
              "cared_for_min_age": "Youngest person cared for", "cared_for_max_age": "Oldest person cared for"}


@dataclass(frozen=True)
class ContactRow:
    number: int  # 1-based, as the page and error messages name it
    channel: str = "phone"
    value: str = ""
    label: str = ""
    note: str = ""
    source: str = ""
    page_date: str = ""
    checked: str = ""
    verified: bool = True
    blank: bool = False


def rows(service: Service, today: dt.date) -> list[ContactRow]:
    filled = [ContactRow(number, c.channel, c.value, c.label, c.note, c.source, c.page_date, c.checked.isoformat(),
                         c.verified) for number, c in enumerate(service.contacts, start=1)]
    blanks = [ContactRow(len(filled) + extra, checked=today.isoformat(), blank=True)
              for extra in range(1, BLANK_ROWS + 1)]
    return filled + blanks


def _text(form, name: str, limit: int = 2000) -> str:
    return str(form.get(name) or "").strip()[:limit]


def _age(form, name: str) -> int | None:
    raw = _text(form, name, 10)
    if not raw:
        return None
    if not raw.isdigit() or int(raw) > 120:
        raise EditError(AGE_FIELDS[name], f"'{raw}' is not an age in years (0 to 120), or leave it empty")
    return int(raw)


def _date(raw: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(raw)
    except ValueError as error:
        raise EditError(field, f"'{raw}' is not a date written as YYYY-MM-DD") from error


def _contact(form, number: int) -> Contact | None:
    """Row `number` of the contacts table, or None when it is empty or ticked for removal."""
    prefix = f"c{number}_"
    value = _text(form, prefix + "value", 300)
    if form.get(prefix + "remove") or not value:
        return None
    channel = _text(form, prefix + "channel", 20)
    name = f"Contact {number}"
    if channel not in CHANNELS:
        raise EditError(f"{name} kind", f"choose one of {', '.join(CHANNEL_LABELS.values())}")
    problem = value_problem(channel, value)
    if problem:
        raise EditError(f"{name} {CHANNEL_LABELS[channel].lower()}", problem)
    source = _text(form, prefix + "source", 1000)
    if source and source_problem(source):
        raise EditError(f"{name} source", source_problem(source))
    checked_raw = _text(form, prefix + "checked", 20)
    checked = _date(checked_raw, f"{name} checked date") if checked_raw else None
    return Contact(channel=channel, value=value, source=source, checked=checked or dt.date.min,
                   verified=bool(form.get(prefix + "verified")) and checked is not None,
                   label=_text(form, prefix + "label", 300), note=_text(form, prefix + "note"),
                   page_date=_text(form, prefix + "page_date", 40))


def proposal(form, service: Service, row_count: int) -> Proposal:
    """The posted form as a proposal for `service`. A contact with no checked date is kept
    as unverified with the oldest possible date, so it shows as needing a check."""
    contacts = []
    for number in range(1, min(row_count, MAX_ROWS) + 1):
        contact = _contact(form, number)
        if contact is not None:
            contacts.append(contact)
    changed = dataclasses.replace(
        service, name=_text(form, "name", 200), summary=_text(form, "summary"),
        eligibility=_text(form, "eligibility"), area=_text(form, "area", 20), status=_text(form, "status", 20),
        notes=_text(form, "notes", 5000), contacts=tuple(contacts),
        **{name: _age(form, name) for name in AGE_FIELDS})
    situations = tuple(str(key)[:60] for key in (form.getlist("situations") or []))
    return Proposal(changed, situations)


def values(service: Service, situations: tuple[str, ...]) -> dict:
    """The service's own fields as the form shows them."""
    shown = {name: "" if getattr(service, name) is None else str(getattr(service, name)) for name in AGE_FIELDS}
    return {**shown, "name": service.name, "summary": service.summary, "eligibility": service.eligibility,
            "area": service.area, "status": service.status, "notes": service.notes, "situations": list(situations)}


def posted_values(form) -> dict:
    """What the admin typed, shown again with the error so nothing they wrote is lost."""
    return {**{name: _text(form, name, 5000) for name in ("name", "summary", "eligibility", "area", "status", "notes",
                                                          *AGE_FIELDS)},
            "situations": [str(key) for key in (form.getlist("situations") or [])]}


def posted_rows(form, row_count: int) -> list[ContactRow]:
    found = []
    for number in range(1, min(row_count, MAX_ROWS) + 1):
        prefix = f"c{number}_"
        found.append(ContactRow(number, _text(form, prefix + "channel", 20), _text(form, prefix + "value", 300),
                                _text(form, prefix + "label", 300), _text(form, prefix + "note"),
                                _text(form, prefix + "source", 1000), _text(form, prefix + "page_date", 40),
                                _text(form, prefix + "checked", 20), bool(form.get(prefix + "verified")),
                                blank=not _text(form, prefix + "value", 300)))
    return found
