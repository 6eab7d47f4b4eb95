"""The lock store named in endpoints.yml: in-memory, or Redis when REDIS_URL is set.

Rasa loads a custom lock store by class path and calls it with `endpoint_config`,
so this class picks the real store from the settings and delegates to it.
"""
from __future__ import annotations

from typing import Any, Optional
from urllib.parse import urlsplit

from rasa.core.lock import TicketLock
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore

from bot import settings


def redis_lock_store(url: str) -> RedisLockStore:
    parts = urlsplit(url)
    database = int(parts.path.lstrip("/") or 1)
    return RedisLockStore(
        host=parts.hostname or "localhost",
        port=parts.port or 6379,
        db=database,
        username=parts.username,
        password=parts.password,
        use_ssl=parts.scheme == "rediss",
        key_prefix="carersbot",
    )


class ConfiguredLockStore(LockStore):
    def __init__(self, endpoint_config: Any = None) -> None:
        url = settings.load().redis_url
        self.backend: LockStore = redis_lock_store(url) if url else InMemoryLockStore()

    def get_lock(self, conversation_id: str) -> Optional[TicketLock]:
        return self.backend.get_lock(conversation_id)

    def delete_lock(self, conversation_id: str) -> None:
        self.backend.delete_lock(conversation_id)

    def save_lock(self, lock: TicketLock) -> None:
        self.backend.save_lock(lock)
