"""With the action server down, the carer still gets an answer with Carers' Hub's number."""
from __future__ import annotations

from tests.support.ports import free_port
from tests.support.stack import start_stack, texts


def test_action_server_down_still_answers_with_carers_hub(trained_model, tmp_path):
    # An action server address where nothing listens.
    stack = start_stack(tmp_path, trained_model, f"sqlite:///{tmp_path / 'down.db'}",
                        ACTION_SERVER_URL=f"http://127.0.0.1:{free_port()}/webhook")
    try:
        reply = texts(stack.client.say("action-server-down", "I need a break from caring for my mum"))
    finally:
        stack.supervisor.stop()
    assert "020 7501 8970" in reply and "999" in reply
