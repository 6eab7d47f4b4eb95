"""A database made before a nullable column was added gets the column (bot/storage/tables.py)."""
from __future__ import annotations

import sqlalchemy as sa

from bot.storage.tables import create_tables


def test_a_directory_table_from_an_older_version_gets_the_new_columns(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = sa.create_engine(url)
    with engine.begin() as connection:  # the service table as it was before cared_for ages
        connection.execute(sa.text(
            "CREATE TABLE directory_service (id VARCHAR(80) PRIMARY KEY, organisation_id VARCHAR(80) NOT NULL, "
            "name VARCHAR(200) NOT NULL, summary TEXT NOT NULL, area VARCHAR(20) NOT NULL, eligibility TEXT NOT NULL, "
            "status VARCHAR(20) NOT NULL, min_age INTEGER, max_age INTEGER, notes TEXT NOT NULL)"))
        connection.execute(sa.text("INSERT INTO directory_service VALUES ('s', 'o', 'n', 's', 'lambeth', 'e', "
                                   "'active', NULL, NULL, '')"))
    create_tables(url)
    columns = {column["name"] for column in sa.inspect(sa.create_engine(url)).get_columns("directory_service")}
    assert {"cared_for_min_age", "cared_for_max_age"} <= columns
    with sa.create_engine(url).connect() as connection:
        assert connection.execute(sa.text("SELECT cared_for_max_age FROM directory_service")).scalar() is None
    create_tables(url)  # and again: nothing to add, no error
