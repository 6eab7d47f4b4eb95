"""The directory in Open Referral UK's shape (HSDS 3.0 with the UK profile, "HSDS-UK-3.0").

What partners see is what carers may see: verified contacts of active services only. Ids
are UUIDs, as the profile requires, made from the directory's own ids (uuid5), so they stay
the same across restarts and an import of this feed finds the services it came from.

Two choices the profile leaves open, explained in the README's ORUK section:
- The UK profile's service has no phones. A carers' directory without numbers is no use, so
  services carry HSDS 3.0's `phones` (the profile allows extra fields); each entry is valid
  against the profile's phone schema.
- The bot's situations are published as a local taxonomy. No LGA term list was reachable to
  map them to, so no LGA code is claimed.
"""
from __future__ import annotations

import datetime as dt
import uuid

from bot import opening_hours, situations
from bot.directory.schema import Directory, Service

VERSION = "HSDS-UK-3.0"
PROFILE = "https://openreferraluk.org/specifications/3.0/"
OPENAPI_URL = "https://openreferraluk.org/specifications/3.0/openapi.json"
NAMESPACE = uuid.UUID("0b5b8b4e-6f43-4a3c-9d8e-3c0f3c6f6a21")  # this directory's ids; never change it
STATUS_OUT = {"active": "active", "closed": "defunct"}
AREA_NAMES = {"lambeth": "London Borough of Lambeth", "london": "London", "national": "United Kingdom"}
KIND_DESCRIPTIONS = {"council": "Local council", "nhs": "NHS", "local_charity": "Local charity",
                     "national_helpline": "National helpline", "emergency": "Emergency services"}
TAXONOMY_NAME = "Lambeth unpaid carers' situations"
TAXONOMY_DESCRIPTION = ("The situations the Lambeth carers' signposting bot recognises, and the services it names "
                        "for each. A local taxonomy: no LGA term is claimed for them.")
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
TEXT_PREFIX = "Text: "  # a phone entry that is a number to text, not to call


def uuid_for(kind: str, local_id: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{local_id}"))


def service_uuid(service: Service) -> str:
    """The id a feed gave the service, kept so that feed's next import finds it; else ours."""
    return service.oruk_id or uuid_for("service", service.id)


def api_details() -> dict:
    return {"version": VERSION, "profile": PROFILE, "openapi_url": OPENAPI_URL}


def taxonomy() -> dict:
    return {"id": uuid_for("taxonomy", "situations"), "name": TAXONOMY_NAME, "description": TAXONOMY_DESCRIPTION,
            "version": "1"}


def taxonomy_terms() -> list[dict]:
    return [taxonomy_term(item.key) for item in situations.SITUATIONS]


def taxonomy_term(key: str) -> dict:
    item = situations.BY_KEY[key]
    return {"id": uuid_for("situation", key), "name": item.label, "description": item.description,
            "taxonomy": TAXONOMY_NAME, "taxonomy_id": taxonomy()["id"], "term": key}


def organization(service: Service) -> dict:
    found = {"id": uuid_for("organisation", service.organisation_id), "name": service.organisation_name,
             "description": KIND_DESCRIPTIONS.get(service.organisation_kind, service.organisation_kind)}
    if service.organisation_web:
        found["website"] = service.organisation_web
    return found


def _phones(service: Service) -> list[dict]:
    phones = []
    for contact in service.verified_contacts("phone", "text"):
        description = contact.label or service.name
        if contact.channel == "text":
            description = TEXT_PREFIX + description
        phones.append({"id": uuid_for("phone", f"{service.id}:{contact.channel}:{contact.value}"),
                       "number": contact.value, "description": description})
    return phones


def _schedules(service: Service) -> list[dict]:
    """Opening hours: the words always, and the times when the bot can read them exactly."""
    found = []
    for contact in service.verified_contacts("hours"):
        hours = opening_hours.parse(contact.value)
        spans = [] if hours is None or hours.always else list(hours.spans)
        base = {"service_id": service_uuid(service), "description": contact.value}
        if not spans:
            found.append({"id": uuid_for("schedule", f"{service.id}:{contact.value}"), **base})
        for number, (days, opens, closes) in enumerate(spans):
            found.append({"id": uuid_for("schedule", f"{service.id}:{contact.value}:{number}"), **base,
                          "freq": "WEEKLY", "byday": ",".join(DAY_CODES[day] for day in sorted(days)),
                          "opens_at": opens.strftime("%H:%M:%S"), "closes_at": closes.strftime("%H:%M:%S")})
    return found


def _locations(service: Service) -> list[dict]:
    found = []
    for contact in service.verified_contacts("address"):
        location_id = uuid_for("location", f"{service.id}:{contact.value}")
        found.append({"id": uuid_for("service_at_location", f"{service.id}:{contact.value}"),
                      "service_id": service_uuid(service), "location_id": location_id,
                      "location": {"id": location_id, "location_type": "physical", "name": contact.value}})
    return found


def _attributes(service: Service, keys: list[str]) -> list[dict]:
    return [{"id": uuid_for("attribute", f"{service.id}:{key}"), "link_id": service_uuid(service),
             "link_type": "service", "taxonomy_term_id": uuid_for("situation", key), "taxonomy_term": taxonomy_term(key)}
            for key in keys]


def assured_date(service: Service) -> str | None:
    """When its facts were last all checked: the oldest checked date of what it shows."""
    dates = [contact.checked for contact in service.verified_contacts()]
    return min(dates).isoformat() if dates else None


def service_summary(service: Service, last_modified: dt.datetime | None) -> dict:
    """A service as GET /services lists it."""
    found = {"id": service_uuid(service), "organization_id": uuid_for("organisation", service.organisation_id),
             "name": service.name, "description": service.summary, "status": STATUS_OUT[service.status]}
    if service.active:
        web, email = service.verified_contacts("web"), service.verified_contacts("email")
        if web:
            found["url"] = web[0].value
        if email:
            found["email"] = email[0].value
    if service.min_age is not None:
        found["minimum_age"] = service.min_age
    if service.max_age is not None:
        found["maximum_age"] = service.max_age
    if assured_date(service) and service.active:
        found["assured_date"] = assured_date(service)
    if last_modified is not None:
        found["last_modified"] = last_modified.replace(microsecond=0).isoformat() + "Z"
    found["organization"] = organization(service)
    return found


def service_full(directory: Directory, service: Service, last_modified: dt.datetime | None) -> dict:
    """A service with everything nested, as GET /services/{id} gives it."""
    found = service_summary(service, last_modified)
    found["eligibility_description"] = service.eligibility  # HSDS 3.0's field; the profile allows it
    found["service_areas"] = [{"id": uuid_for("service_area", f"{service.id}:{service.area}"),
                               "service_id": found["id"], "name": AREA_NAMES[service.area], "extent_type": "name"}]
    keys = [key for key, ids in directory.situations.items() if service.id in ids]
    for name, items in (("phones", _phones(service)), ("schedules", _schedules(service)),
                        ("service_at_locations", _locations(service)), ("attributes", _attributes(service, keys))):
        if items and (service.active or name == "attributes"):
            found[name] = items
    return found
