"""One conversation as staff read it: each message, the intent and confidence the bot
saw, and what it did. Personal data is masked unless an admin asked to reveal it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot import languages
from bot.handoff.models import CallbackRequest
from bot.privacy.known_values import known_value_kind
from bot.privacy.masking import default_masker
from bot.privacy.masking_patterns import LABELS, PERSONAL_SLOTS
from bot.staff import labels, times
from bot.staff.review.events import known_values
from bot.storage.rasa_events import conversation_events, Event

Segment = tuple[str, "str | None"]  # (text, None) shown as it is; (label, kind) where masked
SLOT_LABELS = {"callback_name": "Name for the callback", "callback_contact": "Phone or email for the callback",
               "callback_time": "Best time to call", "carer_name": "Name", "postcode": "Postcode"}


@dataclass
class Line:
    kind: str  # "carer", "bot", "did" (an action or what the bot noted), "session"
    at: dt.datetime
    segments: list[Segment] = field(default_factory=list)
    intent: str = ""
    confidence: float | None = None
    entities: list[tuple[str, list[Segment]]] = field(default_factory=list)
    buttons: list[str] = field(default_factory=list)
    pressed: str = ""  # the button a carer pressed, when the message is a button payload
    note: str = ""
    technical: str = ""  # the action or response name, for checking the bot's behaviour
    lang: str = ""  # the language of a message, for the page's lang attribute (screen readers)


@dataclass
class CallbackInfo:
    id: int
    status: str
    created_at: dt.datetime


@dataclass
class Transcript:
    conversation_id: str
    channel: str
    started_at: dt.datetime
    last_at: dt.datetime
    situations: list[str]
    signposted: list[str]
    crisis: bool
    callbacks: list[CallbackInfo]
    lines: list[Line]
    revealed: bool
    languages: list[str] = field(default_factory=list)  # the conversation's languages, in order (codes)

    @property
    def messages(self) -> list[Line]:
        return [line for line in self.lines if line.kind in ("carer", "bot")]


def plain(segments: list[Segment]) -> str:
    """Segments as text, masked parts as "[label]" (for exports)."""
    return "".join(text if kind is None else f"[{text}]" for text, kind in segments)


def build(session: Session, conversation_id: str, reveal: bool = False) -> Transcript | None:
    events = conversation_events(session, conversation_id)
    if not events:
        return None
    known = known_values(session, conversation_id, events)
    masker = default_masker()

    def shown(text: str) -> list[Segment]:
        return [(text, None)] if reveal else masker.segments(text, known)

    builder = _Builder(shown, reveal)
    for event in events:
        builder.take(event)
    callbacks = [CallbackInfo(request.id, request.status, request.created_at) for request in session.scalars(
        sa.select(CallbackRequest).where(CallbackRequest.conversation_id == conversation_id).order_by(CallbackRequest.id))]
    return Transcript(
        conversation_id=conversation_id, channel=builder.channel or "",
        started_at=times.from_timestamp(events[0].timestamp), last_at=times.from_timestamp(events[-1].timestamp),
        situations=builder.situations, signposted=builder.signposted, crisis=builder.crisis,
        callbacks=callbacks, lines=builder.lines, revealed=reveal, languages=builder.languages)


class _Builder:
    def __init__(self, shown, reveal: bool) -> None:
        self.shown, self.reveal = shown, reveal
        self.lines: list[Line] = []
        self.channel = ""
        self.situations: list[str] = []
        self.signposted: list[str] = []
        self.crisis = False
        self.buttons: dict[str, str] = {}  # payload -> title of the buttons last offered
        self.form_values: dict[str, str] = {}  # slot -> value last shown (a form sets each twice)
        self.form_shown = ""  # the form whose questions are under way
        self.language = languages.ENGLISH  # until the slot says otherwise
        self.languages: list[str] = [languages.ENGLISH]

    def take(self, event: Event) -> None:
        at = times.from_timestamp(event.timestamp)
        handler = getattr(self, f"_{event.type_name}", None)
        if handler is not None:
            handler(event, at)

    def _session_started(self, event: Event, at: dt.datetime) -> None:
        self.lines.append(Line("session", at, note="New session"))

    def _user(self, event: Event, at: dt.datetime) -> None:
        data = event.data
        if not self.channel:
            self.channel = labels.channel_of(data.get("input_channel"), event.sender_id)
        intent = (data.get("parse_data") or {}).get("intent") or {}
        line = Line("carer", at, intent=intent.get("name") or event.intent_name or "",
                    confidence=intent.get("confidence"), lang=_language_found(data) or self.language)
        if event.is_button_payload:
            line.pressed = self.buttons.get(event.text, "")
            line.segments = [(event.text, None)]
        else:
            line.segments = self.shown(event.text)
        for entity in (data.get("parse_data") or {}).get("entities") or []:
            value = str(entity.get("value", ""))
            if entity.get("entity") == "postcode" and not self.reveal:
                segments = [(LABELS["postcode"], "postcode")]
            else:
                segments = self.shown(value)
            line.entities.append((str(entity.get("entity", "")), segments))
        if line.intent == "crisis":
            self.crisis = True
        self.lines.append(line)

    def _bot(self, event: Event, at: dt.datetime) -> None:
        data = event.data
        buttons = (data.get("data") or {}).get("buttons") or []
        self.buttons = {str(button.get("payload", "")): str(button.get("title", "")) for button in buttons}
        metadata = data.get("metadata") or {}
        self.lines.append(Line("bot", at, segments=self.shown(event.text),
                               buttons=[str(button.get("title", "")) for button in buttons],
                               technical=str(metadata.get("utter_action") or ""),
                               lang=metadata.get("lang") if metadata.get("lang") in languages.SUPPORTED else self.language))

    def _action(self, event: Event, at: dt.datetime) -> None:
        name = event.action_name or ""
        if name in labels.QUIET_ACTIONS or name.startswith("utter_") or name == "action_session_start":
            return  # a set reply shows as the bot's message itself
        if name == "action_crisis_response":
            self.crisis = True
        if name.endswith("_form"):
            if name == self.form_shown:
                return  # a form runs once per answer; once is enough to show
            self.form_shown = name
        self.lines.append(Line("did", at, note=labels.action(name), technical=name))

    def _active_loop(self, event: Event, at: dt.datetime) -> None:
        if not event.data.get("name"):
            self.form_shown = ""

    def _slot(self, event: Event, at: dt.datetime) -> None:
        name, value = event.data.get("name"), event.data.get("value")
        if name == "situations" and isinstance(value, list):
            new = [key for key in value if key not in self.situations]
            self.situations += new
            if new:
                self.lines.append(Line("did", at, note="Recognised: " + "; ".join(labels.situation(key) for key in new),
                                       technical="slot situations"))
        elif name == "signposted" and isinstance(value, list):
            new = [key for key in value if key not in self.signposted]
            self.signposted += new
            if new:
                self.lines.append(Line("did", at, note="Named: " + "; ".join(labels.service(key) for key in new),
                                       technical="slot signposted"))
        elif name == "crisis" and value is True:
            self.crisis = True
            self.lines.append(Line("did", at, note="Marked the conversation as a crisis", technical="slot crisis"))
        elif name in PERSONAL_SLOTS and isinstance(value, str) and value and self.form_values.get(name) != value:
            self.form_values[name] = value
            kind = known_value_kind(PERSONAL_SLOTS[name], value)
            segments = [(value, None)] if self.reveal else [(LABELS.get(kind, LABELS["form_answer"]), kind)]
            self.lines.append(Line("did", at, segments=segments, note=SLOT_LABELS.get(name, name) + ":",
                                   technical=f"slot {name}"))
        elif name == "language" and value in languages.SUPPORTED and value != self.language:
            self.language = value
            self.languages += [value] if value not in self.languages else []
            self.lines.append(Line("did", at, note=f"Language: {languages.ENGLISH_NAMES[value]}",
                                   technical="slot language"))
        elif name == "carer_age" and value is not None:
            self.lines.append(Line("did", at, note=f"Carer's age: {_age(value)}", technical="slot carer_age"))


def _language_found(parse: dict) -> str:
    for entity in (parse.get("parse_data") or {}).get("entities") or []:
        if entity.get("entity") == "language" and entity.get("value") in languages.SUPPORTED:
            return entity["value"]
    return ""


def _age(value) -> str:
    try:
        return str(int(float(value)))
    except (TypeError, ValueError):
        return str(value)
