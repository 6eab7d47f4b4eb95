"""A socket.io client that talks to the Rasa server as the web widget does."""
from __future__ import annotations

import threading
import time
import uuid
from typing import Any, Optional

import socketio

from tests.support import carer_words

WAIT_SECONDS = 60.0  # a deadline for the bot, not an assertion about speed


class WidgetClient:
    def __init__(self, rasa_port: int, origin: Optional[str] = None) -> None:
        self.client = socketio.Client(reconnection=False)
        self.received: list[dict] = []
        self.confirmed: list[str] = []
        self._arrived = threading.Condition()
        self.client.on("bot_uttered", self._on_bot)
        self.client.on("session_confirm", self._on_confirm)
        # With an origin, long-polling: its requests carry exactly the headers given (the
        # websocket client adds an Origin of its own).
        headers = {"Origin": origin} if origin else {}
        self.client.connect(f"http://127.0.0.1:{rasa_port}", socketio_path="/socket.io",
                            transports=["polling"] if origin else ["websocket"], headers=headers)

    def _on_bot(self, data: dict) -> None:
        with self._arrived:
            self.received.append(data)
            self._arrived.notify_all()

    def _on_confirm(self, data: str) -> None:
        with self._arrived:
            self.confirmed.append(data)
            self._arrived.notify_all()

    def start_session(self, session_id: Optional[str] = None) -> str:
        session_id = session_id if session_id is not None else uuid.uuid4().hex
        self.client.emit("session_request", {"session_id": session_id})
        self._wait_for(lambda: self.confirmed, "session_confirm")
        return self.confirmed[-1]

    def send(self, payload: Any = None, *, expect_reply: bool = True) -> list[dict]:
        """Emits a user_uttered payload as it is, and returns the replies to it."""
        if isinstance(payload, dict) and isinstance(payload.get("message"), str):
            carer_words.remember(payload["message"])
        before = len(self.received)
        if payload is None:
            self.client.emit("user_uttered")
        else:
            self.client.emit("user_uttered", payload)
        if expect_reply:
            self._wait_for(lambda: len(self.received) > before, "a reply")
            time.sleep(1.0)  # a turn may send several messages; let them all arrive
        else:
            time.sleep(2.0)  # long enough for a reply that should not come
        return self.received[before:]

    def say(self, text: str) -> str:
        session_id = self.confirmed[-1]
        return "\n".join(m.get("text", "") for m in self.send({"message": text, "session_id": session_id}))

    def _wait_for(self, condition, what: str) -> None:
        deadline = time.monotonic() + WAIT_SECONDS
        with self._arrived:
            while not condition():
                remaining = deadline - time.monotonic()
                assert remaining > 0, f"no {what} from the bot"
                self._arrived.wait(remaining)

    def close(self) -> None:
        self.client.disconnect()
