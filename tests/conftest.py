"""Shared fixtures: the trained model (once per session, cached by fingerprint) and
the real servers, started on free ports with a throwaway database."""
from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

import pytest

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

from tests.support import carer_words  # noqa: E402
from tests.support.stack import POSTGRES_ADMIN_URL, BotClient, Stack, start_stack  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def no_carer_words_in_any_log(tmp_path_factory: pytest.TempPathFactory):
    """After the whole session: no server log holds anything a test said as a carer
    (messages, names, numbers), whatever failed on the way (bot/logs.py)."""
    yield
    found = carer_words.found_in_logs(tmp_path_factory.getbasetemp())
    assert not found, f"carer's words in the logs: {found[:10]}"


@pytest.fixture(scope="session")
def trained_model() -> Path:
    from bot import training

    return training.ensure_trained()


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
