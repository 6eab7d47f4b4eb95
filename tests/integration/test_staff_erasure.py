"""Erasure on request through the staff app: found by conversation id, phone number or
email; afterwards nothing of the conversation is left in any table (the audit log keeps
only the fact of the erasure: who, when, why, and the conversation id)."""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from bot.staff.models import AuditEntry
from bot.storage import db, rasa_events
from tests.integration import staff_support as support

WORD = "zanzibarish"  # a word no other conversation uses, to look for afterwards


def _twilio_id(number: str, monkeypatch) -> str:
    monkeypatch.setenv("PSEUDONYM_SECRET", support.PSEUDONYM_SECRET)
    from bot import settings
    from bot.privacy import pseudonyms

    settings.load.cache_clear()
    try:
        return pseudonyms.conversation_id(number, "sms")
    finally:
        settings.load.cache_clear()


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    started = support.start_staff_app(tmp_path_factory.mktemp("staff-erasure"))
    yield started
    started.stop()


def _add(app, conversation_id: str, channel: str = "rest", email: str = "", phone: str = "") -> tuple[str, str]:
    """A conversation with a word and a callback name of its own; returns (word, name)."""
    tag = "".join(char for char in conversation_id if char.isalnum())[-12:]
    word, name = f"{WORD}{tag}", f"Ifeoma{tag.capitalize()} Nwosu"
    text = f"my mum is {word} and needs a break"
    if email:
        text += f", email me at {email}"
    messages = [(text, "breaks_respite"), ("blah blah", "nlu_fallback")]
    form = {"callback_name": name, "callback_contact": phone or email, "callback_time": "after 6pm"} \
        if (phone or email) else None
    rasa_events.insert(app.url, support.conversation(conversation_id, time.time() - 60, messages, channel=channel,
                                                    situations=["breaks_respite"], form=form))
    if phone or email:
        support.add_callback(app.url, conversation_id, name, phone or email, "phone" if phone else "email")
    support.wait_for_index(app.url)
    return word, name


def _assert_nothing_left(app, conversation_id: str, word: str, name: str) -> None:
    left = support.rows_mentioning(app.url, conversation_id)
    assert set(left) <= {"staff_audit"}, left  # only the record that it was erased
    assert not support.rows_mentioning(app.url, word), "message text left behind"
    assert not support.rows_mentioning(app.url, name.split()[0]), "form values left behind"
    with db.engine(app.url).connect() as connection:
        assert connection.execute(sa.text(
            "SELECT COUNT(*) FROM staff_conversation_fts WHERE staff_conversation_fts MATCH :word"), {"word": word}).scalar() == 0
        assert connection.execute(sa.text("SELECT COUNT(*) FROM staff_conversation_situation s LEFT JOIN staff_conversation c "
                                          "ON c.id = s.summary_id WHERE c.id IS NULL")).scalar() == 0
    with db.session_scope(app.url) as session:
        entries = session.execute(sa.select(AuditEntry).where(AuditEntry.action == "erase")).scalars().all()
        erased = [entry for entry in entries if conversation_id in entry.conversation_ids.split()]
        assert erased and erased[-1].actor == support.ADMIN and "request" in erased[-1].reason
        assert word not in erased[-1].detail and name not in erased[-1].reason


def _erase(admin, found_page, expected_ids: set[str]) -> None:
    assert found_page.status_code == 200
    for conversation_id in expected_ids:
        assert f'value="{conversation_id}"' in found_page.text
    done = admin.post("/staff/erase", {"ids": sorted(expected_ids), "reason": "erasure request by phone, ref 42",
                                       "confirm": "yes"})
    assert done.status_code == 200, done.text[:800]
    assert "Erased" in done.text


def test_erase_by_conversation_id_leaves_nothing_behind(app):
    word, name = _add(app, "erase-by-id", phone="07700 900321")
    admin = app.session()
    assert admin.get("/staff/transcript?id=erase-by-id").status_code == 200
    assert support.rows_mentioning(app.url, "erase-by-id").keys() >= {"events", "callback_request", "staff_conversation",
                                                                      "staff_unrecognised"}
    _erase(admin, admin.get("/staff/erase?id=erase-by-id"), {"erase-by-id"})
    _assert_nothing_left(app, "erase-by-id", word, name)
    assert admin.get("/staff/transcript?id=erase-by-id").status_code == 404
    assert "erase-by-id" not in admin.get("/staff/conversations").text


def test_erase_needs_a_reason_and_a_confirmation(app):
    _add(app, "erase-unconfirmed")
    admin = app.session()
    for form in ({"ids": "erase-unconfirmed", "reason": "erasure request by phone", "confirm": ""},
                 {"ids": "erase-unconfirmed", "reason": "short", "confirm": "yes"}):
        assert admin.post("/staff/erase", form).status_code == 400
    assert support.rows_mentioning(app.url, "erase-unconfirmed").get("events")


def test_erase_by_email_finds_callback_requests_and_messages(app):
    by_callback = _add(app, "erase-email-callback", email="ifeoma.n@example.org")
    by_message = _add(app, "erase-email-message", email="IFEOMA.N@example.org")
    _add(app, "erase-email-other", email="someone.else@example.org")
    admin = app.session()
    found = admin.post("/staff/erase/find", {"email": "ifeoma.n@example.org"})
    assert "erase-email-other" not in found.text
    _erase(admin, found, {"erase-email-callback", "erase-email-message"})
    _assert_nothing_left(app, "erase-email-callback", *by_callback)
    _assert_nothing_left(app, "erase-email-message", *by_message)
    assert support.rows_mentioning(app.url, "erase-email-other").get("events")
    with db.session_scope(app.url) as session:
        lookups = session.execute(sa.select(AuditEntry).where(AuditEntry.action == "erase_lookup")).scalars().all()
        assert lookups and all("ifeoma" not in (entry.detail + entry.reason).lower() for entry in lookups)


def test_erase_by_phone_number_finds_sms_conversations_and_callback_requests(app, monkeypatch):
    sms_id = _twilio_id("+447700900765", monkeypatch)
    by_number = _add(app, sms_id, channel="twilio")
    by_callback = _add(app, "erase-phone-callback", phone="07700 900765")
    _add(app, "erase-phone-other", phone="07700 900766")
    admin = app.session()
    found = admin.post("/staff/erase/find", {"phone": "07700 900 765"})
    assert "SMS or WhatsApp number" in found.text
    assert "erase-phone-other" not in found.text
    _erase(admin, found, {sms_id, "erase-phone-callback"})
    _assert_nothing_left(app, sms_id, *by_number)
    _assert_nothing_left(app, "erase-phone-callback", *by_callback)
    assert support.rows_mentioning(app.url, "erase-phone-other").get("events")


def test_erase_on_postgresql_leaves_nothing_behind(postgres_database, tmp_path):
    url = postgres_database
    support.prepare_database(url)
    support.add_accounts(url)
    rasa_events.insert(url, support.conversation("pg-erase", time.time() - 60, [
        (f"dad is {WORD}, ring 07700 900111", "dementia"), ("blah", "nlu_fallback")], situations=["dementia"]))
    support.add_callback(url, "pg-erase", "Ifeoma Nwosu", "07700 900111")
    rasa_events.insert(url, support.conversation("pg-keep", time.time() - 30, [("we can't afford food", "financial_hardship")],
                                                situations=["financial_hardship"]))
    app = support.start_web_app(url, tmp_path / "logs")
    try:
        support.wait_for_index(url)
        admin = app.session()
        page = admin.get("/staff/conversations", params={"q": WORD[:6]})  # a word beginning
        assert "id=pg-erase" in page.text and "id=pg-keep" not in page.text
        assert "id=pg-erase" in admin.get("/staff/conversations", params={"situation": "dementia"}).text
        _erase(admin, admin.post("/staff/erase/find", {"phone": "+44 7700 900111"}), {"pg-erase"})
        left = support.rows_mentioning(url, "pg-erase")
        assert set(left) <= {"staff_audit"}, left
        assert not support.rows_mentioning(url, WORD)
        assert "id=pg-keep" in admin.get("/staff/conversations").text
    finally:
        app.stop()
        db.engine(url).dispose()
