"""The rules every directory change obeys (bot/directory/editing.py), on SQLite and on
PostgreSQL: a crisis line follows its number, a situation never loses its last service,
a changed contact is verified only when checked again, and the bot's cached directory
sees a change without a restart."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot import settings
from bot.directory import editing, loader, models, queries
from bot.directory.editing import pair_contacts, EditError
from bot.directory.schema import Contact
from bot.openreferral.importer import uk_number
from bot.storage import db

TODAY = dt.date.today()


def contact(value: str, channel: str = "phone", **fields) -> Contact:
    return Contact(channel=channel, value=value, source="https://example.org", checked=dt.date(2026, 1, 1), **fields)


def test_contacts_pair_by_value_first_then_in_order():
    a, b, c, d = contact("020 7946 0001"), contact("020 7946 0002"), contact("020 7946 0003"), contact("020 7946 0004")
    assert pair_contacts((a, b, c), (b, c)) == [(b, b), (c, c), (a, None)]  # a removed, not "a became b"
    assert pair_contacts((a, b), (d, b)) == [(a, d), (b, b)]  # a edited into d
    assert pair_contacts((a,), (a, d)) == [(a, a), (None, d)]


@pytest.mark.parametrize("new, verified, why", [
    (dict(value="020 7946 0009", checked=TODAY), True, ""),
    (dict(value="020 7946 0009", checked=dt.date(2026, 1, 1)), False, "not brought up to date"),
    (dict(value="020 7946 0009", checked=TODAY, source=""), False, "no source"),
    (dict(label="A new label only"), True, ""),  # the number did not change: no new check needed
])
def test_a_changed_contact_needs_a_fresh_check(new, verified, why):
    old = contact("020 7946 0001")
    saved, reason = editing.with_verification(old, dataclasses.replace(old, **new), TODAY)
    assert saved.verified is verified and why in reason


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'bot.db'}"
    else:
        url = request.getfixturevalue("postgres_database")
    loader.sync(url=url)
    return url


def current(url):
    with db.session_scope(url) as session:
        version = session.get(models.DirectoryVersionRow, 1)
        return queries.read(session, version.research_date)


def save(url, service_id, situations=None, **changes):
    directory = current(url)
    proposal = editing.Proposal(dataclasses.replace(directory.services[service_id], **changes),
                                editing.situations_of(directory, service_id) if situations is None else situations)
    checked, notes = editing.check(proposal, directory, TODAY)
    with db.session_scope(url) as session:
        return editing.apply(session, checked, "test.admin", dt.datetime.utcnow()), notes


def test_a_crisis_line_follows_its_number_to_the_new_value(database):
    samaritans = current(database).services["samaritans"]
    phone = next(c for c in samaritans.contacts if c.value == "116 123")
    changed = tuple(dataclasses.replace(c, value="116 124", checked=TODAY) if c == phone else c
                    for c in samaritans.contacts)
    done, _ = save(database, "samaritans", contacts=changed)
    assert [c.field for c in done] == ["phone contact"]
    values = {line.value for card in current(database).crisis.values() for line in card.lines
              if line.service_id == "samaritans"}
    assert values == {"116 124"}
    with db.session_scope(database) as session:
        history = session.query(models.DirectoryChangeRow).filter_by(service_id="samaritans").all()
    assert len(history) == 1 and "116 123" in history[0].old and "116 124" in history[0].new


def test_a_situation_never_loses_its_last_service(database):
    assert current(database).situations["carers_card"] == ("lambeth_carers_card", "carers_hub_lambeth")
    hub_keeps = tuple(k for k in editing.situations_of(current(database), "carers_hub_lambeth") if k != "carers_card")
    save(database, "carers_hub_lambeth", situations=hub_keeps)
    with pytest.raises(EditError) as refused:
        save(database, "lambeth_carers_card", situations=())
    assert refused.value.field == "situations" and "only service" in refused.value.problem
    assert current(database).situations["carers_card"] == ("lambeth_carers_card",)


def test_a_closed_service_leaves_its_situations(database):
    done, _ = save(database, "mencap_helpline", status="closed")
    assert {c.field for c in done} == {"status", "situations"}
    assert not editing.situations_of(current(database), "mencap_helpline")


def forget_settings() -> None:
    """The process-wide caches that hold the default database."""
    for cached in (settings.load, db.engine, db._session_factory):  # noqa: SLF001
        cached.cache_clear()
    queries.forget_cache()


def test_the_running_bot_sees_a_change_without_a_restart(database, monkeypatch):
    monkeypatch.setattr(queries, "RECHECK_SECONDS", 0.0)
    with monkeypatch.context() as patched:
        patched.setenv("DATABASE_URL", database)
        forget_settings()
        try:
            assert queries.current().services["mencap_helpline"].summary != "Changed while running."
            save(database, "mencap_helpline", summary="Changed while running.")
            assert queries.current().services["mencap_helpline"].summary == "Changed while running."
        finally:
            forget_settings()
    forget_settings()


@pytest.mark.parametrize("written, expected", [
    ("020 7501 8970", "020 7501 8970"), ("+44 20 7501 8970", "020 7501 8970"), ("02075018970", "020 7501 8970"),
    ("+44 (0)800 731 0297", "0800 731 0297"), ("0800 731 0297", "0800 731 0297"), ("08007310297", "0800 731 0297"),
    ("01632 960123", "01632 960123"), ("116123", "116 123"), ("999", "999"), ("12345678", None),
    ("call us", None),
])
def test_a_feeds_phone_numbers_are_written_the_directorys_way(written, expected):
    assert uk_number(written) == expected


def test_hours_the_bot_cannot_read_are_saved_with_a_note(database):
    service = current(database).services["mencap_helpline"]
    hours = Contact(channel="hours", value="Most afternoons", source="https://www.mencap.org.uk", checked=TODAY)
    readable = dataclasses.replace(hours, value="Monday to Friday, 9am to 5pm")
    _done, notes = save(database, "mencap_helpline", contacts=service.contacts + (hours,))
    assert any("cannot read exact times" in note for note in notes)
    _done, notes = save(database, "mencap_helpline", contacts=service.contacts + (readable,))
    assert not notes
