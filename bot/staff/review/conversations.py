"""The conversation list: filters, text search and pages, over the conversation index.

Every filter is a bound parameter or a fixed piece of SQL; search words are cut down
to letters and digits before they reach the full-text query language, so nothing
typed into the form can change the query.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot import situations
from bot.handoff.models import CallbackRequest
from bot.staff import labels, times
from bot.staff.models import ConversationSituation, ConversationSummary, ConversationText

PAGE_SIZE = 25
MAX_PAGE = 4000  # 100,000 conversations at 25 a page
MAX_SEARCH_WORDS = 8
CHOICES = ("", "yes", "no")
S = ConversationSummary


@dataclass(frozen=True)
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    channel: str = ""
    situation: str = ""
    crisis: str = ""  # "", "yes" or "no"
    callback: str = ""
    q: str = ""
    page: int = 1
    errors: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def from_args(cls, args) -> "Filters":
        """From query-string arguments; anything malformed is dropped with a message."""
        errors = []

        def date(name: str, label: str) -> dt.date | None:
            raw = (args.get(name) or "").strip()
            if not raw:
                return None
            try:
                return dt.date.fromisoformat(raw)
            except ValueError:
                errors.append(f"{label} must be a date like 2024-03-31.")
                return None

        def choice(name: str) -> str:
            value = (args.get(name) or "").strip()
            return value if value in CHOICES else ""

        try:
            page = min(MAX_PAGE, max(1, int(args.get("page") or 1)))
        except ValueError:
            page = 1
        situation = (args.get("situation") or "").strip()
        filters = cls(
            date_from=date("from", "The start date"), date_to=date("to", "The end date"),
            channel=(args.get("channel") or "").strip()[:40],
            situation=situation if situation in situations.KEYS else "",
            crisis=choice("crisis"), callback=choice("callback"),
            q=(args.get("q") or "").strip()[:200], page=page)
        if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
            errors.append("The start date is after the end date.")
        return replace(filters, errors=tuple(errors))

    def as_args(self, **changes) -> dict[str, str]:
        values = {"from": self.date_from.isoformat() if self.date_from else "",
                  "to": self.date_to.isoformat() if self.date_to else "",
                  "channel": self.channel, "situation": self.situation, "crisis": self.crisis,
                  "callback": self.callback, "q": self.q, "page": str(self.page)}
        values.update({key: str(value) for key, value in changes.items()})
        return {key: value for key, value in values.items() if value and not (key == "page" and value == "1")}

    def query_string(self, **changes) -> str:
        return urlencode(self.as_args(**changes))

    @property
    def active(self) -> bool:
        return bool(self.as_args(page=1))


@dataclass(frozen=True)
class Row:
    conversation_id: str
    channel: str
    started_at: dt.datetime
    last_at: dt.datetime
    user_messages: int
    situations: list[str]
    signposted: list[str]
    crisis: bool
    callback_status: str
    preview: str


def search_words(text: str) -> list[str]:
    """The words to look for: letters and digits only, lower case, at most a few."""
    return [word for word in re.findall(r"\w+", text.lower()) if len(word) <= 40][:MAX_SEARCH_WORDS]


def _conditions(session: Session, filters: Filters) -> list:
    conditions = []
    # Dates are those of the latest message: one indexed range, however many conversations.
    if filters.date_from:
        conditions.append(S.last_at >= times.london_midnight_utc(filters.date_from))
    if filters.date_to:
        conditions.append(S.last_at < times.london_midnight_utc(filters.date_to + dt.timedelta(days=1)))
    if filters.channel:
        conditions.append(S.channel == filters.channel)
    if filters.situation:
        conditions.append(S.id.in_(sa.select(ConversationSituation.summary_id)
                                   .where(ConversationSituation.situation == filters.situation)))
    if filters.crisis:
        conditions.append(S.crisis == (filters.crisis == "yes"))
    if filters.callback:
        requested = S.conversation_id.in_(sa.select(CallbackRequest.conversation_id))
        conditions.append(requested if filters.callback == "yes" else ~requested)
    if filters.q:
        conditions.append(_text_search(session, filters.q))
    return conditions


def _text_search(session: Session, text: str):
    """Conversations whose carer messages hold every word, or the one with this id."""
    words = search_words(text)
    by_id = S.conversation_id == text.strip()
    if not words or session.execute(sa.select(S.id).where(by_id)).first():
        return by_id
    if session.get_bind().dialect.name == "sqlite":
        # FTS5 query: each word quoted (so FTS syntax typed by someone is just a word) and
        # matched as a prefix ("demen" finds "dementia"); all words must be present.
        query = " ".join(f'"{word}"*' for word in words)
        matching = sa.text("SELECT rowid FROM staff_conversation_fts WHERE staff_conversation_fts MATCH :fts_query")
        return S.id.in_(matching.bindparams(fts_query=query))
    query = " & ".join(f"{word}:*" for word in words)
    matching = sa.select(ConversationText.id).where(
        sa.func.to_tsvector("simple", ConversationText.body).op("@@")(sa.func.to_tsquery("simple", query)))
    return S.id.in_(matching)


def list_page(session: Session, filters: Filters) -> tuple[list[Row], int]:
    """One page of conversations, most recent first, and how many match in all."""
    conditions = _conditions(session, filters)
    total = session.execute(sa.select(sa.func.count()).select_from(S).where(*conditions)).scalar() or 0
    # The page's ids first, from the index alone, then only those 25 rows: a deep page
    # skips index entries, not whole rows.
    page = (sa.select(S.id).where(*conditions).order_by(S.last_at.desc(), S.id.desc())
            .offset((filters.page - 1) * PAGE_SIZE).limit(PAGE_SIZE).subquery())
    summaries = session.execute(
        sa.select(S.conversation_id, S.channel, S.started_at, S.last_at, S.user_messages, S.situations,
                  S.signposted, S.crisis, S.preview)
        .join(page, page.c.id == S.id).order_by(S.last_at.desc(), S.id.desc())).all()
    statuses = callback_statuses(session, [summary.conversation_id for summary in summaries])
    rows = [Row(summary.conversation_id, summary.channel, summary.started_at, summary.last_at, summary.user_messages,
                labels.keys(summary.situations), labels.keys(summary.signposted), summary.crisis,
                statuses.get(summary.conversation_id, ""), summary.preview) for summary in summaries]
    return rows, total


def matching_ids(session: Session, filters: Filters, limit: int) -> list[str]:
    return list(session.execute(
        sa.select(S.conversation_id).where(*_conditions(session, filters))
        .order_by(S.last_at.desc(), S.id.desc()).limit(limit)).scalars())


def callback_statuses(session: Session, conversation_ids: list[str]) -> dict[str, str]:
    """The latest callback request's status per conversation."""
    if not conversation_ids:
        return {}
    found: dict[str, str] = {}
    for conversation_id, status in session.execute(
            sa.select(CallbackRequest.conversation_id, CallbackRequest.status)
            .where(CallbackRequest.conversation_id.in_(conversation_ids)).order_by(CallbackRequest.id)):
        found[conversation_id] = status
    return found


_channels_cache: tuple[float, list[str]] = (0.0, [])
CHANNELS_FRESH_SECONDS = 60.0


def channels(session: Session) -> list[str]:
    """The channels conversations came in on, for the filter's choices. Reading them
    means reading an index of every conversation, so it is done once a minute at most."""
    global _channels_cache
    read_at, found = _channels_cache
    if time.monotonic() - read_at > CHANNELS_FRESH_SECONDS or not found:
        found = [value for value in session.execute(sa.select(S.channel).distinct().order_by(S.channel)).scalars() if value]
        _channels_cache = (time.monotonic(), found)
    return found


def summary_of(session: Session, conversation_id: str) -> ConversationSummary | None:
    return session.scalars(sa.select(S).where(S.conversation_id == conversation_id)).first()
