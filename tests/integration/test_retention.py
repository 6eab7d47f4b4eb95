"""Retention: conversations quiet for longer than RETENTION_DAYS are deleted, exactly
those, with everything stored about them; a dry run deletes nothing; the web app runs
it by itself while it is up."""
from __future__ import annotations

import datetime as dt
import time

import pytest
import sqlalchemy as sa

from bot import wiring
from bot.privacy import retention
from bot.staff.models import AuditEntry
from bot.staff.review import indexing
from bot.storage import db, rasa_events
from bot.storage.tables import create_tables
from tests.integration import staff_support as support
from tests.integration.staff_support import DAY

DAYS = 90


def _fill(url: str) -> dict[str, bool]:
    """Conversations of different ages; True for those that must go after 90 days."""
    now = time.time()
    ages = {
        "old-200-days": (200, True),
        "old-91-days": (91, True),
        "old-90-days-and-an-hour": (90 + 1 / 24, True),
        "young-89-days": (89, False),
        "young-today": (0.01, False),
    }
    rows = []
    for conversation_id, (age, _) in ages.items():
        rows += support.conversation(conversation_id, now - age * DAY, [("my dad has dementia", "dementia"),
                                                                        ("blah", "nlu_fallback")], situations=["dementia"])
    # Started 120 days ago but the carer wrote again 5 days ago: kept (an SMS conversation can last weeks).
    long_running = support.conversation("long-running", now - 120 * DAY, [("I need a break", "breaks_respite")])
    long_running += support.conversation("long-running", now - 5 * DAY, [("still need that break", "breaks_respite")])
    rows += long_running
    rasa_events.insert(url, rows)
    support.add_callback(url, "old-200-days", "Olu Ade", "07700 900200", created=dt.datetime.utcnow() - dt.timedelta(days=200))
    support.add_callback(url, "young-89-days", "Bea Bee", "07700 900089", created=dt.datetime.utcnow() - dt.timedelta(days=89))
    # A request whose conversation is already gone, older than the period: goes too.
    support.add_callback(url, "erased-long-ago", "Orphan Old", "07700 900001",
                         created=dt.datetime.utcnow() - dt.timedelta(days=120))
    expected = {conversation_id: expired for conversation_id, (_, expired) in ages.items()}
    expected["long-running"] = False
    return expected


def _present(url: str) -> set[str]:
    with db.engine(url).connect() as connection:
        return set(connection.execute(sa.text("SELECT DISTINCT sender_id FROM events")).scalars())


def _check_deleted_exactly(url: str, expected: dict[str, bool]) -> None:
    assert _present(url) == {cid for cid, expired in expected.items() if not expired}
    for conversation_id, expired in expected.items():
        left = support.rows_mentioning(url, conversation_id, skip_tables=("staff_audit",))
        assert bool(left) != expired, (conversation_id, left)
    assert not support.rows_mentioning(url, "Orphan Old")
    assert support.rows_mentioning(url, "Bea Bee") == {"callback_request": 1}


@pytest.fixture
def database(tmp_path):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    support.prepare_database(url)
    expected = _fill(url)
    indexing.refresh(url)  # the staff app's index rows must go with the conversations
    return url, expected


def test_dry_run_lists_exactly_the_old_conversations_and_deletes_nothing(database):
    url, expected = database
    before = support.rows_mentioning(url, "dementia")
    done = support.run_cli(url, "retention", "--dry-run", RETENTION_DAYS=str(DAYS))
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"Would delete 3 conversation(s)" in done.stdout
    listed = {line.strip() for line in done.stdout.splitlines() if line.startswith("  ")}
    assert listed == {cid for cid, expired in expected.items() if expired}
    assert "1 callback request(s)" in done.stdout
    assert support.rows_mentioning(url, "dementia") == before
    assert _present(url) == set(expected)


def test_the_command_deletes_exactly_what_is_past_the_period(database):
    url, expected = database
    done = support.run_cli(url, "retention", RETENTION_DAYS=str(DAYS))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Deleted 3 conversation(s)" in done.stdout
    _check_deleted_exactly(url, expected)
    with db.session_scope(url) as session:
        entry = session.execute(sa.select(AuditEntry).where(AuditEntry.action == "retention")).scalars().one()
        assert set(entry.conversation_ids.split()) == {cid for cid, expired in expected.items() if expired}
        assert '"days": 90' in entry.detail
    again = support.run_cli(url, "retention", RETENTION_DAYS=str(DAYS))
    assert "Deleted 0 conversation(s)" in again.stdout


def test_a_shorter_period_deletes_more(database):
    url, _ = database
    result = retention.run(wiring.ERASERS, url, days=30)
    assert set(result.conversation_ids) == {"old-200-days", "old-91-days", "old-90-days-and-an-hour", "young-89-days"}
    assert _present(url) == {"young-today", "long-running"}
    with pytest.raises(ValueError):
        retention.run(wiring.ERASERS, url, days=0)


def test_the_web_app_runs_retention_by_itself(database, tmp_path):
    url, expected = database
    support.add_accounts(url)
    app = support.start_web_app(url, tmp_path / "logs", RETENTION_CHECK_HOURS="24", RETENTION_DAYS=str(DAYS))
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _present(url) != {cid for cid, expired in expected.items() if not expired}:
            time.sleep(0.5)
        _check_deleted_exactly(url, expected)
        with db.session_scope(url) as session:
            entry = session.execute(sa.select(AuditEntry).where(AuditEntry.action == "retention")).scalars().one()
            assert entry.actor == "retention"
        page = support.visible_text(app.session().get("/staff/summary").text)
        assert "deleted 90 days after their last message" in page and "The last deletion run was" in page
    finally:
        app.stop()


def test_retention_on_postgresql(postgres_database):
    url = postgres_database
    support.prepare_database(url)
    expected = _fill(url)
    indexing.refresh(url)
    result = retention.run(wiring.ERASERS, url, days=DAYS)
    assert set(result.conversation_ids) == {cid for cid, expired in expected.items() if expired}
    _check_deleted_exactly(url, expected)
    db.engine(url).dispose()


def test_retention_before_the_rasa_server_ever_ran_skips_quietly(tmp_path):
    # A fresh `make run`: the web app may start before Rasa has made its events table.
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    create_tables(url)
    with db.session_scope(url) as session:
        assert not sa.inspect(session.get_bind()).has_table("events")
    assert retention.run(wiring.ERASERS, url, days=DAYS).conversation_ids == []
    app = support.start_web_app(url, tmp_path / "logs", RETENTION_CHECK_HOURS="24", RETENTION_DAYS=str(DAYS))
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "Retention: deleted" not in _web_log(tmp_path):
            time.sleep(0.5)
    finally:
        app.stop()
    log = _web_log(tmp_path)
    assert "Retention: deleted 0 conversations" in log
    assert "retention run failed" not in log and "Traceback" not in log


def _web_log(folder) -> str:
    path = folder / "logs" / "web app.log"
    return path.read_text(errors="replace") if path.exists() else ""
