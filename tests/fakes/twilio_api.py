"""A local stand-in for Twilio's REST API: captures the messages the bot sends.

The bot's real `twilio` client is pointed at it (TWILIO_API_BASE_URL). It answers
POST /2010-04-01/Accounts/<sid>/Messages.json as Twilio does, and can be told to fail
the way Twilio fails (a status and an error whose text names the number, as Twilio's do).
"""
from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass
from urllib.parse import parse_qs

from tests.fakes.http_server import FakeServer


@dataclass(frozen=True)
class SentMessage:
    to: str
    from_: str
    body: str


class FakeTwilioApi:
    def __init__(self, account_sid: str) -> None:
        self.account_sid = account_sid
        self.sent: list[SentMessage] = []
        self.refused = 0  # requests answered with an error
        self._failures_left = 0  # -1: fail until recover()
        self._failure = (500, 20500)
        self._lock = threading.Condition()
        self._released = threading.Event()
        self._released.set()
        self.held = 0  # requests waiting for release()
        self.server = FakeServer(self._answer)
        self.url = self.server.url

    # --- what the tests control -----------------------------------------------------------

    def fail_next(self, count: int, status: int = 500, code: int = 20500) -> None:
        with self._lock:
            self._failures_left, self._failure = count, (status, code)

    def fail_always(self, status: int = 500, code: int = 20500) -> None:
        self.fail_next(-1, status, code)

    def recover(self) -> None:
        self.fail_next(0)

    def hold(self) -> None:
        """Answer nothing until release(): a Twilio API that hangs."""
        self._released.clear()

    def release(self) -> None:
        self._released.set()

    def wait_for_held(self, count: int, timeout: float = 90.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._lock:
            while self.held < count and time.monotonic() < deadline:
                self._lock.wait(0.2)
            return self.held >= count

    def to(self, address: str) -> list[SentMessage]:
        with self._lock:
            return [message for message in self.sent if message.to == address]

    def wait_for(self, address: str, count: int, timeout: float = 90.0) -> list[SentMessage]:
        """The messages sent to `address` once there are at least `count` (or when time runs out)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self.to(address)) < count and time.monotonic() < deadline:
                self._lock.wait(0.2)
            return self.to(address)

    def close(self) -> None:
        self.server.close()

    # --- Twilio's side ------------------------------------------------------------------

    def _answer(self, method: str, path: str, body: bytes):
        if method != "POST" or path != f"/2010-04-01/Accounts/{self.account_sid}/Messages.json":
            return 404, {"code": 20404, "message": f"The requested resource {path} was not found", "status": 404}
        form = {name: values[0] for name, values in parse_qs(body.decode(), keep_blank_values=True).items()}
        if not self._released.is_set():
            with self._lock:
                self.held += 1
                self._lock.notify_all()
            self._released.wait()
            with self._lock:
                self.held -= 1
        with self._lock:
            if self._failures_left != 0:
                self._failures_left -= 1 if self._failures_left > 0 else 0
                self.refused += 1
                status, code = self._failure
                return status, {"code": code, "status": status,
                                "message": f"Unable to create record: could not send to {form.get('To')}"}
            self.sent.append(SentMessage(form.get("To", ""), form.get("From", ""), form.get("Body", "")))
            self._lock.notify_all()
        return 201, {
            "sid": "SM" + secrets.token_hex(16), "account_sid": self.account_sid, "status": "queued",
            "to": form.get("To"), "from": form.get("From"), "body": form.get("Body"), "num_segments": "1",
            "direction": "outbound-api", "api_version": "2010-04-01",
        }
