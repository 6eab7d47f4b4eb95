"""Bad input gets a clear answer or a 4xx, never a 500, and the server keeps serving."""
from __future__ import annotations

import pytest
import requests

from bot.dialogue.replies import EMPTY_MESSAGE_REPLY
from tests.support import carer_words
from tests.support.stack import texts

ODD_MESSAGES = {
    "20,000 characters": "a" * 20_000,
    "a long repeated need": "I need a break " * 1_400,
    "emoji only": "🙂🙂🙂",
    "emoji feelings": "💔😭",
    "script tag": "<script>alert('x')</script>",
    "html with a need": "<img src=x onerror=alert(1)> my mum has dementia",
    "sql fragment": "Robert'); DROP TABLE events;--",
    "spanish": "Necesito ayuda, cuido a mi madre",
    "arabic": "أنا أعتني بأمي",
    "control characters": "\u0000\u0001 control characters",
}


@pytest.mark.parametrize("message", ODD_MESSAGES.values(), ids=ODD_MESSAGES.keys())
def test_odd_messages_get_an_answer(bot, sender, message):
    carer_words.remember(message)
    reply = requests.post(bot.webhook, json={"sender": sender, "message": message}, timeout=120)
    assert reply.status_code == 200, reply.text[:300]
    answer = reply.json()
    assert isinstance(answer, list) and answer, "no answer at all"
    assert all(isinstance(m.get("text", ""), str) for m in answer)
    # And the conversation still works afterwards, with what was said kept.
    assert bot.say(sender, "I need a break")
    users = [e["text"] for e in bot.tracker(sender)["events"] if e["event"] == "user"]
    assert len(users) == 2


def test_script_text_comes_back_as_plain_text_not_markup(bot, sender):
    answer = texts(bot.say(sender, "<script>alert('x')</script> my dad has dementia"))
    assert "<script>" not in answer


@pytest.mark.parametrize("message", ["", "   ", "\n\t"], ids=["empty", "spaces", "whitespace"])
def test_empty_message_gets_a_clear_answer(bot, sender, message):
    reply = requests.post(bot.webhook, json={"sender": sender, "message": message}, timeout=60)
    assert reply.status_code == 200
    assert reply.json() == [{"recipient_id": sender, "text": EMPTY_MESSAGE_REPLY}]


MALFORMED = {
    "not json": b"{not json",
    "empty body": b"",
    "a list": b"[1, 2, 3]",
    "a string": b'"hello"',
    "no sender": b'{"message": "hi"}',
    "number message": b'{"message": 5, "sender": "x"}',
    "sender too long": b'{"message": "hi", "sender": "' + b"x" * 300 + b'"}',
    "metadata not an object": b'{"message": "hi", "sender": "x", "metadata": [1]}',
    "form encoded": b"sender=x&message=hi",
    "an SMS conversation's id": b'{"message": "delete my conversation", "sender": "sms-3f9a1c"}',
    "a WhatsApp conversation's id": b'{"message": "hi", "sender": "WhatsApp-3f9a1c"}',
    "a control character in the sender": b'{"message": "hi", "sender": "a\\u0000b"}',
    "a newline in the sender": b'{"message": "hi", "sender": "a\\nb"}',
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_webhook_bodies_get_a_400_that_says_why(bot, body):
    reply = requests.post(bot.webhook, data=body, headers={"Content-Type": "application/json"}, timeout=60)
    assert reply.status_code == 400, (reply.status_code, reply.text[:300])
    assert reply.text
    assert bot.say("after-malformed", "hello")
