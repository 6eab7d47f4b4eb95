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
from tests.support.stack import (BotClient, Stack, fresh_postgres_database, postgres_available,  # noqa: E402
                                 start_stack)


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


@pytest.fixture
def postgres_database():
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    reason = postgres_available()
    if reason:
        pytest.skip(reason)
    with fresh_postgres_database() as url:
        yield url
