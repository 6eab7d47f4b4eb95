"""A message sent again with the same client_message_id (after a lost connection) gets
the stored answer and is stored once, on REST and on the widget's socket.io."""
from __future__ import annotations

import json
import secrets

import sqlalchemy as sa

from tests.support.stack import texts
from tests.support.widget_client import WidgetClient


def stored_user_texts(stack, conversation_id: str) -> list[str]:
    with sa.create_engine(stack.database_url).connect() as connection:
        rows = connection.execute(sa.text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'user' "
                                          "ORDER BY id"), {"s": conversation_id}).scalars().all()
    return [json.loads(row)["text"] for row in rows]


def test_a_rest_message_sent_again_is_answered_from_the_store(bot, stack, sender):
    tag = {"client_message_id": secrets.token_hex(8)}
    first = bot.say(sender, "I look after my dad who has dementia", metadata=tag)
    again = bot.say(sender, "I look after my dad who has dementia", metadata=tag)
    assert texts(again) == texts(first) and "Carers' Hub" in texts(first)
    assert stored_user_texts(stack, sender) == ["I look after my dad who has dementia"]
    other = bot.say(sender, "I look after my dad who has dementia", metadata={"client_message_id": secrets.token_hex(8)})
    assert other and len(stored_user_texts(stack, sender)) == 2  # a new id is a new message


def test_a_malformed_client_message_id_is_simply_ignored(bot, stack, sender):
    for tag in ({"client_message_id": "x"}, {"client_message_id": "'; DROP TABLE events; --"}, {"client_message_id": 7}):
        assert bot.say(sender, "hello", metadata=tag)
    assert stored_user_texts(stack, sender) == ["hello"] * 3


def test_a_widget_message_sent_again_after_a_reconnect_is_answered_once(stack):
    widget = WidgetClient(stack.rasa_port)
    conversation = widget.start_session()
    tag = {"client_message_id": secrets.token_hex(8)}
    payload = {"message": "I need a break from caring for my mum", "session_id": conversation, "metadata": tag}
    first = widget.send(payload)
    widget.client.disconnect()
    again_client = WidgetClient(stack.rasa_port)
    again_client.start_session(conversation)
    again = again_client.send(payload)
    assert [m.get("text") for m in again] == [m.get("text") for m in first]
    assert stored_user_texts(stack, conversation) == ["I need a break from caring for my mum"]
    again_client.client.disconnect()
