"""The staff app's directory pages over real HTTP: admins edit a service through the form
a browser gets, reviewers only read, every change is in the history and the audit log,
bad edits are refused whole with the field named, and stale contacts are counted."""
from __future__ import annotations

import datetime as dt
import json

import pytest
import sqlalchemy as sa

from bot.staff.models import AuditEntry
from bot.storage import db
from tests.integration import staff_support as support
from tests.integration.staff_support import (REVIEWER, REVIEWER_PASSWORD, form_fields, live_directory, visible_text,
                                             with_fields)

SERVICE = "dementia_uk"
PAGE = f"/staff/directory/service/{SERVICE}"
TODAY = dt.date.today().isoformat()
SOURCE = "https://www.dementiauk.org/get-support/dementia-helpline-alzheimers-helpline/"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    started = support.start_staff_app(tmp_path_factory.mktemp("directory-staff"), own_directory=True)
    yield started
    started.stop()


def first_phone_row(fields, service) -> int:
    """The form's row number of the service's first phone."""
    position = next(i for i, contact in enumerate(service.contacts) if contact.channel == "phone")
    assert dict(fields)[f"c{position + 1}_value"] == service.contacts[position].value
    return position + 1


def test_a_reviewer_reads_the_directory_but_cannot_change_it(app):
    reviewer = app.session(REVIEWER, REVIEWER_PASSWORD)
    listing = reviewer.get("/staff/directory/")
    assert listing.status_code == 200 and "Age UK Lambeth" in listing.text
    page = reviewer.get(PAGE)
    assert page.status_code == 200 and "<form method=\"post\" action=\"/staff/directory" not in page.text
    before = live_directory(app.url)
    admin_fields = form_fields(app.session().get(PAGE).text, PAGE)
    forged = with_fields(admin_fields, csrf_token=reviewer.csrf, summary="A reviewer's own summary.")
    refused = reviewer.submit(PAGE, forged)
    assert refused.status_code == 403 and "Admins only" in refused.text
    assert live_directory(app.url) == before


def test_an_admin_edit_is_saved_whole_with_its_history_and_audit(app):
    admin = app.session()
    before, revision = live_directory(app.url)
    old = before.services[SERVICE]
    fields = form_fields(admin.get(PAGE).text, PAGE)
    row = first_phone_row(fields, old)
    new_number = "020 7946 0321"
    saved = admin.submit(PAGE, with_fields(fields, **{
        f"c{row}_value": new_number, f"c{row}_checked": TODAY, f"c{row}_source": SOURCE,
        "summary": "Help for older people in Lambeth and the people who care for them.", "max_age": "99"}))
    assert saved.status_code == 200, visible_text(saved.text)[:800]
    assert "3 changes saved" in visible_text(saved.text)
    after, new_revision = live_directory(app.url)
    assert new_revision == revision + 1
    contact = after.services[SERVICE].contacts[row - 1]
    assert (contact.value, contact.verified, contact.source, contact.checked.isoformat()) == (
        new_number, True, SOURCE, TODAY)
    assert after.services[SERVICE].max_age == 99
    history = visible_text(admin.get(PAGE).text)
    assert old.contacts[row - 1].value in history and new_number in history and support.ADMIN in history
    with db.session_scope(app.url) as session:
        entry = session.execute(sa.select(AuditEntry).where(AuditEntry.action == "directory_edit")
                                .order_by(AuditEntry.id.desc())).scalars().first()
        assert entry.actor == support.ADMIN
        detail = json.loads(entry.detail)
    assert detail["service"] == SERVICE
    change = next(c for c in detail["changes"] if c["field"] == "phone contact")
    assert change["old"]["value"] == old.contacts[row - 1].value and change["new"]["value"] == new_number
    assert "Changed a service in the directory" in visible_text(admin.get("/staff/audit").text)


def test_a_changed_number_nobody_checked_is_saved_unverified(app):
    admin = app.session()
    fields = form_fields(admin.get(PAGE).text, PAGE)
    before, _ = live_directory(app.url)
    row = first_phone_row(fields, before.services[SERVICE])
    old_checked = before.services[SERVICE].contacts[row - 1].checked.isoformat()
    for changes in ({f"c{row}_value": "020 7946 0654", f"c{row}_checked": "2020-01-01"},  # not brought up to date
                    {f"c{row}_value": "020 7946 0987", f"c{row}_source": ""},  # no source
                    {f"c{row}_value": "020 7946 0876", f"c{row}_checked": ""}):  # no checked date
        fields = form_fields(admin.get(PAGE).text, PAGE)
        saved = admin.submit(PAGE, with_fields(fields, **changes))
        assert saved.status_code == 200, visible_text(saved.text)[:600]
        assert "saved as unverified" in visible_text(saved.text)
        contact = live_directory(app.url)[0].services[SERVICE].contacts[row - 1]
        assert contact.value == changes[f"c{row}_value"] and not contact.verified
    assert old_checked  # the first save had a checked date older than the old one


@pytest.mark.parametrize("changes, field, problem", [
    ({"VALUE": "0207 12"}, "phone", "is not a UK phone number"),
    ({"VALUE": "call us"}, "phone", "is not a UK phone number"),
    ({"SOURCE": "dementiauk.org/help"}, "source", "is not a web address"),
    ({"SOURCE": "javascript:alert(1)"}, "source", "is not a web address"),
    ({"CHECKED": (dt.date.today() + dt.timedelta(days=3)).isoformat()}, "checked date", "is in the future"),
    ({"CHECKED": "31/12/2025"}, "checked date", "is not a date"),
    ({"min_age": "eighteen"}, "youngest carer it serves", "is not an age"),
    ({"min_age": "70", "max_age": "60"}, "min_age", "is more than max age"),
    ({"summary": "  "}, "summary", "is missing"),
    ({"area": "mars"}, "area", "choose one of"),
])
def test_a_bad_edit_is_refused_whole_with_the_field_named(app, changes, field, problem):
    admin = app.session()
    page = admin.get(PAGE)
    fields = form_fields(page.text, PAGE)
    before = live_directory(app.url)
    row = first_phone_row(fields, before[0].services[SERVICE])
    named = {"VALUE": f"c{row}_value", "SOURCE": f"c{row}_source", "CHECKED": f"c{row}_checked"}
    edit = {named.get(key, key): value for key, value in changes.items()}
    edit.setdefault("notes", "A good change that must not be saved alone.")
    refused = admin.submit(PAGE, with_fields(fields, **edit))
    text = visible_text(refused.text)
    assert refused.status_code == 400, text[:500]
    assert "Nothing was saved" in text and field.lower() in text.lower() and problem in text, text[:800]
    assert live_directory(app.url) == before  # nothing half-saved, not even the good change
    assert "A good change that must not be saved alone." in refused.text  # what was typed is kept


def test_a_crisis_card_number_cannot_be_removed_or_left_unverified(app):
    admin = app.session()
    path = "/staff/directory/service/samaritans"
    fields = form_fields(admin.get(path).text, path)
    before = live_directory(app.url)
    row = first_phone_row(fields, before[0].services["samaritans"])
    for changes in ({f"c{row}_remove": "yes"}, {f"c{row}_verified": None}, {"status": "closed"}):
        refused = admin.submit(path, with_fields(fields, **changes))
        assert refused.status_code == 400 and "crisis card" in visible_text(refused.text)
    assert live_directory(app.url) == before


def test_a_form_from_before_someone_elses_change_is_refused(app):
    first, second = app.session(), app.session()
    stale_form = form_fields(first.get(PAGE).text, PAGE)
    fresh = form_fields(second.get(PAGE).text, PAGE)
    assert second.submit(PAGE, with_fields(fresh, notes="Changed by the second admin.")).status_code == 200
    refused = first.submit(PAGE, with_fields(stale_form, notes="Changed by the first admin."))
    assert refused.status_code == 400 and "someone changed this service" in visible_text(refused.text)
    assert live_directory(app.url)[0].services[SERVICE].notes == "Changed by the second admin."


def test_stale_and_unverified_contacts_are_counted_and_listed(app):
    admin = app.session()
    path = "/staff/directory/service/carers_uk"
    fields = form_fields(admin.get(path).text, path)
    stale_date = (dt.date.today() - dt.timedelta(days=400)).isoformat()
    saved = admin.submit(path, with_fields(fields, c1_checked=stale_date))  # same value, older check: stale
    assert saved.status_code == 200
    directory = live_directory(app.url)[0]
    stale = sum(1 for service, contact in directory.all_contacts() if service.active and contact.verified
                and contact.checked < dt.date.today() - dt.timedelta(days=180))
    unverified = sum(1 for service, contact in directory.all_contacts() if service.active and not contact.verified)
    assert stale >= 1
    summary = visible_text(admin.get("/staff/summary").text)
    assert f"{stale} stale contact" in summary and f"{unverified} unverified contact" in summary
    listed = visible_text(admin.get("/staff/directory/?show=stale").text)
    assert "Carers UK" in listed and "Samaritans" not in listed
    assert "South London Cares" in visible_text(admin.get("/staff/directory/?show=closed").text)
    checked = support.run_cli(app.url, "directory", "check", DIRECTORY_DIR=str(app.seed))
    assert checked.returncode == 0, checked.stderr
    assert f"{stale} stale contact(s)" in checked.stdout and "carers_uk: web" in checked.stdout
