"""A local stand-in for Carers' Hub's own system that receives callback notifications."""
from __future__ import annotations

import json

from tests.fakes.http_server import FakeServer


class FakeWebhook:
    def __init__(self) -> None:
        self.down = False
        self.server = FakeServer(self._answer)
        self.url = self.server.url + "/callbacks"

    @property
    def received(self) -> list[dict]:
        return [json.loads(body) for method, _path, body in self.server.requests if method == "POST" and body]

    def _answer(self, _method: str, _path: str, _body: bytes):
        return (503, {"error": "down"}) if self.down else (200, {"ok": True})

    def close(self) -> None:
        self.server.close()
