"""Writes the directory tables back to data/directory/*.yml, in the files' own schema, so
staff's edits can be reviewed in git.

The files are updated in place (ruamel.yaml's round trip): comments, order and quoting
stay, and only what changed shows in the diff. An unedited directory exports to the very
same bytes it was loaded from (a test holds this). When the files written are the seed
files, the database is marked as equal to them, so later changes to the files load again.
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString

from bot import settings
from bot.directory import loader, models, queries
from bot.directory.schema import Contact, Directory, Service
from bot.storage import db

ORGANISATION_KEYS = ("id", "name", "kind", "web", "services")
SERVICE_KEYS = ("id", "oruk_id", "name", "summary", "area", "min_age", "max_age", "cared_for_min_age", "cared_for_max_age",
                "eligibility", "status", "contacts", "notes")
ALWAYS_WRITTEN = {"min_age", "max_age"}  # written as null when empty, as the seed files do
PLAIN = {"id", "oruk_id", "kind", "area", "status", "channel"}  # written unquoted
CONTACT_KEYS = ("channel", "value", "label", "note", "verified", "source", "page_date", "checked")


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a line someone wrote
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(type(None), lambda rep, _v: rep.represent_scalar("tag:yaml.org,2002:null", "null"))
    return yaml


def _styled(old, new):
    """`new` in the style `old` was written in, so an edit does not reformat the line."""
    if not isinstance(new, str):
        return new
    if isinstance(old, FoldedScalarString):
        return FoldedScalarString(new) if old != new else old
    return DoubleQuotedScalarString(new)


def _set(mapping: CommentedMap, key: str, value, order: tuple[str, ...], omit: bool) -> None:
    """Sets `key` only when its value differs. `omit`: the value is the schema's default,
    so the key is not written (but one already written with that value stays); a new key
    goes where `order` puts it."""
    if key in mapping:
        if mapping[key] == value:
            return
        if omit:
            del mapping[key]
        else:
            mapping[key] = value if key in PLAIN or not isinstance(value, str) else _styled(mapping[key], value)
        return
    if omit:
        return
    earlier = [k for k in order[:order.index(key)] if k in mapping]
    position = list(mapping).index(earlier[-1]) + 1 if earlier else 0
    mapping.insert(position, key, value if key in PLAIN or not isinstance(value, str) else DoubleQuotedScalarString(value))


def _update_contact(mapping: CommentedMap, contact: Contact, research_date: dt.date) -> None:
    wanted = {"channel": contact.channel, "value": contact.value, "label": contact.label, "note": contact.note,
              "verified": contact.verified, "source": contact.source, "page_date": contact.page_date,
              "checked": contact.checked}
    absent_when = {"label": "", "note": "", "page_date": "", "verified": True, "checked": research_date}
    for key in CONTACT_KEYS:
        _set(mapping, key, wanted[key], CONTACT_KEYS, omit=key in absent_when and wanted[key] == absent_when[key])


def _update_service(mapping: CommentedMap, service: Service, research_date: dt.date) -> None:
    values = {"id": service.id, "oruk_id": service.oruk_id, "name": service.name, "summary": service.summary, "area": service.area,
              "min_age": service.min_age, "max_age": service.max_age, "cared_for_min_age": service.cared_for_min_age,
              "cared_for_max_age": service.cared_for_max_age, "eligibility": service.eligibility,
              "status": service.status, "notes": service.notes}
    for key, value in values.items():
        _set(mapping, key, value, SERVICE_KEYS, omit=value in (None, "") and key not in ALWAYS_WRITTEN)
    if "contacts" not in mapping:
        _set(mapping, "contacts", CommentedSeq(), SERVICE_KEYS, omit=False)
    contacts = mapping["contacts"]
    del contacts[len(service.contacts):]
    for position, contact in enumerate(service.contacts):
        if position >= len(contacts):
            contacts.append(CommentedMap())
        _update_contact(contacts[position], contact, research_date)


def _update_organisations(data: CommentedMap, directory: Directory) -> None:
    by_organisation: dict[str, list[Service]] = {}
    for service in directory.services.values():
        by_organisation.setdefault(service.organisation_id, []).append(service)
    organisations = data["organisations"]
    present = {organisation["id"] for organisation in organisations}
    for organisation_id, services in by_organisation.items():
        if organisation_id not in present:
            organisations.append(CommentedMap([("id", organisation_id), ("name", None), ("kind", None),
                                               ("services", CommentedSeq())]))
    for organisation in list(organisations):
        services = by_organisation.get(organisation["id"])
        if not services:
            organisations.remove(organisation)
            continue
        first = services[0]
        _set(organisation, "name", first.organisation_name, ORGANISATION_KEYS, omit=False)
        _set(organisation, "kind", first.organisation_kind, ORGANISATION_KEYS, omit=False)
        _set(organisation, "web", first.organisation_web, ORGANISATION_KEYS, omit=not first.organisation_web)
        written = organisation["services"]
        for mapping in list(written):
            if mapping["id"] not in directory.services:
                written.remove(mapping)
        known = {mapping["id"] for mapping in written}
        for service in services:
            if service.id not in known:
                written.append(CommentedMap([("id", service.id)]))
        for mapping in written:
            _update_service(mapping, directory.services[mapping["id"]], directory.research_date)


def _update_situations(data: CommentedMap, directory: Directory) -> None:
    for key, service_ids in directory.situations.items():
        written = data["situations"].get(key)
        if written is None:
            data["situations"][key] = written = CommentedSeq()
        if list(written) != list(service_ids):
            written[:] = list(service_ids)
        written.fa.set_block_style()  # one service per line: a moved service is a one-line diff


def _update_crisis(data: CommentedMap, directory: Directory) -> None:
    for kind, card in directory.crisis.items():
        written = data["kinds"][kind]
        _set(written, "title", card.title, ("title", "lines", "advice"), omit=False)
        for position, line in enumerate(card.lines):
            mapping = written["lines"][position]
            for key, value in (("say", line.say), ("service", line.service_id), ("channel", line.channel),
                               ("value", line.value)):
                if mapping[key] != value:
                    mapping[key] = value if key in ("service", "channel") else DoubleQuotedScalarString(value)


UPDATERS = {"organisations.yml": _update_organisations, "situations.yml": _update_situations,
            "crisis.yml": _update_crisis}


def render(directory: Directory, seed: Path) -> dict[str, str]:
    """The three files' new text, from the current files in `seed` and the directory."""
    yaml, written = _yaml(), {}
    for name, update in UPDATERS.items():
        data = yaml.load((seed / name).read_text(encoding="utf-8"))
        update(data, directory)
        out = io.StringIO()
        yaml.dump(data, out)
        written[name] = out.getvalue()
    return written


def export(target: Path | None = None, url: str | None = None) -> list[str]:
    """Writes the tables to `target` (default: the seed files). Returns the files that
    changed."""
    seed = settings.load().directory_dir
    target = target or seed
    with db.session_scope(url) as session:
        version = session.get(models.DirectoryVersionRow, 1)
        if version is None:
            raise LookupError("the directory tables are empty: nothing to export")
        texts = render(queries.read(session, version.research_date), seed)
        target.mkdir(parents=True, exist_ok=True)
        changed = [name for name, text in texts.items()
                   if not (target / name).exists() or (target / name).read_text(encoding="utf-8") != text]
        for name in changed:
            temporary = target / f".{name}.tmp"
            temporary.write_text(texts[name], encoding="utf-8")
            temporary.replace(target / name)
        if target.resolve() == seed.resolve():
            loader.read_directory(target)  # what was written must load
            loader.mark_loaded(version, loader.fingerprint(target), version.research_date)
    return changed
