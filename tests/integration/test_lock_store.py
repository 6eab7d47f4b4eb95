"""The lock store: in-memory by default, Rasa's Redis lock store when REDIS_URL is set."""
from __future__ import annotations

import secrets

import pytest
from rasa.core.lock_store import InMemoryLockStore, RedisLockStore

from bot import settings
from bot.conversations.lock_store import ConfiguredLockStore
from tests.support.stack import REDIS_URL


@pytest.fixture
def redis_url(monkeypatch):
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()
    except redis.RedisError as error:
        pytest.skip(f"no Redis answers at {REDIS_URL} ({type(error).__name__}); .ci/run starts one in CI")
    monkeypatch.setenv("REDIS_URL", REDIS_URL)
    settings.load.cache_clear()
    yield REDIS_URL
    settings.load.cache_clear()


def test_in_memory_without_redis_url(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    settings.load.cache_clear()
    try:
        assert isinstance(ConfiguredLockStore().backend, InMemoryLockStore)
    finally:
        settings.load.cache_clear()


def test_locks_live_in_redis_when_configured(redis_url):
    import redis

    store = ConfiguredLockStore()
    assert isinstance(store.backend, RedisLockStore)
    conversation = f"lock-test-{secrets.token_hex(4)}"
    ticket = store.issue_ticket(conversation)
    keys = [key.decode() for key in redis.Redis.from_url(redis_url).scan_iter(f"*{conversation}*")]
    assert keys, "the lock was not written to Redis"
    lock = store.get_lock(conversation)
    assert lock is not None and lock.last_issued == ticket
    store.cleanup(conversation, ticket)
    assert store.get_lock(conversation) is None
