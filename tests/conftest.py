"""Shared fixtures: the trained model (once per session, cached by fingerprint) and
the real servers, started on free ports with a throwaway database."""
from __future__ import annotations

import os
import re
import secrets
import socket
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

from bot import processes  # noqa: E402
from bot.settings import PROJECT_ROOT  # noqa: E402
from tests.support import carer_words  # noqa: E402

POSTGRES_ADMIN_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://127.0.0.1:5432/test")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class BotClient:
    """Talks to a running Rasa server over its REST channel and HTTP API."""

    rasa_url: str
    api_token: str
    history: dict[str, list] = field(default_factory=dict)

    @property
    def webhook(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"

    def say(self, sender: str, text: str) -> list[dict]:
        carer_words.remember(text)
        reply = requests.post(self.webhook, json={"sender": sender, "message": text}, timeout=60)
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


@pytest.fixture(scope="session", autouse=True)
def no_carer_words_in_any_log(tmp_path_factory: pytest.TempPathFactory):
    """After the whole session: no server log holds anything a test said as a carer
    (messages, names, numbers), whatever failed on the way (bot/logs.py)."""
    yield
    found = carer_words.found_in_logs(tmp_path_factory.getbasetemp())
    assert not found, f"carer's words in the logs: {found[:10]}"


@pytest.fixture(scope="session")
def trained_model() -> Path:
    from bot import model

    return model.ensure_trained()


def start_stack(tmp_path: Path, model: Path, database_url: str, **extra_env: str) -> Stack:
    from bot.storage import db
    from bot.storage.tables import create_tables
    from bot.directory import loader

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


@pytest.fixture(scope="session")
def fake_postcodes():
    from tests.fakes.postcodes_io import FakePostcodesIO

    fake = FakePostcodesIO()
    yield fake
    fake.close()


@pytest.fixture(scope="session")
def fake_webhook():
    from tests.fakes.webhook import FakeWebhook

    fake = FakeWebhook()
    yield fake
    fake.close()


@pytest.fixture(scope="session")
def stack(trained_model: Path, tmp_path_factory: pytest.TempPathFactory, fake_postcodes, fake_webhook):
    directory = tmp_path_factory.mktemp("stack")
    started = start_stack(directory, trained_model, f"sqlite:///{directory / 'bot.db'}",
                          POSTCODES_IO_URL=fake_postcodes.url, CALLBACK_WEBHOOK_URL=fake_webhook.url)
    yield started
    started.supervisor.stop()


@pytest.fixture(scope="session")
def bot(stack: Stack) -> BotClient:
    return stack.client


@pytest.fixture
def sender(request: pytest.FixtureRequest) -> str:
    plain = re.sub(r"[^A-Za-z0-9]+", "-", request.node.name)[:40]
    return f"test-{plain}-{secrets.token_hex(4)}"


def postgres_available() -> str | None:
    """None when PostgreSQL answers, else the reason to skip."""
    try:
        import sqlalchemy as sa

        with sa.create_engine(POSTGRES_ADMIN_URL).connect() as connection:
            connection.execute(sa.text("select 1"))
        return None
    except Exception as error:  # noqa: BLE001 - any failure means: not available here
        return f"no PostgreSQL answers at {POSTGRES_ADMIN_URL} ({type(error).__name__}); .ci/run starts one in CI"


@pytest.fixture
def postgres_database():
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    reason = postgres_available()
    if reason:
        pytest.skip(reason)
    import sqlalchemy as sa

    name = f"carers_test_{secrets.token_hex(4)}"
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f"CREATE DATABASE {name}"))
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    from bot.storage import db

    db.engine.cache_clear()
    with admin.connect() as connection:
        connection.execute(sa.text(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
        connection.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
    admin.dispose()


def texts(messages: list[dict]) -> str:
    return "\n".join(message.get("text", "") for message in messages)


ROOT = PROJECT_ROOT
