"""SMS and WhatsApp through the Twilio channel of the running bot.

Requests are signed with the real `twilio` RequestValidator over the public URL Twilio
would call (not the local address the test posts to, as behind a proxy); the bot's real
twilio client sends its replies to a local fake of Twilio's REST API, which captures them.
"""
from __future__ import annotations

import json
import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import urlencode

import pytest
import requests
import sqlalchemy as sa
from twilio.request_validator import RequestValidator

from bot import processes, settings
from bot.channels import twilio_models
from bot.channels.plain_text import length, MAX_PART_LENGTH
from bot.dialogue import replies
from bot.dialogue.replies import EMPTY_MESSAGE_REPLY, TEXT_ONLY_REPLY
from bot.directory.schema import read_directory
from bot.privacy.pseudonyms import conversation_ids_for_number
from tests.fakes.twilio_api import FakeTwilioApi
from tests.support import carer_words
from tests.support.stack import start_stack, Stack

ACCOUNT_SID = "AC" + secrets.token_hex(16)
AUTH_TOKEN = secrets.token_hex(16)
PSEUDONYM_SECRET = secrets.token_urlsafe(24)
PUBLIC_URL = "https://carers-bot.example.org"  # what Twilio signs; the test posts to 127.0.0.1
WEBHOOK_PATH = "/webhooks/twilio/webhook"
# Ofcom's drama ranges: numbers that are never a real line.
SMS_NUMBER = "+442079460000"
WHATSAPP_NUMBER = "whatsapp:+442079460001"
CARER_NUMBERS: list[str] = []  # every carer number this module used, for the final scan
DIRECTORY = read_directory()
TURN_TIMEOUT = 120.0  # a deadline for waiting on the bot, not an assertion about speed


def new_carer_number() -> str:
    number = f"+447700900{100 + len(CARER_NUMBERS):03d}"
    CARER_NUMBERS.append(number)
    return number


@pytest.fixture(scope="module")
def fake_twilio():
    api = FakeTwilioApi(ACCOUNT_SID)
    yield api
    api.close()


@pytest.fixture(scope="module")
def twilio_stack(trained_model, tmp_path_factory, fake_twilio):
    directory = tmp_path_factory.mktemp("twilio")
    stack = start_stack(
        directory, trained_model, f"sqlite:///{directory / 'bot.db'}",
        TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN, TWILIO_PUBLIC_URL=PUBLIC_URL,
        TWILIO_API_BASE_URL=fake_twilio.url, PSEUDONYM_SECRET=PSEUDONYM_SECRET,
        LOG_LEVEL="DEBUG",  # the most the server ever logs, for the scan for phone numbers
    )
    yield stack
    stack.supervisor.stop()


@pytest.fixture(scope="module", autouse=True)
def same_pseudonym_secret_here():
    """This process computes conversation ids with the server's secret, as the staff app does."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PSEUDONYM_SECRET", PSEUDONYM_SECRET)
        settings.load.cache_clear()
        yield
    settings.load.cache_clear()


def events_of(stack: Stack, conversation_id: str) -> list:
    engine = sa.create_engine(stack.database_url)
    try:
        with engine.connect() as connection:
            return connection.execute(sa.text(
                "SELECT type_name, action_name, intent_name, data FROM events WHERE sender_id = :id ORDER BY id"),
                {"id": conversation_id}).fetchall()
    finally:
        engine.dispose()


def user_texts(stack: Stack, conversation_id: str) -> list[str]:
    return [json.loads(row.data)["text"] for row in events_of(stack, conversation_id) if row.type_name == "user"]


@dataclass
class Phone:
    """A carer's phone, writing to the bot the way Twilio delivers its messages."""

    stack: Stack
    fake: FakeTwilioApi
    address: str  # the carer: +44… or whatsapp:+44…
    bot_address: str
    user_turns: int = 0

    @property
    def conversation_id(self) -> str:
        sms, whatsapp = conversation_ids_for_number(self.address)
        return whatsapp if self.address.startswith("whatsapp:") else sms

    def fields(self, text: str, **extra: str) -> dict[str, str]:
        carer_words.remember(text)
        fields = {"MessageSid": "SM" + secrets.token_hex(16), "AccountSid": ACCOUNT_SID, "From": self.address,
                  "To": self.bot_address, "Body": text, "NumMedia": "0", "NumSegments": "1", "ApiVersion": "2010-04-01"}
        if self.address.startswith("whatsapp:"):
            fields.update(ProfileName="A Carer", WaId=self.address.removeprefix("whatsapp:+"))
        fields.update(extra)
        return fields

    def post(self, fields: dict[str, str], signature: Optional[str] = "valid", body: Optional[bytes] = None,
             content_type: str = "application/x-www-form-urlencoded") -> requests.Response:
        headers = {"Content-Type": content_type}
        if signature == "valid":
            signature = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_URL + WEBHOOK_PATH, fields)
        if signature is not None:
            headers["X-Twilio-Signature"] = signature
        return requests.post(f"http://127.0.0.1:{self.stack.rasa_port}{WEBHOOK_PATH}", headers=headers,
                             data=body if body is not None else urlencode(fields).encode(), timeout=60)

    def say(self, text: str, **extra: str) -> list[str]:
        """Sends a message the bot answers, and returns what it sent back."""
        before = len(self.fake.to(self.address))
        reply = self.post(self.fields(text, **extra))
        assert reply.status_code == 200, reply.text
        self.user_turns += 1
        self.wait_until(lambda: self.turn_finished(), "the bot to finish its turn")
        return [message.body for message in self.fake.to(self.address)[before:]]

    def turn_finished(self) -> bool:
        # The tracker store writes a turn's events together when the turn ends, after
        # the replies went out: the carer's message being stored means the turn is over.
        rows = events_of(self.stack, self.conversation_id)
        return sum(row.type_name == "user" for row in rows) == self.user_turns

    def wait_until(self, condition, what: str) -> None:
        deadline = time.monotonic() + TURN_TIMEOUT
        while not condition():
            assert time.monotonic() < deadline, f"gave up waiting for {what}"
            time.sleep(0.2)


def sms_phone(stack, fake) -> Phone:
    return Phone(stack, fake, new_carer_number(), SMS_NUMBER)


def whatsapp_phone(stack, fake) -> Phone:
    return Phone(stack, fake, "whatsapp:" + new_carer_number(), WHATSAPP_NUMBER)


@pytest.fixture
def sms(twilio_stack, fake_twilio) -> Phone:
    return sms_phone(twilio_stack, fake_twilio)


@pytest.fixture
def whatsapp(twilio_stack, fake_twilio) -> Phone:
    return whatsapp_phone(twilio_stack, fake_twilio)


def options_of(body: str) -> list[str]:
    return [line for line in body.splitlines() if line.startswith("Reply ")]


# --- conversations ----------------------------------------------------------------------------


def test_a_signed_sms_conversation_reaches_signposting(sms, fake_twilio):
    greeting = sms.say("hello")
    assert "keep this chat for" in greeting[0], greeting  # the privacy notice starts a conversation
    welcome = next(body for body in greeting if "help you find support" in body)
    assert options_of(welcome)[0] == f"Reply 1 for {replies.greeting().buttons[0].title}"

    answer = sms.say("I need a break from caring for my mum")
    signposting = next(body for body in answer if "Here is who can help" in body)
    text, _, options = signposting.rpartition("\n\n")
    assert "Carers' Hub Lambeth: 020 7501 8970" in text and replies.MORE_PROMPT in text, signposting
    # The reply ends with its one question ("do you live in Lambeth?") and that question's options.
    offered = replies.refining_question("lambeth").buttons
    assert options.splitlines() == [f"Reply {n} for {b.title}" for n, b in enumerate(offered, start=1)]
    assert not any(b.payload in signposting for b in offered) and "**" not in signposting

    # Every reply went to the carer from the SMS number they wrote to.
    assert {(m.to, m.from_) for m in fake_twilio.to(sms.address)} == {(sms.address, SMS_NUMBER)}
    # The conversation is stored under the pseudonym the staff app finds from the number.
    assert sms.conversation_id.startswith("sms-")
    assert user_texts(sms.stack, sms.conversation_id) == ["hello", "I need a break from caring for my mum"]


def test_a_signed_whatsapp_conversation_reaches_signposting(whatsapp, fake_twilio):
    answer = whatsapp.say("I look after my dad who has dementia and I need a break")
    assert any("Carers' Hub Lambeth: 020 7501 8970" in body for body in answer), answer
    first_button = replies.refining_question("lambeth").buttons[0]
    assert any(f"Reply 1 for {first_button.title}" in body for body in answer), answer
    assert {(m.to, m.from_) for m in fake_twilio.to(whatsapp.address)} == {(whatsapp.address, WHATSAPP_NUMBER)}
    assert whatsapp.conversation_id.startswith("whatsapp-")
    # The same number by SMS is another conversation, one the WhatsApp carer's messages did not touch.
    sms_id = conversation_ids_for_number(whatsapp.address)[0]
    assert events_of(whatsapp.stack, sms_id) == []
    assert user_texts(whatsapp.stack, whatsapp.conversation_id) == [
        "I look after my dad who has dementia and I need a break"]


def last_offered_buttons(stack: Stack, conversation_id: str) -> list[dict]:
    """The buttons of the bot's latest message that had any, as the tracker store holds them."""
    bot_messages = [json.loads(row.data)["data"] for row in events_of(stack, conversation_id) if row.type_name == "bot"]
    return [message for message in bot_messages if message.get("buttons")][-1]["buttons"]


def test_a_numbered_reply_picks_that_option_of_the_last_list(sms):
    bodies = sms.say("I need a break from caring for my mum")
    offered = last_offered_buttons(sms.stack, sms.conversation_id)
    assert len(offered) >= 2
    last_list = [options_of(body) for body in bodies if options_of(body)][-1]
    assert last_list == [f"Reply {n} for {b['title']}" for n, b in enumerate(offered, start=1)]

    sms.say("2")
    chosen = [row for row in events_of(sms.stack, sms.conversation_id) if row.type_name == "user"][-1]
    assert json.loads(chosen.data)["text"] == offered[1]["payload"]
    assert chosen.intent_name == offered[1]["payload"].lstrip("/").split("{")[0]


def test_a_number_when_no_options_are_on_offer_is_just_text(sms):
    sms.say("I need a break from caring for my mum")
    welcome = sms.say("thank you")
    assert not any(options_of(body) for body in welcome), welcome
    sms.say("1")
    assert user_texts(sms.stack, sms.conversation_id)[-1] == "1"


def as_one_sms(web_message: dict) -> str:
    """What a short bot message should read as by SMS: its text, then its numbered options."""
    options = [f"Reply {n} for {b['title']}" for n, b in enumerate(web_message.get("buttons") or [], start=1)]
    return "\n\n".join([web_message["text"]] + (["\n".join(options)] if options else []))


def test_a_long_reply_is_split_at_paragraphs_in_order(sms, twilio_stack):
    message = ("My dad has dementia and my brother has a learning disability, "
               "I need a break and we can't afford the bills")
    # On a phone the first answer is short; MORE brings the full reply, as the web shows it.
    web_carer = f"rest-{secrets.token_hex(4)}"
    twilio_stack.client.say(web_carer, message)
    web_messages = twilio_stack.client.say(web_carer, "/more")
    expected = [as_one_sms(m) for m in web_messages]
    long_index = max(range(len(expected)), key=lambda i: length(expected[i]))
    assert length(expected[long_index]) > MAX_PART_LENGTH, "this message no longer makes a long reply; pick another"

    sms.say(message)
    bodies = sms.say("MORE")
    assert all(length(body) <= MAX_PART_LENGTH for body in bodies)
    # Every other message (the privacy notice, say) arrives as one SMS in its place; the
    # long reply comes in parts, in order, cut only between paragraphs, nothing lost.
    before, after = expected[:long_index], expected[long_index + 1:]
    assert bodies[:len(before)] == before
    assert bodies[len(bodies) - len(after):] == after
    parts = bodies[len(before):len(bodies) - len(after)]
    assert len(parts) > 1
    assert "\n\n".join(parts) == expected[long_index]


@pytest.mark.parametrize("message", [
    "I look after my mum and I really need a break",
    "im 15 and i look after my dad, he drinks and we have no money for the gas",
    "My husband has dementia, I work full time and I am exhausted and lonely. Can I get a carers card?",
    "My wife died in March. I cared for her for years and now the carers allowance has stopped and I can't pay the rent",
    "Dad has Parkinson's and he's coming out of hospital on Friday, I live in Croydon, what help is there?",
])
def test_the_first_text_message_reply_fits_in_three_segments_and_more_brings_the_rest(sms, message):
    first = sms.say(message)
    assert sum(length(body) for body in first) <= replies.TEXT_SEGMENTS_LIMIT, first
    assert any("020 7501 8970" in body for body in first), first
    if any(replies.MORE_PROMPT in body for body in first):
        rest = "\n\n".join(sms.say("more"))
        # The full reply: what each service does and every checked way to reach it.
        assert "Call " in rest and "020 7501 8970" in rest and replies.MORE_PROMPT not in rest, rest


def test_the_crisis_reply_arrives_as_one_message(sms, twilio_stack):
    crisis = sms.say("I want to kill myself")
    web_card = twilio_stack.client.say(f"rest-{secrets.token_hex(4)}", "I want to kill myself")[0]["text"]
    assert crisis[0] == web_card  # the whole card, first, in one message
    assert "999" in crisis[0] and length(crisis[0]) <= MAX_PART_LENGTH


def test_delete_my_data_works_by_sms(sms, fake_twilio):
    sms.say("I need a break from caring for my mum")
    confirm = sms.say("delete my data")
    assert "delete this whole conversation" in confirm[0], confirm
    assert options_of(confirm[0]) == ["Reply 1 for Yes, delete it", "Reply 2 for No, keep it"]

    before = len(fake_twilio.to(sms.address))
    assert sms.post(sms.fields("1")).status_code == 200
    sms.wait_until(lambda: not events_of(sms.stack, sms.conversation_id), "the conversation to be erased")
    assert any("deleted this conversation" in m.body for m in fake_twilio.to(sms.address)[before:])


@pytest.mark.parametrize("language, ask, need, yes", [
    ("pl", "po polsku", "Opiekuję się mamą, która ma demencję, i bardzo potrzebuję przerwy", "tak"),
    ("pt", "em português por favor", "Cuido da minha mãe que tem demência e preciso de uma pausa", "sim"),
])
def test_a_text_message_conversation_in_another_language(sms, fake_twilio, language, ask, need, yes):
    """Options numbered in the language, MORE as in English, "1" picks an option, and no
    letter outside GSM's alphabet, so the first reply keeps to three segments."""
    from bot.channels.plain_text import GSM_7, for_sms
    from bot.dialogue import translations

    sms.say(ask)
    first = sms.say(need)
    assert sum(length(body) for body in first) <= replies.TEXT_SEGMENTS_LIMIT, first
    assert all(character in GSM_7 for body in first for character in body), first
    assert any("020 7501 8970" in body for body in first), first
    if any(for_sms(translations.translate(replies.MORE_PROMPT, language)) in body for body in first):
        rest = "\n\n".join(sms.say("MORE"))
        assert "020 7501 8970" in rest and for_sms(translations.translate("Call", language)) in rest, rest
    confirm = sms.say("delete my conversation")
    numbered = for_sms(translations.translate("Reply {number} for {option}", language)).format(
        number=1, option=for_sms(translations.translate("Yes, delete it", language)))
    assert numbered in confirm[0], confirm
    before = len(fake_twilio.to(sms.address))
    assert sms.post(sms.fields("1")).status_code == 200
    sms.wait_until(lambda: not events_of(sms.stack, sms.conversation_id), "the conversation to be erased")
    done = for_sms(translations.translate(replies.CONVERSATION_DELETED, language))
    assert any(done in m.body for m in fake_twilio.to(sms.address)[before:])


# --- what never reaches the bot -----------------------------------------------------------


@pytest.mark.parametrize("case", ["missing", "forged", "signed for the local address", "body changed after signing"])
def test_unsigned_or_forged_requests_get_403_and_never_reach_the_bot(sms, fake_twilio, case):
    fields = sms.fields("I need a break from caring for my mum")
    signature: Optional[str] = None
    if case == "forged":
        signature = RequestValidator("not-the-auth-token").compute_signature(PUBLIC_URL + WEBHOOK_PATH, fields)
    elif case == "signed for the local address":
        local = f"http://127.0.0.1:{sms.stack.rasa_port}{WEBHOOK_PATH}"
        signature = RequestValidator(AUTH_TOKEN).compute_signature(local, fields)
    elif case == "body changed after signing":
        signature = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_URL + WEBHOOK_PATH, fields)
        fields = {**fields, "Body": "something the carer never wrote"}
    reply = sms.post(fields, signature=signature)
    assert reply.status_code == 403, reply.text
    assert events_of(sms.stack, sms.conversation_id) == []
    assert fake_twilio.to(sms.address) == []


MALFORMED = {
    "no From": ({"From": None}, None),
    "From is not a number": ({"From": "hello"}, None),
    "no MessageSid": ({"MessageSid": None}, None),
    "WhatsApp sender to an SMS number": ({"From": "whatsapp:+447700900999"}, None),
    "NumMedia not a number": ({"NumMedia": "lots"}, None),
    "a JSON body": ({}, "application/json"),
}


@pytest.mark.parametrize("change, content_type", MALFORMED.values(), ids=MALFORMED.keys())
def test_signed_but_malformed_bodies_get_400(sms, fake_twilio, change, content_type):
    fields = {k: v for k, v in {**sms.fields("hello"), **change}.items() if v is not None}
    sent_before = len(fake_twilio.sent)
    if content_type == "application/json":
        # Twilio would sign a body it cannot form-encode over the URL alone.
        signature = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_URL + WEBHOOK_PATH, {})
        reply = sms.post(fields, signature=signature, body=json.dumps(fields).encode(), content_type=content_type)
    else:
        reply = sms.post(fields)
    assert reply.status_code == 400, reply.text
    assert "error" in reply.json()
    assert len(fake_twilio.sent) == sent_before
    assert events_of(sms.stack, sms.conversation_id) == []


def test_a_repeated_delivery_is_processed_once(sms, fake_twilio):
    fields = sms.fields("hello")
    assert sms.post(fields).status_code == 200
    sms.user_turns = 1
    sms.wait_until(sms.turn_finished, "the first delivery's turn")
    assert sms.post(fields).status_code == 200  # Twilio delivers the same MessageSid again
    sms.say("I need a break from caring for my mum")  # a later turn: the duplicate had its chance to run
    assert user_texts(sms.stack, sms.conversation_id) == ["hello", "I need a break from caring for my mum"]
    assert sum("help you find support" in m.body for m in fake_twilio.to(sms.address)) == 1



def test_a_redelivery_of_a_message_a_dead_server_never_stored_is_handled(sms, fake_twilio):
    """A server that took the message and died before storing it: Twilio got no answer and
    delivers it again (to the other server, behind nginx), and this time it is handled."""
    fields = sms.fields("I need a break from caring for my dad")
    assert twilio_models.first_delivery(fields["MessageSid"], url=sms.stack.database_url)  # the dead server's mark
    before = len(fake_twilio.to(sms.address))
    assert sms.post(fields).status_code == 200
    sms.user_turns = 1
    sms.wait_until(sms.turn_finished, "the redelivered message's turn")
    assert len(fake_twilio.to(sms.address)) > before
    assert sms.post(fields).status_code == 200  # and once more: now it was stored, so not again
    sms.say("thank you")
    assert user_texts(sms.stack, sms.conversation_id) == ["I need a break from caring for my dad", "thank you"]

MEDIA = {
    "a photo": {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/media/ME1", "MediaContentType0": "image/jpeg"},
    "a voice note": {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/media/ME2",
                     "MediaContentType0": "audio/ogg"},
    "a location": {"Latitude": "51.4613", "Longitude": "-0.1156"},
}


@pytest.mark.parametrize("extra", MEDIA.values(), ids=MEDIA.keys())
def test_a_message_with_no_text_gets_a_polite_answer(whatsapp, fake_twilio, extra):
    reply = whatsapp.post(whatsapp.fields("", **extra))  # Twilio sends (and signs) an empty Body
    assert reply.status_code == 200, reply.text
    [answer] = fake_twilio.wait_for(whatsapp.address, 1)
    assert answer.body == TEXT_ONLY_REPLY
    assert answer.from_ == WHATSAPP_NUMBER
    assert events_of(whatsapp.stack, whatsapp.conversation_id) == []  # nothing stored, no location kept


def test_an_empty_sms_gets_asked_for_words(sms, fake_twilio):
    assert sms.post(sms.fields("   ")).status_code == 200
    [answer] = fake_twilio.wait_for(sms.address, 1)
    assert answer.body == EMPTY_MESSAGE_REPLY


# --- when Twilio's API fails ---------------------------------------------------------------


def rasa_log(stack: Stack) -> str:
    return (stack.supervisor.log_dir / "rasa server.log").read_text(errors="replace")


def test_a_failed_send_is_retried(sms, fake_twilio, twilio_stack):
    refused_before = fake_twilio.refused
    fake_twilio.fail_next(1, status=503)
    greeting = sms.say("hello")
    assert fake_twilio.refused == refused_before + 1
    assert sum("help you find support" in body for body in greeting) == 1  # sent once, after the retry
    assert f"conversation {sms.conversation_id} (attempt 1 of 3): HTTP 503" in rasa_log(twilio_stack)


def test_when_twilio_keeps_failing_the_conversation_goes_on(sms, fake_twilio, twilio_stack):
    fake_twilio.fail_always(status=500)
    try:
        reply = sms.post(sms.fields("I need a break from caring for my mum"))
        assert reply.status_code == 200, reply.text  # not a 500: Twilio must not retry the turn
        sms.user_turns = 1
        sms.wait_until(sms.turn_finished, "the turn to be stored")
        assert fake_twilio.to(sms.address) == []
        assert f"Twilio did not take a reply in conversation {sms.conversation_id}" in rasa_log(twilio_stack)
    finally:
        fake_twilio.recover()
    later = sms.say("thank you")
    assert later, "no reply once Twilio works again"
    assert user_texts(sms.stack, sms.conversation_id) == ["I need a break from caring for my mum", "thank you"]


def test_a_hanging_twilio_api_holds_up_neither_twilio_nor_other_conversations(sms, fake_twilio, twilio_stack):
    fake_twilio.hold()
    try:
        answered: dict[str, requests.Response] = {}
        webhook = threading.Thread(target=lambda: answered.update(sms=sms.post(sms.fields("hello"))))
        webhook.start()
        assert fake_twilio.wait_for_held(1), "the bot never tried to send its reply"
        # While that reply is stuck in flight, another conversation is answered...
        assert twilio_stack.client.say(f"rest-{secrets.token_hex(4)}", "hello")
        assert fake_twilio.held >= 1
        # ...and Twilio gets its answer to the webhook in time, without waiting for the reply.
        webhook.join(60)
        assert answered["sms"].status_code == 200
        assert fake_twilio.held >= 1
    finally:
        fake_twilio.release()
    sms.user_turns = 1
    sms.wait_until(sms.turn_finished, "the turn to finish once Twilio answers")
    assert any("help you find support" in message.body for message in fake_twilio.wait_for(sms.address, 1))


# --- personal data -------------------------------------------------------------------------


def stored_and_logged(stack: Stack) -> dict[str, bytes]:
    """Every byte the bot stored or logged: the database files (WAL included) and the logs."""
    database = Path(sa.engine.make_url(stack.database_url).database)
    files = [p for p in database.parent.glob(database.name + "*")] + list(stack.supervisor.log_dir.glob("*.log"))
    return {str(path): path.read_bytes() for path in files}


def test_no_phone_number_is_stored_or_logged_in_clear(twilio_stack, fake_twilio):
    sms, whatsapp = sms_phone(twilio_stack, fake_twilio), whatsapp_phone(twilio_stack, fake_twilio)
    marker = f"zebra{secrets.token_hex(3)}"
    sms.say(f"hello {marker}")
    sms.say("I need a break from caring for my mum")
    whatsapp.say("my dad has dementia")
    fake_twilio.fail_next(1)
    whatsapp.say("thank you")

    contents = stored_and_logged(twilio_stack)
    # The scan reads where the conversation went: the database, not the server's log, which
    # holds no carer's words even at LOG_LEVEL=DEBUG (bot/logs.py).
    log = rasa_log(twilio_stack).encode()
    assert b"Rasa server is up and running" in log and marker.encode() not in log
    assert marker.encode() in b"\n".join(data for path, data in contents.items() if not path.endswith(".log"))
    for number in CARER_NUMBERS:  # every carer number this module used, in the forms it is written
        national = number.removeprefix("+44")
        for form in (national, f"{national[:4]} {national[4:]}", number.removeprefix("+")):
            leaks = [path for path, data in contents.items() if form.encode() in data]
            assert not leaks, f"{number} found in {leaks}"
    # And no carer's number in the events' metadata or sender ids, read as the staff app reads them.
    rows = events_of(twilio_stack, sms.conversation_id) + events_of(twilio_stack, whatsapp.conversation_id)
    assert rows and all("7700900" not in row.data for row in rows)


def test_a_turn_that_produces_nothing_still_answers_with_the_number_and_999(twilio_stack, fake_twilio):
    # With the action server gone, the turn sends nothing of its own.
    phone = sms_phone(twilio_stack, fake_twilio)
    action_server = next(item for item in twilio_stack.supervisor.running if item.name == "action server")
    health = action_server.ready_url
    twilio_stack.supervisor.stop("action server")
    try:
        assert phone.post(phone.fields("I need a break from caring for my mum")).status_code == 200
        phone.wait_until(lambda: fake_twilio.to(phone.address), "a reply")
        replies = [message.body for message in fake_twilio.to(phone.address)]
    finally:
        twilio_stack.supervisor.start("action server", processes.action_server_command(twilio_stack.action_port),
                                      twilio_stack.env, health)
        twilio_stack.supervisor.wait_ready(timeout=120)
    assert any("020 7501 8970" in body and "999" in body for body in replies), replies
