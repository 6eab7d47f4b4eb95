"""Conversations survive a restart of the Rasa server, on SQLite and on PostgreSQL."""
from __future__ import annotations

from tests.support.stack import start_stack


def _survives_restart(stack, sender: str) -> None:
    client = stack.client
    client.say(sender, "hello")
    client.say(sender, "my dad has dementia and I need a break")
    before = [e for e in client.tracker(sender)["events"] if e["event"] == "user"]
    assert [e["text"] for e in before] == ["hello", "my dad has dementia and I need a break"]

    stack.stop_rasa()
    stack.start_rasa()

    reply = client.say(sender, "thank you")
    assert reply, "no reply after the restart"
    events = client.tracker(sender)["events"]
    user_texts = [e["text"] for e in events if e["event"] == "user"]
    assert user_texts == ["hello", "my dad has dementia and I need a break", "thank you"]
    # The slots set before the restart are still there: no second privacy notice.
    assert "keep this chat for" not in "\n".join(m.get("text", "") for m in reply)


def test_conversation_survives_restart_on_sqlite(trained_model, tmp_path):
    stack = start_stack(tmp_path, trained_model, f"sqlite:///{tmp_path / 'restart.db'}")
    try:
        _survives_restart(stack, "persist-sqlite")
    finally:
        stack.supervisor.stop()


def test_conversation_survives_restart_on_postgresql(trained_model, tmp_path, postgres_database):
    stack = start_stack(tmp_path, trained_model, postgres_database)
    try:
        _survives_restart(stack, "persist-postgres")
    finally:
        stack.supervisor.stop()
