"""Sending through the real twilio client to the local fake Twilio API: retries, give-ups, logs."""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
import logging

import pytest

from bot.channels.twilio_outbound import ATTEMPTS, TwilioReplies, TwilioSender
from tests.fakes.twilio_api import FakeTwilioApi

ACCOUNT_SID = "AC" + "1" * 32
CARER = "+447700900555"
BOT_NUMBER = "+442079460000"


def run_in_own_thread(coroutine):
    """asyncio.run in a thread of its own: the browser tests' Playwright keeps an event
    loop running in the main thread for the whole session."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.fixture
def fake_api():
    api = FakeTwilioApi(ACCOUNT_SID)
    yield api
    api.close()


def send_all(fake_api: FakeTwilioApi, *messages: dict) -> None:
    async def run() -> None:
        sender = TwilioSender(ACCOUNT_SID, "token", fake_api.url)
        try:
            replies = TwilioReplies(sender, CARER, BOT_NUMBER, "sms-abc")
            for message in messages:
                await replies.send_response("sms-abc", dict(message))
        finally:
            await sender.close()

    run_in_own_thread(run())


def test_each_message_goes_to_the_carer_from_the_number_they_wrote_to(fake_api):
    send_all(fake_api, {"text": "Hello", "buttons": [{"title": "Yes", "payload": "/affirm"}]}, {"text": "Bye"})
    assert [(m.to, m.from_, m.body) for m in fake_api.sent] == [
        (CARER, BOT_NUMBER, "Hello\n\nReply 1 for Yes"), (CARER, BOT_NUMBER, "Bye")]


def test_a_long_message_goes_in_parts_in_order(fake_api):
    text = "\n\n".join(f"Part {n}. " + "x " * 700 for n in range(3))
    send_all(fake_api, {"text": text})
    assert [m.body.split(".")[0] for m in fake_api.sent] == ["Part 0", "Part 1", "Part 2"]


def test_a_server_error_is_retried(fake_api, caplog):
    fake_api.fail_next(1, status=503)
    with caplog.at_level(logging.WARNING):
        send_all(fake_api, {"text": "Hello"})
    assert [m.body for m in fake_api.sent] == ["Hello"]
    assert fake_api.refused == 1
    assert "sms-abc" in caplog.text and "HTTP 503" in caplog.text and "retrying" in caplog.text
    assert CARER not in caplog.text and "7700900555" not in caplog.text


def test_giving_up_after_a_few_attempts_is_logged_without_the_number(fake_api, caplog):
    fake_api.fail_always(status=500)
    with caplog.at_level(logging.WARNING):
        send_all(fake_api, {"text": "Hello"}, {"text": "Still here"})
    assert fake_api.sent == []
    assert fake_api.refused == 2 * ATTEMPTS  # each message tried, then given up; the next still tried
    assert caplog.text.count("sms-abc") == 2 * ATTEMPTS
    assert "7700900555" not in caplog.text  # the fake's error text names the number; the log must not


def test_a_refusal_of_the_message_itself_is_not_retried(fake_api, caplog):
    fake_api.fail_next(1, status=400, code=21610)  # the carer texted STOP
    with caplog.at_level(logging.WARNING):
        send_all(fake_api, {"text": "Hello"})
    assert fake_api.refused == 1 and fake_api.sent == []
    assert "Twilio error 21610" in caplog.text and "7700900555" not in caplog.text


def test_unreachable_api_is_retried_then_given_up(caplog):
    async def run() -> bool:
        sender = TwilioSender(ACCOUNT_SID, "token", "http://127.0.0.1:9")  # nothing listens on port 9
        try:
            return await sender.send(CARER, BOT_NUMBER, "Hello", "sms-abc")
        finally:
            await sender.close()

    with caplog.at_level(logging.WARNING):
        assert run_in_own_thread(run()) is False
    assert caplog.text.count("sms-abc") == ATTEMPTS and "7700900555" not in caplog.text
