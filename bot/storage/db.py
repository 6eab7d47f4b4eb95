"""One SQLAlchemy engine and session factory for everything the project stores, and the
declarative Base its tables share (they are created by bot/storage/tables.py).

The Rasa tracker store opens its own engine on the same DATABASE_URL (see
bot/conversations/tracker_store.py); both get the same SQLite tuning from here.
"""
from __future__ import annotations

import contextlib
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, declarative_base, sessionmaker

from bot import settings

Base = declarative_base()


def tune_sqlite(engine: Engine) -> None:
    """WAL lets readers (staff app) and the writer (Rasa) work at the same time;
    busy_timeout makes a writer wait for a lock instead of failing at once."""
    if engine.dialect.name != "sqlite":
        return

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Erased conversations must not linger in free pages of the file.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()


def ensure_sqlite_directory(url: str) -> None:
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)


@lru_cache(maxsize=4)
def engine(url: str | None = None) -> Engine:
    url = url or settings.load().database_url
    ensure_sqlite_directory(url)
    # hide_parameters: an error message never quotes the values (a carer's words) it failed on.
    created = sa.create_engine(url, future=True, pool_pre_ping=True, hide_parameters=True)
    tune_sqlite(created)
    return created


@lru_cache(maxsize=4)
def _session_factory(url: str | None) -> sessionmaker:
    return sessionmaker(bind=engine(url), future=True, expire_on_commit=False)


@contextlib.contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A transaction: committed when the block ends, rolled back on error."""
    session = _session_factory(url)()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()
