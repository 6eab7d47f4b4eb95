"""Greeting, the hand-off to a person, out-of-scope questions and misunderstandings."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import no_question_pending, send
from actions.signposting import has_something_to_signpost, signpost
from bot import replies
from bot.directory import queries


class ActionGreet(Action):
    def name(self) -> str:
        return "action_greet"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        return no_question_pending() + send(dispatcher, tracker, replies.greeting())


class ActionOfferPerson(Action):
    def name(self) -> str:
        return "action_offer_person"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        return no_question_pending() + send(dispatcher, tracker, replies.offer_person(queries.current()))


class ActionOutOfScope(Action):
    def name(self) -> str:
        return "action_out_of_scope"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        return no_question_pending() + send(dispatcher, tracker, replies.out_of_scope(queries.current()))


class ActionDefaultFallback(Action):
    """When the classifier was unsure but the rules found what the carer needs (an age,
    a condition, a place), signpost anyway; otherwise say so, and after two
    misunderstandings in a row offer a person rather than a third guess."""

    def name(self) -> str:
        return "action_default_fallback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        if has_something_to_signpost(tracker):
            return signpost(dispatcher, tracker)
        return send(dispatcher, tracker, replies.not_understood(queries.current(), _fallbacks_in_a_row(tracker)))


def _fallbacks_in_a_row(tracker: Tracker) -> int:
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        if (event.get("parse_data") or {}).get("intent", {}).get("name") != "nlu_fallback":
            break
        count += 1
    return count


class ActionExplainPrivacy(Action):
    def name(self) -> str:
        return "action_explain_privacy"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        dispatcher.utter_message(text=replies.privacy_explained())
        return []


class ActionDeleteConversation(Action):
    """Confirms the erasure; the tracker store deletes the conversation when it saves
    this turn (bot/conversations/tracker_store.py), so nothing is written back."""

    def name(self) -> str:
        return "action_delete_conversation"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        dispatcher.utter_message(text=replies.CONVERSATION_DELETED)
        return []
