"""Creates the project's tables, and adds a column a later version added to a table an
older database already has.

The table modules are listed here, once, rather than found by import side effects: each
of them imports only bot/storage/db.py, so nothing imports back into this module.
"""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.channels import twilio_models
from bot.directory import models as directory_models
from bot.handoff import models as handoff_models
from bot.staff import models as staff_models
from bot.storage import db

TABLE_MODULES = (directory_models, handoff_models, twilio_models, staff_models)


def create_tables(url: str | None = None) -> None:
    assert TABLE_MODULES  # imported above so that their tables are on db.Base.metadata
    db.Base.metadata.create_all(db.engine(url))
    add_missing_columns(db.engine(url))


def add_missing_columns(target: Engine) -> None:
    """A column added to a table in a later version, added to a database made before it.
    Only nullable columns are ever added this way (existing rows get NULL)."""
    inspector = sa.inspect(target)
    for table in db.Base.metadata.sorted_tables:
        if not inspector.has_table(table.name):
            continue
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present and column.nullable:
                kind = column.type.compile(dialect=target.dialect)
                with target.begin() as connection:
                    connection.execute(sa.text(f'ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}'))
