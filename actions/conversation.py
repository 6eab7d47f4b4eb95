"""Greeting, the hand-off to a person, out-of-scope questions and misunderstandings."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import carry_out, no_question_pending, say, send, turn_of
from actions.signposting import has_something_to_signpost, signpost
from bot import settings, wiring
from bot.conversations import provenance
from bot.conversations.erasure_marker import ERASED_SLOT
from bot.dialogue import names, plan, replies
from bot.dialogue.translations import _, speaking
from bot.directory import queries
from bot.privacy.erasure import erase_conversation
from bot.storage import db

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


class ActionLanguageChosen(Action):
    """The carer named a language or pressed its button: the slot is already set from the
    entity (domain.yml), so this request is spoken in it (bot/action_server.py)."""

    def name(self) -> str:
        return "action_language_chosen"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        language = tracker.get_slot(names.LANGUAGE) or "en"
        return no_question_pending() + send(dispatcher, tracker, replies.language_chosen(queries.current(), language))


class ActionOtherLanguage(Action):
    """A language the bot does not speak: a short answer in English with Carers' Hub's number."""

    def name(self) -> str:
        return "action_other_language"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        with speaking("en"):
            return send(dispatcher, tracker, replies.other_language(queries.current()))


class ActionOutOfScope(Action):
    def name(self) -> str:
        return "action_out_of_scope"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        return carry_out(dispatcher, tracker, plan.out_of_scope(tracker.slots, turn_of(tracker), queries.current()))


class ActionDefaultFallback(Action):
    """When the classifier was unsure but the rules found what the carer needs (an age,
    a condition, a place), signpost anyway; otherwise say so, and after two
    misunderstandings in a row offer a person rather than a third guess."""

    def name(self) -> str:
        return "action_default_fallback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        if has_something_to_signpost(tracker):
            return signpost(dispatcher, tracker)
        decided = plan.unplaced(tracker.slots, turn_of(tracker), queries.current(), _fallbacks_in_a_row(tracker))
        return carry_out(dispatcher, tracker, decided)


def _fallbacks_in_a_row(tracker: Tracker) -> int:
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        if (event.get("parse_data") or {}).get("intent", {}).get("name") != names.FALLBACK_INTENT:
            break
        count += 1
    return count


class ActionExplainPrivacy(Action):
    def name(self) -> str:
        return "action_explain_privacy"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        say(dispatcher, replies.privacy_explained(settings.load().retention_days))
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
                erase_conversation(session, tracker.sender_id, wiring.ERASERS)
        except Exception:  # noqa: BLE001 - whatever failed, the carer must not be told it worked
            logger.exception("Could not erase conversation %s on request", tracker.sender_id)
            say(dispatcher, replies.conversation_not_deleted(queries.current()))
            return []
        say(dispatcher, _(replies.CONVERSATION_DELETED))
        return [SlotSet(ERASED_SLOT, True)]
