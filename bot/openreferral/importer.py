"""`python -m bot directory import-oruk FILE_OR_URL`: reads an Open Referral UK feed (an API
base, a /services list, a file holding a list or a page of services, or one service),
shows what it would change, and applies it on confirmation.

A feed is refused whole at its first problem, named by where it is in the feed. What it
brings is never trusted as checked:
- a service the directory does not have is added with its contacts unverified and under no
  situation, so the bot names it only after staff have checked it and chosen its situations;
- a service the directory has gains the feed's contacts it lacks, unverified. Its own
  plain-English text, checked contacts and situations are never overwritten; where the
  feed's differ, the diff says so for staff to look at.
The feed is each new contact's source.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import json
import requests

from bot.directory.editing import situations_of, Proposal
from bot.directory.schema import is_valid_phone, phone_digits, Contact, Directory, EMAIL, Service, URL
from bot.openreferral.mapping import service_uuid, uuid_for, TEXT_PREFIX

STATUS_IN = {"active": "active", "inactive": "closed", "defunct": "closed", "temporarily closed": "closed"}
MAX_PAGES = 500
TIMEOUT = 30


class FeedError(ValueError):
    def __init__(self, where: str, problem: str) -> None:
        self.where, self.problem = where, problem
        super().__init__(f"{where}: {problem}")


@dataclass
class Plan:
    """What an import would do: proposals to save, and lines for a person to read."""

    proposals: list[Proposal]
    lines: list[str]
    notes: list[str]


# --- reading ---------------------------------------------------------------------------------

def _get(url: str) -> object:
    try:
        reply = requests.get(url, timeout=TIMEOUT, headers={"Accept": "application/json"})
    except requests.RequestException as error:
        raise FeedError(url, f"could not be read ({type(error).__name__})") from error
    if reply.status_code != 200:
        raise FeedError(url, f"answered HTTP {reply.status_code}")
    try:
        return reply.json()
    except ValueError as error:
        raise FeedError(url, "is not JSON") from error


def _from_url(url: str) -> list[dict]:
    body = _get(url)
    if isinstance(body, dict) and "openapi_url" in body:  # the API's root
        url = url.rstrip("/") + "/services"
        body = _get(url)
    if isinstance(body, dict) and "contents" in body:
        services_url = url.split("?")[0].rstrip("/")
        items, page = _contents(body, url), 1
        total = body.get("total_pages", 1)
        if not isinstance(total, int) or not 1 <= total <= MAX_PAGES:
            raise FeedError(url, f"'total_pages' should be a whole number from 1 to {MAX_PAGES}")
        while page < total:
            page += 1
            items += _contents(_get(f"{services_url}?page={page}"), f"{services_url}?page={page}")
        full = []
        for number, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
                raise FeedError(f"services[{number}]", "has no 'id'")
            full.append(_get(f"{services_url}/{item['id']}"))
        return full
    return [body] if isinstance(body, dict) else _list(body, url)


def _contents(body, where: str) -> list:
    if not isinstance(body, dict) or not isinstance(body.get("contents"), list):
        raise FeedError(where, "should be a page of services with 'contents'")
    return list(body["contents"])


def _list(body, where: str) -> list:
    if not isinstance(body, list):
        raise FeedError(where, "should be a service, a list of services or a page of them")
    return body


def read(source: str) -> tuple[list[dict], str]:
    """The feed's services and the source to record for what they bring."""
    if re.match(r"^https?://", source):
        return _from_url(source), source
    path = Path(source).resolve()
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise FeedError(source, "no such file") from error
    except (ValueError, UnicodeDecodeError) as error:
        raise FeedError(source, f"is not JSON ({error})") from error
    if isinstance(body, dict) and "contents" in body:
        return _contents(body, source), path.as_uri()
    return ([body] if isinstance(body, dict) else _list(body, source)), path.as_uri()


# --- checking --------------------------------------------------------------------------------

def uk_number(number: str) -> str | None:
    """A feed's phone number written the directory's way ("+44 20 7501 8970" -> "020 7501
    8970"), or None when it is not a UK number."""
    digits = re.sub(r"\D", "", number)
    if digits.startswith("440"):  # +44 (0)20 ...
        digits = digits[2:]
    elif digits.startswith("44") and len(digits) in (12, 13):
        digits = "0" + digits[2:]
    for pattern, groups in ((r"02\d{9}", (3, 4, 4)), (r"0[378]\d{9}", (4, 3, 4)), (r"01\d{9}", (5, 6)),
                            (r"116\d{3}", (3, 3)), (r"999|111|101", (3,))):
        if re.fullmatch(pattern, digits):
            parts, at = [], 0
            for size in groups:
                parts.append(digits[at:at + size])
                at += size
            return " ".join(parts)
    return number if is_valid_phone(number) else None  # short codes such as 0800 1111 or 85258


def _text(service: dict, where: str, name: str, required: bool = False) -> str:
    value = service.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise FeedError(f"{where}.{name}", "is missing" if value in (None, "") else "should be text")
    return value.strip()


def _age(service: dict, where: str, name: str) -> int | None:
    value = service.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 120:
        raise FeedError(f"{where}.{name}", f"{value!r} is not an age in years")
    return int(value)


def _contacts(service: dict, where: str, source: str, today: dt.date) -> list[Contact]:
    def unverified(channel: str, value: str, label: str = "") -> Contact:
        return Contact(channel=channel, value=value, source=source, checked=today, verified=False, label=label[:300])

    found = []
    for number, phone in enumerate(service.get("phones") or []):
        place = f"{where}.phones[{number}]"
        if not isinstance(phone, dict) or not isinstance(phone.get("number"), str):
            raise FeedError(f"{place}.number", "is missing")
        written = uk_number(phone["number"])
        if written is None:
            raise FeedError(f"{place}.number", f"'{phone['number']}' is not a UK phone number")
        description = phone.get("description") if isinstance(phone.get("description"), str) else ""
        texting = description.startswith(TEXT_PREFIX)  # how mapping.py marks a number to text
        found.append(unverified("text" if texting else "phone", written,
                                description[len(TEXT_PREFIX):] if texting else description))
    url, email = _text(service, where, "url"), _text(service, where, "email")
    if url and not URL.match(url):
        raise FeedError(f"{where}.url", f"'{url}' is not a web address")
    if email and not EMAIL.match(email):
        raise FeedError(f"{where}.email", f"'{email}' is not an email address")
    found += [unverified("web", url)] * bool(url) + [unverified("email", email)] * bool(email)
    for number, schedule in enumerate(service.get("schedules") or []):
        if not isinstance(schedule, dict):
            raise FeedError(f"{where}.schedules[{number}]", "should be a schedule")
        words = schedule.get("description")
        if isinstance(words, str) and words.strip() and unverified("hours", words.strip()) not in found:
            found.append(unverified("hours", words.strip()))
    return found


def checked_services(items: list, source: str, today: dt.date) -> list[tuple[dict, Service, list[str]]]:
    """Each feed service with its id as the feed gives it, as a Service (contacts
    unverified), and the situation terms it carries; refuses the feed at its first problem."""
    seen: dict[str, int] = {}
    found = []
    for number, item in enumerate(items):
        where = f"services[{number}]"
        if not isinstance(item, dict):
            raise FeedError(where, "should be a service (a JSON object)")
        feed_id = _text(item, where, "id", required=True)
        try:
            uuid.UUID(feed_id)
        except ValueError as error:
            raise FeedError(f"{where}.id", f"'{feed_id}' is not a UUID, as the UK profile requires") from error
        if feed_id in seen:
            raise FeedError(f"{where}.id", f"'{feed_id}' is also the id of services[{seen[feed_id]}]: ids must be unique")
        seen[feed_id] = number
        status = _text(item, where, "status", required=True)
        if status not in STATUS_IN:
            raise FeedError(f"{where}.status", f"'{status}' is not one of {', '.join(STATUS_IN)}")
        organisation = item.get("organization") if isinstance(item.get("organization"), dict) else {}
        areas = " ".join(str(area.get("name", "")) for area in item.get("service_areas") or [] if isinstance(area, dict))
        service = Service(
            id=feed_id, organisation_id=str(organisation.get("id") or item.get("organization_id") or ""),
            organisation_name=str(organisation.get("name") or "").strip(), organisation_kind="local_charity",
            name=_text(item, where, "name", required=True), summary=_text(item, where, "description"),
            area="lambeth" if "lambeth" in areas.lower() else "london" if "london" in areas.lower() else "national",
            eligibility=_text(item, where, "eligibility_description"), status=STATUS_IN[status],
            contacts=tuple(_contacts(item, where, source, today)), min_age=_age(item, where, "minimum_age"),
            max_age=_age(item, where, "maximum_age"),
            organisation_web=str(organisation.get("website") or "") if URL.match(str(organisation.get("website") or ""))
            else "")
        terms = [str((attribute.get("taxonomy_term") or {}).get("term") or "") for attribute in item.get("attributes") or []
                 if isinstance(attribute, dict)]
        found.append((item, service, terms))
    return found


# --- planning --------------------------------------------------------------------------------

def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "service"
    base = base if base[0].isalpha() else f"s_{base}"
    candidate, number = base[:70], 2
    while candidate in taken:
        candidate, number = f"{base[:66]}_{number}", number + 1
    taken.add(candidate)
    return candidate


def _same(contact: Contact) -> tuple[str, str]:
    """What makes two contacts the same: a number's digits, however it is spaced."""
    phone = contact.channel in ("phone", "text")
    return contact.channel, phone_digits(contact.value) if phone else contact.value.lower()


def plan(directory: Directory, items: list, source: str, today: dt.date) -> Plan:
    by_uuid = {service_uuid(service): service.id for service in directory.services.values()}
    organisations = {uuid_for("organisation", s.organisation_id): s for s in directory.services.values()}
    taken = set(directory.services) | {s.organisation_id for s in directory.services.values()}
    proposals, lines, notes = [], [], []
    for _item, feed, terms in checked_services(items, source, today):
        local_id = by_uuid.get(feed.id)
        if local_id is None:
            known = organisations.get(feed.organisation_id)
            organisation_id = known.organisation_id if known else _slug(feed.organisation_name or feed.name, taken)
            service = dataclasses.replace(
                feed, id=_slug(feed.name, taken), oruk_id=feed.id.lower(), organisation_id=organisation_id,
                organisation_name=known.organisation_name if known else feed.organisation_name or feed.name,
                organisation_kind=known.organisation_kind if known else "local_charity",
                organisation_web=known.organisation_web if known else feed.organisation_web,
                summary=feed.summary or feed.name,
                eligibility=feed.eligibility or "Not given in the feed: check who it is for.")
            proposals.append(Proposal(service, ()))
            lines.append(f"+ new service '{service.name}' ({service.organisation_name}) as {service.id}: "
                         f"{len(service.contacts)} contact(s), unverified; under no situation until staff choose")
            continue
        ours = directory.services[local_id]
        have = {_same(contact) for contact in ours.contacts}
        added = [contact for contact in feed.contacts if _same(contact) not in have]
        if added:
            proposals.append(Proposal(dataclasses.replace(ours, contacts=ours.contacts + tuple(added)),
                                      situations_of(directory, local_id)))
            lines += [f"~ {local_id}: add {contact.channel} {contact.value} (unverified)" for contact in added]
        for name, theirs, mine in (("name", feed.name, ours.name), ("description", feed.summary, ours.summary),
                                   ("status", feed.status, ours.status)):
            if theirs and theirs != mine:
                notes.append(f"! {local_id}: the feed's {name} is '{theirs}', not '{mine}' (not applied: check it)")
    return Plan(proposals, lines, notes)


def apply(found: Plan, source: str, url: str | None = None) -> int:
    """Saves every proposal in one transaction (all or nothing), each checked like a staff
    edit, with one audit entry. Returns how many services changed."""
    from bot.storage import db
    from bot.directory import editing, models, queries
    from bot.staff import times
    from bot.staff.admin import audit

    actor = f"import-oruk {source}"[:300]
    changed = 0
    with db.session_scope(url) as session:
        version = session.get(models.DirectoryVersionRow, 1)
        for proposal in found.proposals:
            directory = queries.read(session, version.research_date)
            checked, _notes = editing.check(proposal, directory, times.london(times.utc_now()).date())
            changed += bool(editing.apply(session, checked, actor, times.utc_now()))
            session.flush()
        audit.record(session, "import-oruk", "directory_import",
                     detail={"source": source, "services": changed, "changes": found.lines})
    return changed
