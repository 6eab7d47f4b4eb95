"""Every setting, read from the environment in one place, with its default.

The README lists them all. Processes started by `python -m bot run` inherit the
environment, so setting a variable once configures the Rasa server, the action
server and the web app alike.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VAR_DIR = PROJECT_ROOT / "var"


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


def _list(name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    raw = os.environ.get(name, "").strip()
    return tuple(item for item in re.split(r"[\s,]+", raw) if item) if raw else default


def _str(name: str, default: str = "") -> str:
    return os.environ.get(name, "").strip() or default


@dataclass(frozen=True)
class Settings:
    database_url: str
    redis_url: str
    rasa_port: int
    action_server_port: int
    web_port: int
    host: str
    rasa_host: str
    actions_host: str
    cors_origins: tuple[str, ...]
    action_server_url: str
    rasa_url: str
    rasa_api_token: str
    action_server_token: str
    retention_days: int
    tracker_window_turns: int
    callback_webhook_url: str
    postcodes_io_url: str
    pseudonym_secret: str
    twilio_account_sid: str
    twilio_auth_token: str
    twilio_public_url: str
    twilio_api_base_url: str
    staff_session_hours: int
    staff_cookie_secure: bool
    retention_check_hours: int
    directory_stale_days: int
    directory_dir: Path
    proxy_address: str
    actions_proxy_address: str
    cluster_rasa_servers: tuple[str, ...]
    cluster_action_servers: tuple[str, ...]
    cluster_web_server: str

    @property
    def uses_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache(maxsize=1)
def load() -> Settings:
    rasa_port = _int("RASA_PORT", 5005)
    action_server_port = _int("ACTION_SERVER_PORT", 5055)
    host = _str("BOT_HOST", "127.0.0.1")
    web_port = _int("WEB_PORT", 8000)
    return Settings(
        # SQLite under var/ unless DATABASE_URL names another database, for example
        # postgresql://user@127.0.0.1:5432/carers
        database_url=_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'carers-bot.db'}"),
        # Empty: Rasa's in-memory lock store (one Rasa process). redis://host:port/db
        # when several Rasa processes share the conversations.
        redis_url=_str("REDIS_URL"),
        rasa_port=rasa_port,
        action_server_port=action_server_port,
        web_port=web_port,
        # Where each server listens. Loopback by default: the action server and the Rasa
        # API are internal. Set RASA_HOST/ACTIONS_HOST to a private address only behind a
        # proxy or on a private network (README, "Security model").
        host=host,
        rasa_host=_str("RASA_HOST", "127.0.0.1"),
        actions_host=_str("ACTIONS_HOST", "127.0.0.1"),
        # Pages allowed to talk to the Rasa server from a browser (the chat widget), space
        # or comma separated. Default: the web app's own address.
        cors_origins=tuple(
            origin.rstrip("/") for origin in re.split(r"[\s,]+", _str("CORS_ORIGINS")) if origin
        ) or (f"http://127.0.0.1:{web_port}", f"http://localhost:{web_port}"),
        action_server_url=_str(
            "ACTION_SERVER_URL", f"http://127.0.0.1:{action_server_port}/webhook"
        ),
        rasa_url=_str("RASA_URL", f"http://127.0.0.1:{rasa_port}"),
        rasa_api_token=_str("RASA_API_TOKEN"),
        # Shared by the Rasa server and the action server; made once in var/ when not set.
        action_server_token=_str("ACTION_SERVER_TOKEN"),
        retention_days=_int("RETENTION_DAYS", 90),
        tracker_window_turns=_int("TRACKER_WINDOW_TURNS", 12),
        callback_webhook_url=_str("CALLBACK_WEBHOOK_URL"),
        postcodes_io_url=_str("POSTCODES_IO_URL", "https://api.postcodes.io"),
        # Key for the pseudonyms that replace SMS/WhatsApp numbers as conversation ids;
        # made once and kept in var/ when not set.
        pseudonym_secret=_str("PSEUDONYM_SECRET"),
        twilio_account_sid=_str("TWILIO_ACCOUNT_SID"),
        twilio_auth_token=_str("TWILIO_AUTH_TOKEN"),
        # The public https address Twilio posts to, e.g. https://bot.example.org; the
        # signature Twilio sends is computed over it.
        twilio_public_url=_str("TWILIO_PUBLIC_URL"),
        # Only tests change this: where the twilio client sends messages.
        twilio_api_base_url=_str("TWILIO_API_BASE_URL"),
        staff_session_hours=_int("STAFF_SESSION_HOURS", 8),
        # Secure cookies need https; set STAFF_COOKIE_SECURE=false only for local http.
        staff_cookie_secure=_str("STAFF_COOKIE_SECURE", "true").lower() not in ("0", "false", "no"),
        retention_check_hours=_int("RETENTION_CHECK_HOURS", 24),
        # A contact whose checked date is older than this is stale: staff are asked to
        # check it again, and the bot still gives it (stale is not wrong).
        directory_stale_days=_int("DIRECTORY_STALE_DAYS", 180),
        # The directory's seed files: loaded into an empty database, and where
        # `python -m bot directory export` writes staff's edits back for review in git.
        directory_dir=Path(_str("DIRECTORY_DIR", str(PROJECT_ROOT / "data" / "directory"))),
        # `make cluster` and deploy/nginx-cluster.conf (bot/cluster/): where nginx listens for
        # carers, where it passes the Rasa servers' action calls on (never public), and the
        # servers behind it, each host:port, space separated.
        proxy_address=_str("PROXY_ADDRESS", "127.0.0.1:8080"),
        actions_proxy_address=_str("ACTIONS_PROXY_ADDRESS", "127.0.0.1:5055"),
        cluster_rasa_servers=_list("CLUSTER_RASA_SERVERS", ("127.0.0.1:5006", "127.0.0.1:5007")),
        cluster_action_servers=_list("CLUSTER_ACTION_SERVERS", ("127.0.0.1:5056", "127.0.0.1:5057")),
        cluster_web_server=_str("CLUSTER_WEB_SERVER", f"127.0.0.1:{web_port}"),
    )
