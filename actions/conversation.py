"""Greeting, the hand-off to a person, out-of-scope questions and misunderstandings."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import latest_entities, latest_user_text, no_question_pending, send
from actions.signposting import has_something_to_signpost, signpost
from bot import db
from bot.dialogue import names, replies
from bot.questions import asks_why, is_question
from bot.conversations import provenance
from bot.conversations.erasure_marker import ERASED_SLOT
from bot.directory import queries
from bot.privacy.erasure import erase_conversation

logger = logging.getLogger(__name__)


class ActionGreet(Action):
    def name(self) -> str:
        return "action_greet"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        return no_question_pending() + send(dispatcher, tracker, replies.greeting())


class ActionOfferPerson(Action):
    def name(self) -> str:
        return "action_offer_person"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        frustrated = (tracker.latest_message.get("intent") or {}).get("name") == "frustrated"
        return no_question_pending() + send(dispatcher, tracker, replies.offer_person(queries.current(), frustrated))


class ActionOutOfScope(Action):
    def name(self) -> str:
        return "action_out_of_scope"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        asked = tracker.get_slot(names.PENDING_QUESTION)
        if asked in replies.WHY_WE_ASK and asks_why(latest_user_text(tracker)):
            return send(dispatcher, tracker, replies.why_we_ask(asked))
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
        asked = tracker.get_slot(names.PENDING_QUESTION)
        if asked in replies.WHY_WE_ASK and asks_why(latest_user_text(tracker)):
            # A question back ("why do you need to know?"): why we ask, and the question again.
            return send(dispatcher, tracker, replies.why_we_ask(asked))
        if latest_entities(tracker, "distress"):
            # Distress the bot cannot place: first make sure the carer is safe.
            question = replies.safety_question(queries.current())
            return [SlotSet(names.PENDING_QUESTION, "safety")] + send(dispatcher, tracker, question)
        if tracker.get_slot(names.CHECK_IN_DUE):
            # Just after a crisis card, words the bot cannot place get the check-in and a
            # person, never "I didn't understand".
            return send(dispatcher, tracker, replies.still_here(queries.current()))
        if is_question(latest_user_text(tracker)):
            return send(dispatcher, tracker, replies.cannot_answer(queries.current()))
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
    """Erases the conversation and everything stored about it, then says so; if that
    fails, says so and gives Carers' Hub's number. On success the tracker store also
    drops this turn instead of saving it (bot/conversations/tracker_store.py)."""

    def name(self) -> str:
        return "action_delete_conversation"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        try:
            with db.session_scope() as session:
                if not provenance.carries_stored_history(session, tracker.sender_id, tracker.events):
                    raise PermissionError("the tracker does not carry the stored conversation")
                erase_conversation(session, tracker.sender_id)
        except Exception:  # noqa: BLE001 - whatever failed, the carer must not be told it worked
            logger.exception("Could not erase conversation %s on request", tracker.sender_id)
            dispatcher.utter_message(text=replies.conversation_not_deleted(queries.current()))
            return []
        dispatcher.utter_message(text=replies.CONVERSATION_DELETED)
        return [SlotSet(ERASED_SLOT, True)]
