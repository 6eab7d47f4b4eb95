"""Asking for a person and a callback, over the real servers: stored before confirmed."""
from __future__ import annotations

import time

import sqlalchemy as sa

from tests.support.database_faults import database_refusing
from tests.support.stack import texts


def requests_for(stack, sender: str) -> list[dict]:
    engine = sa.create_engine(stack.database_url)
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT * FROM callback_request WHERE conversation_id = :c"), {"c": sender})
        return [dict(row._mapping) for row in rows]


def request_a_callback(bot, sender: str, name: str = "Jo", contact: str = "07700 900123",
                       time: str = "mornings", consent: str = "yes") -> str:
    """The whole form, answered; returns the bot's last reply."""
    start_callback(bot, sender)
    bot.say(sender, name)
    bot.say(sender, contact)
    bot.say(sender, time)
    return texts(bot.say(sender, consent))


def start_callback(bot, sender: str) -> None:
    offer = texts(bot.say(sender, "can I talk to a real person please"))
    assert "020 7501 8970" in offer and "connect@carershub.org.uk" in offer
    assert "What name" in texts(bot.say(sender, "yes please"))


def test_the_whole_callback_flow_is_stored_then_confirmed(bot, stack, sender, fake_webhook):
    start_callback(bot, sender)
    assert "phone number or email" in texts(bot.say(sender, "Jo Bloggs"))
    assert "good time" in texts(bot.say(sender, "07700 900123"))
    consent = texts(bot.say(sender, "weekday mornings"))
    assert "Do you agree" in consent and "07700 900123" in consent
    confirmation = texts(bot.say(sender, "yes"))
    stored = requests_for(stack, sender)
    assert len(stored) == 1
    request = stored[0]
    assert (request["name"], request["contact"], request["contact_kind"], request["best_time"], request["status"]) == (
        "Jo Bloggs", "07700 900123", "phone", "weekday mornings", "open")
    assert request["consent"] and "07700 900123" in request["consent_text"]
    assert f"number {request['id']}" in confirmation
    # The webhook hears a request number only, never the carer's details.
    deadline = time.time() + 10
    while time.time() < deadline and not any(m.get("callback_request") == request["id"] for m in fake_webhook.received):
        time.sleep(0.2)
    notice = next(m for m in fake_webhook.received if m.get("callback_request") == request["id"])
    assert "Jo" not in str(notice) and "07700" not in str(notice)
    # The form's personal data does not linger in the slots.
    slots = bot.tracker(sender)["slots"]
    assert all(slots[name] is None for name in ("callback_name", "callback_contact", "callback_time"))


def test_email_is_accepted(bot, stack, sender):
    request_a_callback(bot, sender, name="Amir", contact="amir.khan@example.org", time="any time")
    assert requests_for(stack, sender)[0]["contact_kind"] == "email"


def test_cancelling_midway_saves_nothing(bot, stack, sender):
    start_callback(bot, sender)
    bot.say(sender, "Jo")
    assert "cancelled" in texts(bot.say(sender, "cancel"))
    assert requests_for(stack, sender) == []
    assert bot.tracker(sender)["slots"]["callback_name"] is None


def test_invalid_contact_details_are_asked_again(bot, stack, sender):
    start_callback(bot, sender)
    bot.say(sender, "Jo")
    for wrong in ("123", "jo at example", "+1 415 555 2671"):
        assert "doesn't look like" in texts(bot.say(sender, wrong))
    assert "good time" in texts(bot.say(sender, "07700 900123"))


def test_no_consent_means_nothing_is_stored(bot, stack, sender):
    reply = request_a_callback(bot, sender, time="evenings", consent="no")
    assert "won't pass on your details" in reply and "020 7501 8970" in reply
    assert requests_for(stack, sender) == []


def test_a_crisis_during_the_form_gets_crisis_contacts(bot, stack, sender):
    start_callback(bot, sender)
    reply = bot.say(sender, "actually I want to kill myself")[0]["text"]
    assert "999" in reply and "116 123" in reply
    assert requests_for(stack, sender) == []


def test_database_refusing_the_write_is_told_with_the_phone_number(bot, stack, sender):
    with database_refusing(stack.database_url, "INSERT", "callback_request"):
        reply = request_a_callback(bot, sender)
    assert "could not save" in reply and "020 7501 8970" in reply
    assert requests_for(stack, sender) == []


def test_webhook_down_keeps_the_request(bot, stack, sender, fake_webhook):
    fake_webhook.down = True
    try:
        assert "saved" in request_a_callback(bot, sender)
        deadline = time.time() + 15
        while time.time() < deadline and not requests_for(stack, sender)[0]["notify_error"]:
            time.sleep(0.3)
    finally:
        fake_webhook.down = False
    stored = requests_for(stack, sender)
    assert len(stored) == 1 and stored[0]["notify_error"] == "HTTP 503" and stored[0]["notified_at"] is None


def test_delete_my_conversation_also_erases_the_callback_request(bot, stack, sender):
    request_a_callback(bot, sender)
    assert requests_for(stack, sender)
    assert "delete" in texts(bot.say(sender, "delete my conversation"))
    bot.say(sender, "yes")
    assert requests_for(stack, sender) == []
    assert [e for e in bot.tracker(sender)["events"] if e["event"] == "user"] == []


def test_a_failed_erasure_is_told_not_hidden(bot, stack, sender):
    bot.say(sender, "I need a break from looking after my dad")
    with database_refusing(stack.database_url, "DELETE", "events"):
        bot.say(sender, "delete my conversation")
        reply = texts(bot.say(sender, "yes"))
    assert "could not delete" in reply and "020 7501 8970" in reply
    assert "Done" not in reply
    users = [e["text"] for e in bot.tracker(sender)["events"] if e["event"] == "user"]
    assert users[0] == "I need a break from looking after my dad"
