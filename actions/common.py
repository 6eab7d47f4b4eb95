"""Sending a bot.replies.Reply through the rasa-sdk dispatcher, the same way from every action."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import fit, preferences, replies
from bot.channels.incoming import is_over_limit
from bot.directory import queries

PRIVACY_SLOT = "privacy_notice_shown"
CHECK_IN_SLOT = "check_in_due"  # set by a crisis card, cleared by the next reply
TEXT_CHANNEL = "twilio"  # SMS and WhatsApp (bot/channels/twilio.py)


def send(dispatcher: CollectingDispatcher, tracker: Tracker, *messages: replies.Reply,
         crisis: bool = False) -> list[dict[str, Any]]:
    """Utter each reply. The first reply of a conversation starts with the privacy notice,
    except a crisis turn: the card comes first and nothing is put between it and the reader
    (on a phone, a notice after it scrolls "call 999" out of view), so the notice waits
    for the next reply."""
    events: list[dict[str, Any]] = []
    if crisis:
        events.append(SlotSet(CHECK_IN_SLOT, True))
    elif tracker.get_slot(CHECK_IN_SLOT):
        # The turn after a crisis card asks how they are first, then helps with what they ask.
        dispatcher.utter_message(text=replies.check_in_after_crisis(queries.current()))
        events.append(SlotSet(CHECK_IN_SLOT, False))
    first_reply = not tracker.get_slot(PRIVACY_SLOT)
    if first_reply and not crisis:
        dispatcher.utter_message(text=replies.privacy_notice_short() if on_a_phone(tracker) else replies.privacy_notice())
    cut_short = is_over_limit(latest_user_text(tracker))
    if cut_short and not crisis:
        dispatcher.utter_message(text=replies.long_message_note(queries.current()))
    for reply in messages:
        # Rasa's channels split a message without buttons at every blank line; a reply
        # is one message, so multi-paragraph replies always carry their buttons.
        dispatcher.utter_message(
            text=reply.text,
            buttons=[{"title": b.title, "payload": b.payload} for b in reply.buttons],
        )
    if cut_short and crisis:
        dispatcher.utter_message(text=replies.long_message_note(queries.current()))
    return events + ([SlotSet(PRIVACY_SLOT, True)] if first_reply and not crisis else [])


def on_a_phone(tracker: Tracker) -> bool:
    """SMS or WhatsApp, where the first answer must fit in three text segments."""
    return tracker.get_latest_input_channel() == TEXT_CHANNEL


def text_length(tracker: Tracker, question: replies.Reply | None) -> int:
    """Characters a phone's reply spends besides the signposting: the privacy notice on a
    first reply, and the question with its numbered options."""
    from bot.channels import plain_text

    used = 0
    if not tracker.get_slot(PRIVACY_SLOT):
        used += plain_text.length(replies.privacy_notice_short()) + 2
    if question:
        options = plain_text.numbered_list({"title": b.title} for b in question.buttons)
        used += plain_text.length(question.text) + 2 + (plain_text.length(options) + 2 if options else 0)
    return used


def facts_of(tracker: Tracker, carer_age: int | None) -> tuple[fit.Facts, list[dict[str, Any]]]:
    """What decides which services fit, from this message and what was said before, and the
    slot events that keep it for the rest of the conversation."""
    message = tracker.latest_message
    cared_for = fit.cared_for_from(message.get("entities") or [], tracker.get_slot("cared_for"))
    stated = preferences.stated(latest_user_text(tracker), list(tracker.get_slot("preferences") or []))
    facts = fit.Facts(carer_age=carer_age, cared_for=cared_for, preferences=tuple(stated))
    return facts, [SlotSet("cared_for", cared_for), SlotSet("preferences", stated)]


def no_question_pending() -> list[dict[str, Any]]:
    """After this reply, a "yes" or "no" no longer answers the bot's earlier question."""
    return [SlotSet("pending_question", None)]


def latest_entities(tracker: Tracker, name: str) -> list[Any]:
    return [e.get("value") for e in tracker.latest_message.get("entities", []) if e.get("entity") == name]


def latest_user_text(tracker: Tracker) -> str:
    """The carer's latest message as sent. (latest_message holds what understanding read,
    which stops at the length limit.)"""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event.get("text") or ""
    return ""
