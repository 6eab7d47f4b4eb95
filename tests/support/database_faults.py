"""Making the real database refuse a write for a while, to test what carers get then."""
from __future__ import annotations

from contextlib import contextmanager

import sqlalchemy as sa


@contextmanager
def database_refusing(database_url: str, operation: str, table: str):
    """A SQLite trigger that makes the database refuse `operation` on `table` meanwhile."""
    engine = sa.create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(sa.text(f"CREATE TRIGGER refuse_for_test BEFORE {operation} ON {table} "
                                   "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"))
    try:
        yield
    finally:
        with engine.begin() as connection:
            connection.execute(sa.text("DROP TRIGGER refuse_for_test"))
        engine.dispose()
