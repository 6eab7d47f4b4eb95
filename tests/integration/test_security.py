"""The internal services are locked down (issue 12), shown over the real servers: the
action server and the Rasa API need their secrets, everything listens on loopback, no
secret shows in the process list, long messages hold nobody up, and a failed turn
leaves the carer's words out of the log."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import requests
import sqlalchemy as sa

from bot.channels.incoming import MAX_BODY_BYTES, MAX_MESSAGE_CHARS
from tests.support import carer_words
from tests.support.database_faults import database_refusing
from tests.support.stack import texts

CRISIS_SENTENCE = "I have taken all of his tablets and I want to die tonight."
ORDINARY = "My dad has dementia and I look after him every day, and I am tired. "


def count(stack, table: str, where: str = "", **params) -> int:
    engine = sa.create_engine(stack.database_url)
    try:
        with engine.connect() as connection:
            return connection.execute(sa.text(f"SELECT COUNT(*) FROM {table} {where}"), params).scalar()
    finally:
        engine.dispose()


def stored_rows(stack, sender: str) -> tuple[int, int]:
    return (count(stack, "events", "WHERE sender_id = :s", s=sender), count(stack, "callback_request"))


def action_call(action: str, sender: str, slots: dict | None = None, events: list | None = None) -> dict:
    """A call in the shape Rasa sends to the action server."""
    return {
        "next_action": action, "sender_id": sender, "version": "3.6.21", "domain": {},
        "tracker": {
            "sender_id": sender, "slots": slots or {}, "events": events or [], "paused": False,
            "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen",
            "latest_message": {"text": "delete my conversation", "intent": {"name": "delete_data"}, "entities": []},
        },
    }


FORGED_CALLBACK_SLOTS = {"callback_name": "Mallory", "callback_contact": "07700 900999",
                         "callback_time": "now", "callback_consent": True}
WRONG_CREDENTIALS = {
    "no secret": {},
    "a wrong secret": {"headers": {"Authorization": "Bearer not-the-secret"}},
    "the secret's scheme only": {"headers": {"Authorization": "Bearer "}},
    "basic authentication": {"auth": ("rasa", "not-the-secret")},
    "a token in the query": {"params": {"token": "not-the-secret"}},
}


@pytest.fixture
def victim(bot, sender) -> str:
    """A real conversation someone else might try to erase or write into."""
    assert "Carers' Hub Lambeth" in texts(bot.say(sender, "I look after my mum, she has dementia"))
    return sender


@pytest.mark.parametrize("credentials", WRONG_CREDENTIALS.values(), ids=WRONG_CREDENTIALS.keys())
@pytest.mark.parametrize("action", ["action_delete_conversation", "action_submit_callback"])
def test_a_forged_action_call_without_the_secret_gets_401_and_changes_nothing(stack, victim, action, credentials):
    before = stored_rows(stack, victim)
    reply = requests.post(f"http://127.0.0.1:{stack.action_port}/webhook",
                          json=action_call(action, victim, FORGED_CALLBACK_SLOTS), timeout=30, **credentials)
    assert reply.status_code == 401
    assert "events" not in reply.text and "Mallory" not in reply.text
    assert stored_rows(stack, victim) == before


def test_the_action_list_needs_the_secret_and_health_does_not(stack):
    base = f"http://127.0.0.1:{stack.action_port}"
    assert requests.get(f"{base}/actions", timeout=10).status_code == 401
    secret = {"Authorization": f"Bearer {stack.env['ACTION_SERVER_TOKEN']}"}
    assert requests.get(f"{base}/actions", headers=secret, timeout=10).status_code == 200
    assert requests.get(f"{base}/health", timeout=10).json() == {"status": "ok"}


@pytest.mark.parametrize("action", ["action_delete_conversation", "action_submit_callback"])
def test_even_with_the_secret_a_tracker_that_is_not_the_stored_one_changes_nothing(stack, victim, action):
    # Second guard: a made-up tracker lacks the conversation's latest stored message.
    before = stored_rows(stack, victim)
    made_up = [{"event": "user", "timestamp": time.time() - 60, "text": "hello"}]
    reply = requests.post(f"http://127.0.0.1:{stack.action_port}/webhook",
                          json=action_call(action, victim, FORGED_CALLBACK_SLOTS, made_up),
                          headers={"Authorization": f"Bearer {stack.env['ACTION_SERVER_TOKEN']}"}, timeout=30)
    assert reply.status_code == 200
    assert "020 7501 8970" in str(reply.json()["responses"])  # told it failed, with the number
    assert stored_rows(stack, victim) == before


def test_with_the_secret_the_real_flow_still_erases_a_conversation(stack, bot, victim):
    assert "delete" in texts(bot.say(victim, "delete my conversation"))
    assert "deleted" in texts(bot.say(victim, "yes")).lower()
    assert count(stack, "events", "WHERE sender_id = :s", s=victim) == 0


def test_the_rasa_api_needs_its_token(stack, victim):
    url = f"http://127.0.0.1:{stack.rasa_port}/conversations/{victim}/tracker"
    assert requests.get(url, timeout=10).status_code == 401
    assert requests.get(url, params={"token": "wrong"}, timeout=10).status_code == 401
    assert requests.get(url, params={"token": stack.api_token}, timeout=10).status_code == 200


def listening_addresses(port: int) -> set[str]:
    """The addresses something listens on at `port`, from the kernel's socket tables."""
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(_address(address, width))
    return found


def _address(hex_address: str, width: int) -> str:
    if width == 8:
        return ".".join(str(int(hex_address[i:i + 2], 16)) for i in (6, 4, 2, 0))
    return "::1" if hex_address == "00000000000000000000000001000000" else hex_address


def test_both_servers_listen_on_loopback_only_by_default(stack):
    assert listening_addresses(stack.rasa_port) == {"127.0.0.1"}
    assert listening_addresses(stack.action_port) == {"127.0.0.1"}


def test_no_secret_shows_in_the_process_list(stack):
    secrets = [stack.api_token, stack.env["ACTION_SERVER_TOKEN"]]
    for running in stack.supervisor.running:
        command_line = Path(f"/proc/{running.process.pid}/cmdline").read_bytes().decode(errors="replace")
        assert not any(secret in command_line for secret in secrets), running.name


def long_message(length: int) -> str:
    """A long post with a crisis sentence past the length limit, near its end."""
    body = (ORDINARY * (length // len(ORDINARY) + 1))[: length - len(CRISIS_SENTENCE) - 200]
    return body + " " + CRISIS_SENTENCE + " " + ORDINARY[:199]


@pytest.mark.parametrize("length", [100_000, 1_000_000], ids=["100k", "1MB"])
def test_a_huge_message_holds_up_no_other_carer_is_stored_whole_and_its_crisis_is_answered(stack, bot, sender, length):
    text = long_message(length)
    carer_words.remember(text)
    finished: dict[str, float] = {}
    answers: dict[str, list] = {}

    def post_long() -> None:
        reply = requests.post(bot.webhook, json={"sender": sender, "message": text}, timeout=600)
        answers["long"] = reply.json()
        finished["long"] = time.monotonic()

    worker = threading.Thread(target=post_long)
    worker.start()
    time.sleep(1.0)  # the long message is being read now
    short = [bot.say(f"{sender}-other-{n}", "hello") for n in range(3)]
    finished["short"] = time.monotonic()
    worker.join(600)
    # Answered, and not made to wait for the whole of the long message.
    assert all(short) and finished["short"] < finished["long"]
    first, *rest = [message.get("text", "") for message in answers["long"]]
    assert "999" in first and "Samaritans" in first  # the crisis card comes first
    assert any("very long" in message and "020 7501 8970" in message for message in rest)
    stored = [e["text"] for e in bot.tracker(sender)["events"] if e["event"] == "user"]
    assert stored == [text.strip()]  # whole (Rasa trims the ends of every message)


def test_a_body_over_the_servers_cap_is_refused_before_it_is_read(bot, stack):
    oversized = b'{"sender": "too-big", "message": "' + b"a" * (MAX_BODY_BYTES + 1) + b'"}'
    reply = requests.post(bot.webhook, data=oversized, headers={"Content-Type": "application/json"}, timeout=60)
    assert reply.status_code == 413
    assert bot.say("after-too-big", "hello")


def test_the_limit_is_one_that_real_carers_never_reach():
    a_long_real_post = 400 * len("caring ")  # 400 words
    assert a_long_real_post < MAX_MESSAGE_CHARS


def test_a_failed_save_is_logged_by_kind_without_the_words_and_the_carer_still_gets_an_answer(stack, bot, sender):
    bot.say(sender, "hello")  # so that the failed save starts with this message, not the session start
    words = "My neighbour Gwendolyn Ashcroft-Pike on 07700 900871 needs a sitter for her husband"
    with database_refusing(stack.database_url, "INSERT", "events"):
        reply = texts(bot.say(sender, words))
    assert "Carers' Hub Lambeth" in reply
    log = (stack.supervisor.log_dir / "rasa server.log").read_text(errors="replace")
    assert "refused by test" in log  # the failure and its kind are logged
    for piece in ("Gwendolyn", "Ashcroft", "900871", "needs a sitter"):
        assert piece not in log
