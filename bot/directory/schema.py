"""Reads and validates the directory files in data/directory/ (see SCHEMA.md there).

Every problem is reported with the file, the entry and the field, so whoever edits
the data can fix it without reading code.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import yaml

from bot import settings, situations as situation_taxonomy
from bot.safety import KINDS as CRISIS_KINDS

CHANNELS = ("phone", "text", "email", "web", "address", "hours")
KINDS = ("council", "nhs", "local_charity", "national_helpline", "emergency")
AREAS = ("lambeth", "london", "national")
STATUSES = ("active", "closed")
ID = re.compile(r"^[a-z][a-z0-9_]*$")
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
URL = re.compile(r"^https?://[^\s]+$")
# Where a fact was read: a web page, or (for a file an ORUK import read) the file itself.
SOURCE = re.compile(r"^(?:https?://|file:///)[^\s]+$")


class DirectoryError(ValueError):
    """A problem in the directory files, named by file, entry and field."""

    def __init__(self, file: str, entry: str, field_name: str, problem: str) -> None:
        self.file, self.entry, self.field, self.problem = file, entry, field_name, problem
        super().__init__(f"{file}: entry '{entry}', field '{field_name}': {problem}")


def phone_digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def is_valid_phone(number: str) -> bool:
    """A UK number as people dial it: 01/02/03/07/08 numbers with 10 or 11 digits, short freephone
    numbers such as 0800 1111,
    the 116 helplines, the 3-digit services (999, 111, 101) and 5-digit text codes."""
    if not re.fullmatch(r"[0-9 ]+", number) or "  " in number or number != number.strip():
        return False
    digits = phone_digits(number)
    return bool(
        re.fullmatch(r"0[237]\d{9}", digits)  # London, non-geographic and mobile: 11 digits
        or re.fullmatch(r"0[18]\d{8,9}", digits)  # other areas and freephone: 10 or 11
        or re.fullmatch(r"0800\d{4}", digits)  # e.g. Childline 0800 1111
        or re.fullmatch(r"116\d{3}", digits)
        or digits in {"999", "111", "101", "112"}
        or re.fullmatch(r"\d{5}", digits)
    )


@dataclass(frozen=True)
class Contact:
    channel: str
    value: str
    source: str
    checked: dt.date
    verified: bool = True
    label: str = ""
    note: str = ""
    page_date: str = ""


@dataclass(frozen=True)
class Service:
    id: str
    organisation_id: str
    organisation_name: str
    organisation_kind: str
    name: str
    summary: str
    area: str
    eligibility: str
    status: str
    contacts: tuple[Contact, ...]
    min_age: int | None = None  # the carer's age it serves
    max_age: int | None = None
    cared_for_min_age: int | None = None  # the age of the person cared for, where it matters
    cared_for_max_age: int | None = None
    notes: str = ""
    organisation_web: str = ""
    oruk_id: str = ""  # the id an Open Referral UK feed gave it, when it came from one

    @property
    def active(self) -> bool:
        return self.status == "active"

    def verified_contacts(self, *channels: str) -> list[Contact]:
        wanted = channels or CHANNELS
        return [c for c in self.contacts if c.verified and c.channel in wanted]

    def contact(self, channel: str, value: str | None = None) -> Contact | None:
        for candidate in self.contacts:
            if candidate.channel == channel and (value is None or candidate.value == value):
                return candidate
        return None

    def serves_age(self, age: int | None) -> bool:
        if age is None:
            return True
        return (self.min_age is None or age >= self.min_age) and (self.max_age is None or age <= self.max_age)

    @property
    def only_for_children_cared_for(self) -> bool:
        # Children's services run to 18 or 19 (SEND to 19, care leavers later).
        return self.cared_for_max_age is not None and self.cared_for_max_age < 20

    @property
    def only_for_adults_cared_for(self) -> bool:
        return self.cared_for_min_age is not None and self.cared_for_min_age >= 18

    @property
    def only_for_young_carers(self) -> bool:
        return self.max_age is not None and self.max_age <= 25


@dataclass(frozen=True)
class CrisisLine:
    say: str
    service_id: str
    channel: str
    value: str


@dataclass(frozen=True)
class CrisisCard:
    kind: str
    title: str
    lines: tuple[CrisisLine, ...]
    advice: str = ""


@dataclass(frozen=True)
class Directory:
    services: dict[str, Service]
    situations: dict[str, tuple[str, ...]]  # situation key -> service ids by priority
    crisis: dict[str, CrisisCard]
    research_date: dt.date

    def services_for(self, situation: str) -> list[Service]:
        return [self.services[i] for i in self.situations.get(situation, ()) if self.services[i].active]

    def all_contacts(self) -> Iterable[tuple[Service, Contact]]:
        for service in self.services.values():
            for contact in service.contacts:
                yield service, contact


# --- reading --------------------------------------------------------------------------------


def _load_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise DirectoryError(path.name, "-", "-", "file is missing") from error
    except yaml.YAMLError as error:
        raise DirectoryError(path.name, "-", "-", f"not valid YAML: {error}") from error


def _required(data: dict, file: str, entry: str, name: str, kind: type = str) -> Any:
    value = data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise DirectoryError(file, entry, name, "is missing")
    if not isinstance(value, kind):
        raise DirectoryError(file, entry, name, f"should be {kind.__name__}, got {type(value).__name__}")
    return value


def _choice(data: dict, file: str, entry: str, name: str, allowed: Iterable[str]) -> str:
    value = _required(data, file, entry, name)
    if value not in allowed:
        raise DirectoryError(file, entry, name, f"'{value}' is not one of {', '.join(allowed)}")
    return value


def _optional_age(data: dict, file: str, entry: str, name: str) -> int | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 120:
        raise DirectoryError(file, entry, name, f"should be an age in years, got {value!r}")
    return value


def _date(value: Any, file: str, entry: str, name: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as error:
        raise DirectoryError(file, entry, name, f"'{value}' is not a date (YYYY-MM-DD)") from error


def value_problem(channel: str, value: str) -> str:
    """What is wrong with a contact's value for its channel, or "" (the files, the staff
    app and imports all check contacts here)."""
    if not value:
        return "is missing"
    if channel == "phone" and not is_valid_phone(value):
        return f"'{value}' is not a UK phone number written with spaces, such as 020 7926 5555"
    if channel == "text" and not re.fullmatch(r"\d{5,11}|0\d{3,4} ?\d{3} ?\d{3,4}", value.replace(" ", "")):
        return f"'{value}' is not a number to text"
    if channel == "email" and not EMAIL.match(value):
        return f"'{value}' is not an email address"
    if channel == "web" and not URL.match(value):
        return f"'{value}' is not a web address starting https://"
    return ""


def source_problem(source: str) -> str:
    return "" if SOURCE.match(source) else f"'{source}' is not a web address starting https://"


def _contact(data: Any, file: str, entry: str, default_checked: dt.date) -> Contact:
    if not isinstance(data, dict):
        raise DirectoryError(file, entry, "contacts", "each contact should be a mapping")
    channel = _choice(data, file, entry, "channel", CHANNELS)
    where = f"{entry} {channel}"
    value = str(_required(data, file, where, "value", (str, int))).strip()
    source = _required(data, file, where, "source")
    if source_problem(source):
        raise DirectoryError(file, where, "source", source_problem(source))
    if value_problem(channel, value):
        raise DirectoryError(file, where, "value", value_problem(channel, value))
    verified = data.get("verified", True)
    if not isinstance(verified, bool):
        raise DirectoryError(file, where, "verified", "should be true or false")
    checked = _date(data.get("checked", default_checked), file, where, "checked")
    return Contact(
        channel=channel, value=value, source=source, checked=checked, verified=verified,
        label=str(data.get("label") or ""), note=str(data.get("note") or ""),
        page_date=str(data.get("page_date") or ""),
    )


def read_services(path: Path) -> tuple[dict[str, Service], dt.date]:
    file = path.name
    data = _load_yaml(path) or {}
    research_date = _date(_required(data, file, "-", "research_date", (str, dt.date)), file, "-", "research_date")
    organisations = _required(data, file, "-", "organisations", list)
    services: dict[str, Service] = {}
    seen_ids: set[str] = set()
    for index, organisation in enumerate(organisations):
        if not isinstance(organisation, dict):
            raise DirectoryError(file, f"organisation #{index + 1}", "-", "should be a mapping")
        org_id = _required(organisation, file, f"organisation #{index + 1}", "id")
        _check_id(org_id, seen_ids, file, org_id)
        org_name = _required(organisation, file, org_id, "name")
        org_kind = _choice(organisation, file, org_id, "kind", KINDS)
        org_web = str(organisation.get("web") or "")
        if org_web and not URL.match(org_web):
            raise DirectoryError(file, org_id, "web", f"'{org_web}' is not a web address")
        for service in _required(organisation, file, org_id, "services", list):
            if not isinstance(service, dict):
                raise DirectoryError(file, org_id, "services", "each service should be a mapping")
            service_id = _required(service, file, f"{org_id} service", "id")
            _check_id(service_id, seen_ids, file, service_id)
            contacts = service.get("contacts") or []
            if not isinstance(contacts, list):
                raise DirectoryError(file, service_id, "contacts", "should be a list")
            services[service_id] = Service(
                id=service_id,
                organisation_id=org_id,
                organisation_name=org_name,
                organisation_kind=org_kind,
                name=_required(service, file, service_id, "name"),
                summary=_required(service, file, service_id, "summary"),
                area=_choice(service, file, service_id, "area", AREAS),
                eligibility=_required(service, file, service_id, "eligibility"),
                status=_choice(service, file, service_id, "status", STATUSES),
                contacts=tuple(_contact(c, file, service_id, research_date) for c in contacts),
                min_age=_optional_age(service, file, service_id, "min_age"),
                max_age=_optional_age(service, file, service_id, "max_age"),
                cared_for_min_age=_optional_age(service, file, service_id, "cared_for_min_age"),
                cared_for_max_age=_optional_age(service, file, service_id, "cared_for_max_age"),
                notes=str(service.get("notes") or ""),
                organisation_web=org_web,
                oruk_id=_optional_uuid(service, file, service_id, "oruk_id"),
            )
    return services, research_date


def _optional_uuid(data: dict, file: str, entry: str, name: str) -> str:
    value = str(data.get(name) or "")
    if value and not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", value):
        raise DirectoryError(file, entry, name, f"'{value}' is not a UUID in lower case")
    return value


def _check_id(value: Any, seen: set[str], file: str, entry: str) -> None:
    if not isinstance(value, str) or not ID.match(value):
        raise DirectoryError(file, str(entry), "id", f"'{value}' should be snake_case")
    if value in seen:
        raise DirectoryError(file, str(entry), "id", f"'{value}' is used twice")
    seen.add(value)


def read_situations(path: Path, services: dict[str, Service]) -> dict[str, tuple[str, ...]]:
    file = path.name
    data = _load_yaml(path) or {}
    mapping = _required(data, file, "-", "situations", dict)
    result: dict[str, tuple[str, ...]] = {}
    for key, service_ids in mapping.items():
        if key not in situation_taxonomy.KEYS:
            raise DirectoryError(file, str(key), "situations", f"'{key}' is not a known situation (see bot/situations.py)")
        if not isinstance(service_ids, list) or not service_ids:
            raise DirectoryError(file, key, "services", "should be a non-empty list of service ids")
        for service_id in service_ids:
            if service_id not in services:
                raise DirectoryError(file, key, "services", f"'{service_id}' is not a service in organisations.yml")
            if not services[service_id].active:
                raise DirectoryError(file, key, "services", f"'{service_id}' is closed and must not be signposted")
        if len(set(service_ids)) != len(service_ids):
            raise DirectoryError(file, key, "services", "lists a service twice")
        result[key] = tuple(service_ids)
    missing = situation_taxonomy.KEYS - set(result)
    if missing:
        raise DirectoryError(file, ", ".join(sorted(missing)), "situations", "situation has no services")
    return result


def read_crisis(path: Path, services: dict[str, Service]) -> dict[str, CrisisCard]:
    file = path.name
    data = _load_yaml(path) or {}
    kinds = _required(data, file, "-", "kinds", dict)
    cards: dict[str, CrisisCard] = {}
    for kind, card in kinds.items():
        if kind not in CRISIS_KINDS:
            raise DirectoryError(file, str(kind), "kinds", f"'{kind}' is not a crisis kind ({', '.join(CRISIS_KINDS)})")
        lines = []
        for number, line in enumerate(_required(card, file, kind, "lines", list), start=1):
            where = f"{kind} line {number}"
            service_id = _required(line, file, where, "service")
            if service_id not in services:
                raise DirectoryError(file, where, "service", f"'{service_id}' is not a service in organisations.yml")
            channel = _choice(line, file, where, "channel", CHANNELS)
            value = str(_required(line, file, where, "value", (str, int)))
            contact = services[service_id].contact(channel, value)
            if contact is None:
                raise DirectoryError(file, where, "value", f"'{value}' is not a {channel} contact of {service_id}")
            if not contact.verified:
                raise DirectoryError(file, where, "value", f"'{value}' is unverified: a crisis card gives checked numbers only")
            lines.append(CrisisLine(_required(line, file, where, "say"), service_id, channel, value))
        cards[kind] = CrisisCard(kind, _required(card, file, kind, "title"), tuple(lines), str(card.get("advice") or ""))
    missing = set(CRISIS_KINDS) - set(cards)
    if missing:
        raise DirectoryError(file, ", ".join(sorted(missing)), "kinds", "crisis kind has no card")
    return cards


def read_directory(directory: Path | None = None) -> Directory:
    directory = directory or settings.load().directory_dir
    services, research_date = read_services(directory / "organisations.yml")
    return Directory(
        services=services,
        situations=read_situations(directory / "situations.yml", services),
        crisis=read_crisis(directory / "crisis.yml", services),
        research_date=research_date,
    )
