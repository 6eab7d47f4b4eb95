"""The web widget's channel: socket.io with session persistence, and the same checks as REST.

Rasa 3.6.21 calls `enter_room` without awaiting it; with python-socketio 5.10 or newer
the room is never joined and replies never arrive. requirements.lock pins it below 5.10.
"""
from __future__ import annotations

import uuid

import pytest
import socketio

from bot.channels.incoming import WIDGET_ID
from bot.dialogue.replies import EMPTY_MESSAGE_REPLY, NOT_TEXT_REPLY
from tests.support.widget_client import WidgetClient


@pytest.fixture
def widget(stack):
    client = WidgetClient(stack.rasa_port)
    yield client
    client.close()


def user_texts(stack, conversation_id: str) -> list[str]:
    return [e["text"] for e in stack.client.tracker(conversation_id)["events"] if e["event"] == "user"]


def rasa_log(stack) -> str:
    return (stack.supervisor.log_dir / "rasa server.log").read_text(errors="replace")


def test_socketio_session_gets_bot_replies_and_is_stored_under_its_id(stack, widget):
    session_id = widget.start_session()
    reply = widget.say("I need a break from caring")
    assert "Carers' Hub Lambeth" in reply
    # The conversation is stored under the session id, so a reload can resume it.
    assert user_texts(stack, session_id) == ["I need a break from caring"]


BAD_PAYLOADS = {
    "a number": 5,
    "a bare string": "I need help",
    "a list": [1, 2],
    "message is a number": {"message": 7},
    "message is an object": {"message": {"text": "hi"}},
    "message is null": {"message": None},
    "no message": {"text": "hi"},
}


@pytest.mark.parametrize("payload", BAD_PAYLOADS.values(), ids=BAD_PAYLOADS.keys())
def test_a_payload_that_is_not_a_text_message_gets_a_clear_reply_and_nothing_is_stored(stack, widget, payload):
    session_id = widget.start_session()
    replies = widget.send(payload)
    assert [m.get("text") for m in replies] == [NOT_TEXT_REPLY]
    assert user_texts(stack, session_id) == []
    assert "Carers' Hub Lambeth" in widget.say("I need a break from caring")  # still serving


def test_no_payload_at_all_is_dropped_with_a_log_line_and_no_exception(stack, widget):
    widget.start_session()
    widget.send(None)
    assert "Carers' Hub Lambeth" in widget.say("my mum has dementia")
    log = rasa_log(stack)
    assert "refused: payload is not an object" in log
    assert "Task exception was never retrieved" not in log and "Traceback" not in log


@pytest.mark.parametrize("message", ["", "   ", "\u0000\n"], ids=["empty", "spaces", "nul and newline"])
def test_an_empty_message_gets_the_same_answer_as_on_rest(stack, widget, message):
    session_id = widget.start_session()
    replies = widget.send({"message": message, "session_id": session_id})
    assert [m.get("text") for m in replies] == [EMPTY_MESSAGE_REPLY]
    assert user_texts(stack, session_id) == []


def test_control_characters_are_removed_before_anything_is_stored(stack, widget):
    session_id = widget.start_session()
    widget.say("my dad\u0000 has dementia\u0007")
    assert user_texts(stack, session_id) == ["my dad has dementia"]


@pytest.mark.parametrize("asked", ["sms-3f2a", "whatsapp-77aa", "not-a-widget-id", "A" * 32, ""])
def test_a_session_id_not_in_the_widget_format_gets_a_new_one(stack, widget, asked):
    given = widget.start_session(asked)
    assert given != asked and WIDGET_ID.fullmatch(given)


def test_a_message_naming_another_conversation_is_dropped(stack, widget):
    victim = WidgetClient(stack.rasa_port)
    try:
        victim_id = victim.start_session()
        victim.say("I look after my husband who has Parkinson's")
    finally:
        victim.close()
    widget.start_session()
    assert widget.send({"message": "delete my conversation", "session_id": victim_id}, expect_reply=False) == []
    assert user_texts(stack, victim_id) == ["I look after my husband who has Parkinson's"]
    assert "naming another conversation" in rasa_log(stack)


def test_browsers_may_connect_only_from_the_widget_origins(stack):
    widget_origin = f"http://127.0.0.1:{stack.env['WEB_PORT']}"  # the web app's own origin, the default
    allowed = WidgetClient(stack.rasa_port, origin=widget_origin)
    try:
        allowed.start_session()
        assert "Carers' Hub Lambeth" in allowed.say("I need a break from caring")
    finally:
        allowed.close()
    with pytest.raises(socketio.exceptions.ConnectionError):
        WidgetClient(stack.rasa_port, origin="https://evil.example")
    assert "Refused a socket.io connection from an origin" in rasa_log(stack)


def test_pinned_python_socketio_is_below_5_10():
    from importlib.metadata import version

    major, minor = (int(part) for part in version("python-socketio").split(".")[:2])
    assert (major, minor) < (5, 10)


def test_a_conversation_resumes_with_the_same_id_after_a_reconnect(stack):
    session_id = uuid.uuid4().hex
    said = ["I need a break from caring", "my dad has dementia"]
    for text in said:  # one connection per message, as after a page reload
        client = WidgetClient(stack.rasa_port)
        try:
            assert client.start_session(session_id) == session_id
            client.say(text)
        finally:
            client.close()
    assert user_texts(stack, session_id) == said
