"""A local stand-in for api.postcodes.io: a few real-world answers, and switches for
being down (503) or slow (longer than the bot's timeout)."""
from __future__ import annotations

import time

from tests.fakes.http_server import FakeServer

POSTCODES = {  # postcode without space -> admin_district, as postcodes.io answers
    "SW98AB": "Lambeth",
    "SE115AB": "Lambeth",
    "SW22AB": "Lambeth",
    "CR02AB": "Croydon",
    "SE154AB": "Southwark",
    "SW112AB": "Wandsworth",
}
OUTCODES = {"SW9": ["Lambeth"], "SE27": ["Lambeth"], "SW4": ["Lambeth", "Wandsworth"], "CR0": ["Croydon"],
            "SE15": ["Southwark"]}


class FakePostcodesIO:
    def __init__(self) -> None:
        self.mode = "up"  # up | down | slow
        self.slow_seconds = 5.0
        self.server = FakeServer(self._answer)
        self.url = self.server.url

    @property
    def lookups(self) -> list[str]:
        return [path for _method, path, _body in self.server.requests]

    def _answer(self, _method: str, path: str, _body: bytes):
        if self.mode == "down":
            return 503, {"status": 503, "error": "Service unavailable"}
        if self.mode == "slow":
            time.sleep(self.slow_seconds)
        kind, _, code = path.strip("/").partition("/")
        code = code.upper()
        if kind == "postcodes" and code in POSTCODES:
            return 200, {"status": 200, "result": {"postcode": code, "admin_district": POSTCODES[code]}}
        if kind == "outcodes" and code in OUTCODES:
            return 200, {"status": 200, "result": {"outcode": code, "admin_district": OUTCODES[code]}}
        return 404, {"status": 404, "error": "Invalid postcode"}

    def close(self) -> None:
        self.server.close()
