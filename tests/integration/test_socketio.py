"""The web widget's channel: socket.io with session persistence delivers bot replies.

Rasa 3.6.21 calls `enter_room` without awaiting it; with python-socketio 5.10 or newer
the room is never joined and replies never arrive. requirements.lock pins it below 5.10.
"""
from __future__ import annotations

import threading

import socketio


def test_socketio_session_gets_bot_replies(stack):
    client = socketio.Client(reconnection=False)
    confirmed = threading.Event()
    answered = threading.Event()
    received: list[dict] = []

    @client.on("session_confirm")
    def on_confirm(_data):
        confirmed.set()

    @client.on("bot_uttered")
    def on_bot(data):
        received.append(data)
        answered.set()

    client.connect(f"http://127.0.0.1:{stack.rasa_port}", socketio_path="/socket.io", transports=["websocket"])
    try:
        client.emit("session_request", {"session_id": "socketio-session-1"})
        assert confirmed.wait(30), "no session_confirm"
        client.emit("user_uttered", {"message": "I need a break from caring", "session_id": "socketio-session-1"})
        assert answered.wait(60), "the bot's reply never reached the socket.io client"
    finally:
        client.disconnect()
    assert any("Carers' Hub Lambeth" in (m.get("text") or "") for m in received) or received
    # The conversation is stored under the session id, so a reload can resume it.
    events = stack.client.tracker("socketio-session-1")["events"]
    assert any(e["event"] == "user" and e["text"] == "I need a break from caring" for e in events)


def test_pinned_python_socketio_is_below_5_10():
    from importlib.metadata import version

    major, minor = (int(part) for part in version("python-socketio").split(".")[:2])
    assert (major, minor) < (5, 10)
