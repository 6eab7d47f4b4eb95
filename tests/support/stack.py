"""The bot's servers as `make run` starts them (the Rasa server and the action server), on
free ports with a throwaway database, and a client that talks to them over the REST channel."""
from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import requests

from bot import processes
from bot.settings import PROJECT_ROOT
from tests.support import carer_words
from tests.support.ports import free_port

POSTGRES_ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://127.0.0.1:5432/test")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@dataclass
class BotClient:
    """Talks to a running Rasa server over its REST channel and HTTP API."""

    rasa_url: str
    api_token: str
    history: dict[str, list] = field(default_factory=dict)

    @property
    def webhook(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"

    def say(self, sender: str, text: str, metadata: dict | None = None) -> list[dict]:
        carer_words.remember(text)
        body = {"sender": sender, "message": text, **({"metadata": metadata} if metadata is not None else {})}
        reply = requests.post(self.webhook, json=body, timeout=60)
        assert reply.status_code == 200, (reply.status_code, reply.text[:500])
        return reply.json()

    def say_text(self, sender: str, text: str) -> str:
        return "\n".join(message.get("text", "") for message in self.say(sender, text))

    def tracker(self, sender: str) -> dict:
        reply = requests.get(
            f"{self.rasa_url}/conversations/{quote(sender, safe='')}/tracker",
            params={"token": self.api_token, "include_events": "ALL"},
            timeout=30,
        )
        reply.raise_for_status()
        return reply.json()


@dataclass
class Stack:
    """The Rasa server and action server, started like `make run` starts them."""

    supervisor: processes.Supervisor
    env: dict[str, str]
    model: Path
    rasa_port: int
    action_port: int
    api_token: str
    database_url: str

    @property
    def client(self) -> BotClient:
        return BotClient(f"http://127.0.0.1:{self.rasa_port}", self.api_token)

    def start_rasa(self) -> None:
        self.supervisor.start(
            "rasa server",
            processes.rasa_server_command(self.model, self.rasa_port),
            self.env, f"http://127.0.0.1:{self.rasa_port}/",
        )
        self.supervisor.wait_ready(timeout=240)

    def stop_rasa(self) -> None:
        self.supervisor.stop("rasa server")


def start_stack(tmp_path: Path, model: Path, database_url: str, **extra_env: str) -> Stack:
    from bot.directory import loader
    from bot.storage.tables import create_tables

    create_tables(database_url)
    loader.sync(url=database_url)
    rasa_port, action_port, web_port = free_port(), free_port(), free_port()
    api_token = secrets.token_urlsafe(16)
    settings_for_stack = {
        "DATABASE_URL": database_url,
        "ACTION_SERVER_URL": f"http://127.0.0.1:{action_port}/webhook",
        "RASA_PORT": str(rasa_port),
        "ACTION_SERVER_PORT": str(action_port),
        # The web app that serves this stack's widget listens here (tests/browser), and
        # the Rasa server takes browser connections from that origin only.
        "WEB_PORT": str(web_port),
        "RASA_API_TOKEN": api_token,
        "ACTION_SERVER_TOKEN": secrets.token_urlsafe(16),
    }
    env = processes.base_environment(**{**settings_for_stack, **extra_env})
    supervisor = processes.Supervisor(log_dir=tmp_path / "logs")
    stack = Stack(supervisor, env, model, rasa_port, action_port, api_token, database_url)
    try:
        supervisor.start("action server", processes.action_server_command(action_port), env,
                         f"http://127.0.0.1:{action_port}/health")
        stack.start_rasa()
    except BaseException:
        supervisor.stop()  # a stack that fails to start leaves nothing running
        raise
    return stack


def texts(messages: list[dict]) -> str:
    return "\n".join(message.get("text", "") for message in messages)


ROOT = PROJECT_ROOT


def postgres_available() -> str | None:
    """None when PostgreSQL answers, else the reason to skip."""
    try:
        import sqlalchemy as sa

        with sa.create_engine(POSTGRES_ADMIN_URL).connect() as connection:
            connection.execute(sa.text("select 1"))
        return None
    except Exception as error:  # noqa: BLE001 - any failure means: not available here
        return f"no PostgreSQL answers at {POSTGRES_ADMIN_URL} ({type(error).__name__}); .ci/run starts one in CI"


@contextlib.contextmanager
def fresh_postgres_database(prefix: str = "carers_test"):
    """A new PostgreSQL database's URL, dropped afterwards."""
    import sqlalchemy as sa

    from bot.storage import db

    name = f"{prefix}_{secrets.token_hex(4)}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f"CREATE DATABASE {name}"))
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        db.engine.cache_clear()
        with admin.connect() as connection:
            connection.execute(sa.text(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
            connection.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
        admin.dispose()
