"""Helpers for the staff review app's tests: a database with conversations in Rasa's
event format, accounts made with the real command line, the web app started the way
`make run` starts it, and a signed-in browser-like session."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import sqlalchemy as sa

from bot import processes
from bot.settings import PROJECT_ROOT
from bot.storage import db, rasa_events
from bot.storage.tables import create_tables
from tests.support.web_app import (ADMIN, ADMIN_PASSWORD, CSRF_FIELD, PSEUDONYM_SECRET, REVIEWER,  # noqa: F401
                                    REVIEWER_PASSWORD, Browser, WebApp, start_web_app)
from tests.support.event_rows import ConversationWriter

DAY = 86400.0


def prepare_database(url: str) -> None:
    """Tables, the directory (as `make run` loads it) and an empty events table."""
    from bot.directory import loader

    create_tables(url)
    loader.sync(url=url)
    rasa_events.ensure_table(url)


def run_cli(url: str, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    """`python -m bot …` as someone would type it, against the test database."""
    environment = processes.base_environment(DATABASE_URL=url, **env)
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=PROJECT_ROOT, env=environment, timeout=180)


def add_accounts(url: str) -> None:
    for username, password, role in ((ADMIN, ADMIN_PASSWORD, "admin"), (REVIEWER, REVIEWER_PASSWORD, "reviewer")):
        done = run_cli(url, "staff", "add", username, "--role", role, "--password-stdin", stdin=password + "\n")
        assert done.returncode == 0, done.stderr[-2000:]




def start_staff_app(folder: Path, rows: list[dict] = (), callbacks: tuple[tuple, ...] = (),
                    own_directory: bool = False, **settings: str) -> WebApp:
    """The web app with the test accounts, on its own database holding `rows` (conversations
    in Rasa's event format) and `callbacks` (add_callback's arguments), the index caught up.
    `own_directory`: its own copy of the directory's seed files, so edits and exports never
    touch data/directory/."""
    from bot import settings as project_settings

    url = f"sqlite:///{folder / 'bot.db'}"
    prepare_database(url)
    rasa_events.insert(url, list(rows))
    for callback in callbacks:
        add_callback(url, *callback[:3], **(callback[3] if len(callback) > 3 else {}))
    add_accounts(url)
    seed = None
    if own_directory:
        seed = folder / "seed"
        shutil.copytree(project_settings.load().directory_dir, seed)
        settings = {"DIRECTORY_DIR": str(seed), **settings}
    started = start_web_app(url, folder / "logs", **settings)
    started.seed = seed
    if rows:
        wait_for_index(url)
    return started


def live_directory(url: str):
    """The directory as the database holds it now, and its revision."""
    from bot.directory import models, queries

    with db.session_scope(url) as session:
        version = session.get(models.DirectoryVersionRow, 1)
        return queries.read(session, version.research_date), version.revision


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def conversation(conversation_id: str, start: float, messages: list[tuple[str, str]], channel: str = "rest",
                 situations: list[str] = (), signposted: list[str] = (), crisis: bool = False,
                 form: dict[str, str] | None = None) -> list[dict]:
    """Rows for one conversation: (text, intent) per carer message, each answered by the bot."""
    writer = ConversationWriter(conversation_id, start, channel).start()
    for text, intent in messages:
        writer.user(text, intent, 0.35 if intent == "nlu_fallback" else 0.87)
        if intent == "crisis" or crisis:
            writer.action("action_crisis_response").bot("Call 999 if you are in danger now.").slot("crisis", True)
            crisis = False
        elif intent == "nlu_fallback":
            writer.action("action_default_fallback").bot("Sorry, I didn't quite understand.")
        else:
            writer.action("action_signpost").bot("Here is who can help. Call Carers' Hub Lambeth on 020 7501 8970.",
                                                 buttons=[{"title": "Talk to a person", "payload": "/ask_for_person"}])
        writer.listen()
    if situations:
        writer.slot("situations", list(situations))
    if signposted:
        writer.slot("signposted", list(signposted))
    if form:
        writer.action("callback_form").active_loop("callback_form")
        for slot, value in form.items():
            writer.bot(f"Question for {slot}").listen().user(value, "inform").slot(slot, value).action("callback_form")
        writer.active_loop(None).bot(f"Thank you, {form.get('callback_name', '')}. Your request is saved.")
    return writer.rows


def add_callback(url: str, conversation_id: str, name: str, contact: str, kind: str = "phone",
                 created: dt.datetime | None = None, status: str = "open") -> int:
    from bot.handoff.models import CallbackRequest

    with db.session_scope(url) as session:
        request = CallbackRequest(
            conversation_id=conversation_id, channel="rest", name=name, contact=contact, contact_kind=kind,
            best_time="after 5pm", consent=True,
            consent_text=f"Do you agree that Carers' Hub Lambeth may contact you on {contact} about this?",
            situations="breaks_respite", created_at=created or dt.datetime.utcnow(), status=status, status_note="")
        session.add(request)
        session.flush()
        return request.id


def wait_for_index(url: str, timeout: float = 60) -> None:
    """Until the web app's background indexing has read every event."""
    from bot.staff.models import IndexState

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with db.session_scope(url) as session:
            state = session.get(IndexState, 1)
            newest = session.execute(sa.select(sa.func.max(rasa_events.EVENTS.c.id))).scalar() or 0
            if state is not None and state.last_event_id >= newest:
                return
        time.sleep(0.3)
    raise TimeoutError("the conversation index did not catch up")


def rows_mentioning(url: str, needle: str, skip_tables: tuple[str, ...] = ()) -> dict[str, int]:
    """How many rows of each table hold `needle` in any text column (every table in the
    database, so a table added later is checked too)."""
    engine = db.engine(url)
    inspector = sa.inspect(engine)
    found = {}
    with engine.connect() as connection:
        for table in inspector.get_table_names():
            if table in skip_tables or table.startswith("staff_conversation_fts_"):
                continue  # FTS5's own storage is binary; searched through the index below
            columns = [column["name"] for column in inspector.get_columns(table)
                       if isinstance(column["type"], (sa.String, sa.Text)) or "CHAR" in str(column["type"]).upper()
                       or "TEXT" in str(column["type"]).upper()]
            if not columns:
                continue
            condition = " OR ".join(f'CAST("{column}" AS TEXT) LIKE :needle' for column in columns)
            count = connection.execute(sa.text(f'SELECT COUNT(*) FROM "{table}" WHERE {condition}'),
                                       {"needle": f"%{needle}%"}).scalar()
            if count:
                found[table] = count
    return found


class _FormReader(HTMLParser):
    """The fields a browser would send for one form: inputs, checked boxes, textareas and
    selected options, in page order."""

    def __init__(self, action: str) -> None:
        super().__init__(convert_charrefs=True)
        self.action, self.inside, self.fields = action, False, []
        self._textarea: str | None = None
        self._select: str | None = None
        self._first_option: str | None = None
        self._chosen = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("action") == self.action
        if not self.inside:
            return
        if tag == "input" and attrs.get("name"):
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.fields.append((attrs["name"], attrs.get("value", "on")))
            else:
                self.fields.append((attrs["name"], attrs.get("value", "")))
        elif tag == "textarea":
            self._textarea = attrs.get("name")
            self.fields.append((self._textarea, ""))
        elif tag == "select":
            self._select, self._first_option, self._chosen = attrs.get("name"), None, False
        elif tag == "option" and self._select:
            if self._first_option is None:
                self._first_option = attrs.get("value")
            if "selected" in attrs:
                self.fields.append((self._select, attrs.get("value")))
                self._chosen = True

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select:
            if not self._chosen:
                self.fields.append((self._select, self._first_option))
            self._select = None

    def handle_data(self, data):
        if self._textarea and self.inside:
            name, text = self.fields[-1]
            self.fields[-1] = (name, text + data)


def form_fields(html: str, action: str) -> list[tuple[str, str]]:
    reader = _FormReader(action)
    reader.feed(html)
    assert reader.fields, f"no form posting to {action}"
    return reader.fields


def with_fields(fields: list[tuple[str, str]], **changes: str) -> list[tuple[str, str]]:
    """`fields` with some values replaced (and a name given as None removed)."""
    kept = [(name, changes.get(name, value)) for name, value in fields if changes.get(name, "") is not None]
    present = {name for name, _ in kept}
    return kept + [(name, value) for name, value in changes.items() if value is not None and name not in present]
