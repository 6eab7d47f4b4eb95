"""Keeps the conversation index (bot/staff/models.py) up to date from the events table.

Reading 100,000 conversations' events for every list page would be far too slow, so
each new event is read once, in id order, and folded into its conversation's summary
row: dates, channel, counts, situations, organisations signposted, crisis flag, the
masked first message, and the masked text the search looks in. The web app runs this
every few seconds and before each list page, so a new message shows up at once.

A conversation in which the carer filled in a form (callback name, number, best time)
is rebuilt from all its events whenever it changes: those values must be masked in
every earlier message too, and they are known only once given.
"""
from __future__ import annotations

import logging
import threading
from collections import defaultdict
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Callable

import sqlalchemy as sa
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bot.privacy.masking import Masker, default_masker
from bot.privacy.masking_patterns import PERSONAL_SLOTS
from bot.staff import labels, times
from bot.staff.review.events import known_values
from bot.storage import db, rasa_events
from bot.storage.rasa_events import conversation_events, from_row, Event
from bot.staff.models import (ConversationSituation, ConversationSummary, ConversationText, IndexState,
                              UnrecognisedMessage)

logger = logging.getLogger(__name__)
BATCH_SIZE = 20_000
# On PostgreSQL a transaction holding a lower id can commit after one holding a higher
# id; re-reading the last ids catches such late events (each conversation remembers
# the last event it took in, so nothing counts twice).
LOOKBACK_IDS = 500
PREVIEW_LENGTH = 140
NOT_UNDERSTOOD_INTENT = "nlu_fallback"
# Below FallbackClassifier's threshold (config.yml) the bot was guessing, whatever intent
# a later component wrote: staff should see the message among those not understood.
GUESS_BELOW_CONFIDENCE = 0.35
# A message in a language the bot does not speak is not understood either: staff see it.
NOT_UNDERSTOOD_ACTIONS = frozenset({"action_default_fallback", "action_other_language"})
CRISIS_ACTION = "action_crisis_response"
SLOTS_READ = frozenset({"situations", "signposted", "crisis"}) | frozenset(PERSONAL_SLOTS)

_running = threading.Lock()


@dataclass
class Progress:
    new_events: int = 0
    conversations: int = 0
    caught_up: bool = True


def refresh(url: str | None = None, max_events: int = 50_000, wait: bool = True) -> Progress:
    """Reads new events into the index, at most `max_events` of them. With wait=False,
    returns at once when another thread is already doing it or nothing is new."""
    if not wait and not has_new_events(url):
        return Progress()
    if not _running.acquire(blocking=wait):
        return Progress(caught_up=False)
    try:
        progress = Progress(caught_up=False)
        while progress.new_events < max_events:
            try:
                with db.session_scope(url) as session:
                    batch = index_batch(session, default_masker, min(BATCH_SIZE, max_events))
            except OperationalError as error:  # SQLite: another writer got in first; next time
                logger.info("Conversation index waits for the database: %s", error)
                return progress
            progress.new_events += batch.new_events
            progress.conversations += batch.conversations
            if batch.caught_up:
                progress.caught_up = True
                break
        return progress
    finally:
        _running.release()


def index_batch(session: Session, make_masker: Callable[[], Masker], batch_size: int = BATCH_SIZE) -> Progress:
    """One batch of events into the index. The masker is made only when there is
    something new: building it loads spaCy, which is slow to import."""
    state = session.get(IndexState, 1, with_for_update=True)
    if state is None:
        state = IndexState(id=1, last_event_id=0)
        session.add(state)
        session.flush()
    rows = rasa_events.events_after(session, max(0, state.last_event_id - LOOKBACK_IDS), batch_size)
    if not rows:
        return Progress()
    by_conversation: dict[str, list[Event]] = defaultdict(list)
    for row in rows:
        by_conversation[row.sender_id].append(from_row(row))
    existing = _summaries(session, list(by_conversation))
    work: list[tuple[ConversationSummary, list[Event]]] = []
    for conversation_id, events in by_conversation.items():
        summary = existing.get(conversation_id)
        fresh = [event for event in events if summary is None or event.id > summary.last_event_id]
        if not fresh:
            continue
        if summary is None:
            if not any(event.type_name == "user" for event in fresh):
                continue  # listed from the carer's first message (a web session can open without one)
            summary = ConversationSummary(conversation_id=conversation_id)
            _reset(summary, fresh[0])
            session.add(summary)
        work.append((summary, fresh))
    session.flush()  # new summaries get their ids, which their search text rows share
    texts = _text_rows(session, [summary for summary, _ in work])
    seen = _unrecognised_seen(session, [summary.conversation_id for summary, _ in work
                                        if summary.conversation_id in existing])
    masker = make_masker() if work else None
    with session.no_autoflush:  # everything is written once, at the end of the batch
        for summary, fresh in work:
            if summary.has_form_values or _gives_form_values(fresh):
                rebuild(session, masker, summary, texts[summary.id])
            else:
                Digest(masker, summary, texts[summary.id], known=[], seen=seen, session=session).take(fresh)
    state.last_event_id = max(state.last_event_id, rows[-1].id)
    return Progress(sum(len(fresh) for _, fresh in work), len(work), caught_up=len(rows) < batch_size)


def rebuild(session: Session, masker: Masker, summary: ConversationSummary, text_row: ConversationText) -> None:
    """Recomputes one conversation's index rows from all its events."""
    events = conversation_events(session, summary.conversation_id)
    for stale in (sa.delete(UnrecognisedMessage).where(UnrecognisedMessage.conversation_id == summary.conversation_id),
                  sa.delete(ConversationSituation).where(ConversationSituation.summary_id == summary.id)):
        session.execute(stale.execution_options(synchronize_session=False))
    if not events:
        return
    _reset(summary, events[0])
    text_row.body = ""
    known = known_values(session, summary.conversation_id, events)
    Digest(masker, summary, text_row, known, seen=set(), session=session).take(events)
    summary.has_form_values = bool(known)


# The summary columns a digest changes; it works on plain copies and writes back once,
# because setting an ORM attribute per event was most of the indexing time.
DIGEST_FIELDS = ("channel", "user_messages", "bot_messages", "fallbacks", "crisis", "preview", "has_form_values",
                 "in_form", "last_event_id")


class Digest:
    """Folds events, in order, into a conversation's summary and search text."""

    def __init__(self, masker: Masker, summary: ConversationSummary, text_row: ConversationText,
                 known: list[tuple[str, str]], seen: set[tuple[str, int]], session: Session) -> None:
        self.masker, self.summary, self.text_row, self.known = masker, summary, text_row, known
        self.seen = seen  # (conversation id, event id) of messages already listed as not understood
        self.session = session
        self.last_user: Event | None = None
        self.body_parts: list[str] = []
        self.facts = SimpleNamespace(**{name: getattr(summary, name) for name in DIGEST_FIELDS})

    def take(self, events: list[Event]) -> None:
        facts, summary = self.facts, self.summary
        situations = labels.keys(summary.situations)
        signposted = labels.keys(summary.signposted)
        for event in events:
            facts.last_event_id = max(facts.last_event_id, event.id)
            if event.type_name == "user":
                self._user(event)
            elif event.type_name == "bot":
                facts.bot_messages += 1
            elif event.type_name == "action":
                if event.action_name == CRISIS_ACTION:
                    facts.crisis = True
                elif event.action_name in NOT_UNDERSTOOD_ACTIONS:
                    self._not_understood(self.last_user or _user_before(self.session, summary.conversation_id, event.id))
            elif event.type_name == "active_loop":
                facts.in_form = bool(event.data.get("name"))
            elif event.type_name == "slot" and event.action_name in SLOTS_READ:  # the column holds the slot name
                name, value = event.data.get("name"), event.data.get("value")
                if name == "situations" and isinstance(value, list):
                    situations += [key for key in value if isinstance(key, str) and key not in situations]
                elif name == "signposted" and isinstance(value, list):
                    signposted += [key for key in value if isinstance(key, str) and key not in signposted]
                elif name == "crisis" and value is True:
                    facts.crisis = True
                elif name in PERSONAL_SLOTS and value:
                    facts.has_form_values = True
        stamps = [event.timestamp for event in events]
        summary.started_at = min(summary.started_at, times.from_timestamp(min(stamps)))
        summary.last_at = max(summary.last_at, times.from_timestamp(max(stamps)))
        summary.week = times.week_start(summary.started_at)
        listed = set(labels.keys(summary.situations))
        for key in situations:
            if key not in listed:
                self.session.add(ConversationSituation(summary_id=summary.id, situation=key))
        summary.situations = labels.pack(situations)
        summary.signposted = labels.pack(signposted)
        for name in DIGEST_FIELDS:
            if getattr(summary, name) != getattr(facts, name):
                setattr(summary, name, getattr(facts, name))
        if self.body_parts:
            self.text_row.body = "\n".join(([self.text_row.body] if self.text_row.body else []) + self.body_parts)

    def _user(self, event: Event) -> None:
        facts = self.facts
        facts.user_messages += 1
        self.last_user = event
        if not facts.channel:
            facts.channel = labels.channel_of(event.data.get("input_channel"), self.summary.conversation_id)
        if event.intent_name == "crisis":
            facts.crisis = True
        if event.is_button_payload:
            return
        masked = self.masker.mask(event.text, self.known)
        if not facts.preview and masked.strip():
            facts.preview = masked[:PREVIEW_LENGTH] + ("…" if len(masked) > PREVIEW_LENGTH else "")
        self.body_parts.append(masked)
        if not facts.in_form and (event.intent_name == NOT_UNDERSTOOD_INTENT or _guessed(event)):
            self._not_understood(event)

    def _not_understood(self, event: Event | None) -> None:
        key = (self.summary.conversation_id, event.id) if event is not None else None
        if event is None or key in self.seen or event.is_button_payload:
            return
        self.seen.add(key)
        self.facts.fallbacks += 1
        self.session.add(UnrecognisedMessage(
            conversation_id=self.summary.conversation_id, event_id=event.id,
            at=times.from_timestamp(event.timestamp), text=self.masker.mask(event.text, self.known)))


def _guessed(event: Event) -> bool:
    confidence = ((event.data.get("parse_data") or {}).get("intent") or {}).get("confidence")
    return isinstance(confidence, (int, float)) and confidence < GUESS_BELOW_CONFIDENCE


def _summaries(session: Session, conversation_ids: list[str]) -> dict[str, ConversationSummary]:
    found = {}
    for start in range(0, len(conversation_ids), 500):
        chunk = conversation_ids[start:start + 500]
        for summary in session.scalars(sa.select(ConversationSummary).where(ConversationSummary.conversation_id.in_(chunk))):
            found[summary.conversation_id] = summary
    return found


def _reset(summary: ConversationSummary, first: Event) -> None:
    moment = times.from_timestamp(first.timestamp)
    summary.started_at = summary.last_at = moment
    summary.week = times.week_start(moment)
    summary.channel = ""
    summary.user_messages = summary.bot_messages = summary.fallbacks = 0
    summary.situations = summary.signposted = summary.preview = ""
    summary.crisis = summary.has_form_values = summary.in_form = False
    summary.first_event_id = first.id
    summary.last_event_id = 0


def _text_rows(session: Session, summaries: list[ConversationSummary]) -> dict[int, ConversationText]:
    ids = [summary.id for summary in summaries]
    found = {}
    for start in range(0, len(ids), 500):
        for row in session.scalars(sa.select(ConversationText).where(ConversationText.id.in_(ids[start:start + 500]))):
            found[row.id] = row
    for summary_id in ids:
        if summary_id not in found:
            found[summary_id] = ConversationText(id=summary_id, body="")
            session.add(found[summary_id])
    return found


def _unrecognised_seen(session: Session, conversation_ids: list[str]) -> set[tuple[str, int]]:
    seen = set()
    for start in range(0, len(conversation_ids), 500):
        seen.update(session.execute(sa.select(UnrecognisedMessage.conversation_id, UnrecognisedMessage.event_id).where(
            UnrecognisedMessage.conversation_id.in_(conversation_ids[start:start + 500]))).all())
    return seen


def _gives_form_values(events: list[Event]) -> bool:
    return any(event.type_name == "slot" and event.data.get("name") in PERSONAL_SLOTS and event.data.get("value")
               for event in events)


def _user_before(session: Session, conversation_id: str, event_id: int) -> Event | None:
    return rasa_events.last_user_event_before(session, conversation_id, event_id)


def has_new_events(url: str | None = None) -> bool:
    with db.session_scope(url) as session:
        state = session.get(IndexState, 1)
        return rasa_events.newest_id(session) > (state.last_event_id if state else 0)


def pending_events(url: str | None = None) -> int:
    """How many events the index has not read yet (shown on the list page when behind)."""
    with db.session_scope(url) as session:
        state = session.get(IndexState, 1)
        return rasa_events.count_after(session, state.last_event_id if state else 0)
