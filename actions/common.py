"""Sending a bot.replies.Reply through the rasa-sdk dispatcher, the same way from every action."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import replies

PRIVACY_SLOT = "privacy_notice_shown"


def send(dispatcher: CollectingDispatcher, tracker: Tracker, *messages: replies.Reply) -> list[dict[str, Any]]:
    """Utter each reply; the first reply of a conversation also carries the privacy notice."""
    for reply in messages:
        dispatcher.utter_message(
            text=reply.text,
            buttons=[{"title": b.title, "payload": b.payload} for b in reply.buttons],
        )
    if tracker.get_slot(PRIVACY_SLOT):
        return []
    dispatcher.utter_message(text=replies.privacy_notice())
    return [SlotSet(PRIVACY_SLOT, True)]


def latest_entities(tracker: Tracker, name: str) -> list[Any]:
    return [e.get("value") for e in tracker.latest_message.get("entities", []) if e.get("entity") == name]
