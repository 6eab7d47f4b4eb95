"""The staff app on real conversations: carers talk to the running bot (Rasa server and
action server, as `make run` starts them), staff review what it stored."""
from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from bot.handoff.models import CallbackRequest
from bot.storage import db
from tests.integration import staff_support as support

NAME, PHONE = "Kemi Adeyemi", "07700 900818"


@pytest.fixture(scope="module")
def review(stack, sender, tmp_path_factory):
    """Three carers talk to the bot, then the staff app starts on the same database."""
    bot = stack.client
    carers = {kind: f"{sender}-{kind}" for kind in ("callback", "crisis", "confused", "deleted")}
    bot.say(carers["callback"], "my dad has dementia and I need a break")
    bot.say(carers["callback"], "can I talk to someone")
    for answer in ("yes", NAME, PHONE, "after 5pm", "yes"):
        bot.say(carers["callback"], answer)
    bot.say(carers["crisis"], "I want to kill myself")
    bot.say(carers["confused"], "flibbertigibbet wozzle")
    bot.say(carers["deleted"], "I'm 15 and I look after my mum")
    bot.say(carers["deleted"], "delete my conversation")
    bot.say(carers["deleted"], "yes")
    if not _has_accounts(stack.database_url):
        support.add_accounts(stack.database_url)
    app = support.start_web_app(stack.database_url, tmp_path_factory.mktemp("staff-e2e") / "logs")
    support.wait_for_index(stack.database_url)
    yield app, carers
    app.stop()


@pytest.fixture(scope="module")
def sender() -> str:  # one name for the module (the shared fixture is per test)
    import secrets

    return f"staff-e2e-{secrets.token_hex(4)}"


def _has_accounts(url: str) -> bool:
    with db.engine(url).connect() as connection:
        return bool(connection.execute(sa.text("SELECT COUNT(*) FROM staff_account")).scalar())


def test_real_conversations_are_listed_with_what_the_bot_recognised(review):
    app, carers = review
    reviewer = app.session(support.REVIEWER, support.REVIEWER_PASSWORD)
    html = reviewer.get("/staff/conversations", params={"situation": "dementia"}).text
    assert carers["callback"] in re.findall(r'name="ids" value="([^"]+)"', html)
    row = support.visible_text(html)
    assert "Dementia and memory problems" in row and "Taking a break" in row and "Open" in row
    crisis = reviewer.get("/staff/conversations", params={"crisis": "yes"}).text
    assert carers["crisis"] in crisis and carers["callback"] not in crisis


def test_the_transcript_masks_what_the_carer_gave_in_the_callback_form(review):
    app, carers = review
    reviewer = app.session(support.REVIEWER, support.REVIEWER_PASSWORD)
    html = reviewer.get("/staff/transcript", params={"id": carers["callback"]}).text
    for secret in (NAME, "Kemi", "Adeyemi", PHONE, "900818"):
        assert secret not in html, secret
    text = support.visible_text(html)
    assert "[name]" in text and "[phone number]" in text
    assert "Bot understood: dementia" in text or "Bot understood: breaks_respite" in text
    assert "Asked for callback details" in text
    queue = reviewer.get("/staff/callbacks").text
    assert NAME in queue and PHONE in queue  # the queue is where staff call back from


def test_what_the_bot_did_not_understand_reaches_the_summary(review):
    app, carers = review
    text = support.visible_text(app.session().get("/staff/summary").text)
    assert "flibbertigibbet wozzle" in text


def test_a_conversation_the_carer_deleted_in_the_chat_is_gone_everywhere(review):
    app, carers = review
    admin = app.session()
    assert carers["deleted"] not in admin.get("/staff/conversations").text
    assert admin.get("/staff/transcript", params={"id": carers["deleted"]}).status_code == 404
    assert not support.rows_mentioning(app.url, carers["deleted"], skip_tables=("staff_audit",))


def test_staff_erase_a_real_conversation_with_its_callback_request(review):
    app, carers = review
    admin = app.session()
    found = admin.post("/staff/erase/find", {"phone": "+44 7700 900818"})
    assert f'value="{carers["callback"]}"' in found.text and "callback request" in found.text
    done = admin.post("/staff/erase", {"ids": carers["callback"], "reason": "carer phoned to ask for erasure",
                                       "confirm": "yes"})
    assert done.status_code == 200
    assert set(support.rows_mentioning(app.url, carers["callback"])) <= {"staff_audit"}
    with db.session_scope(app.url) as session:
        assert not session.execute(sa.select(CallbackRequest).where(
            CallbackRequest.conversation_id == carers["callback"])).first()
    assert not support.rows_mentioning(app.url, "Adeyemi")
