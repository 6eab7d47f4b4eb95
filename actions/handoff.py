"""The callback request form: ask, check, store, confirm. Stored before it is confirmed."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import say
from bot.conversations import provenance
from bot.dialogue import names, replies
from bot.dialogue.translations import _
from bot.directory import queries
from bot.handoff import callback_requests, contact_details
from bot.storage import db

logger = logging.getLogger(__name__)
CALLBACK_SLOTS = names.CALLBACK_SLOTS


def clear_callback_slots() -> list[dict[str, Any]]:
    # Personal data: nothing stays in the form's slots once the request is stored or dropped.
    return [SlotSet(slot, None) for slot in CALLBACK_SLOTS]


class ValidateCallbackForm(FormValidationAction):
    def name(self) -> str:
        return "validate_callback_form"

    def validate_callback_name(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        name = contact_details.name(str(value or ""))
        if name is None:
            say(dispatcher, _(replies.NAME_NOT_CAUGHT))
        return {"callback_name": name}

    def validate_callback_contact(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        detail = contact_details.contact_detail(str(value or ""))
        if detail is None:
            say(dispatcher, replies.not_a_contact())
            return {"callback_contact": None}
        return {"callback_contact": detail.value}

    def validate_callback_time(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        return {"callback_time": contact_details.best_time(str(value or ""))}


class _AskCallbackQuestion(Action):
    """Asks for one slot of the callback form with the text in bot.dialogue.replies."""

    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        say(dispatcher, _(replies.CALLBACK_QUESTIONS[self.slot]))
        return []


class ActionAskCallbackName(_AskCallbackQuestion):
    slot = "callback_name"


class ActionAskCallbackContact(_AskCallbackQuestion):
    slot = "callback_contact"


class ActionAskCallbackTime(_AskCallbackQuestion):
    slot = "callback_time"


class ActionAskCallbackConsent(Action):
    """The consent question names the contact detail, so the carer knows what they agree to."""

    def name(self) -> str:
        return "action_ask_callback_consent"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        question = replies.consent_question(tracker.get_slot("callback_contact"))
        say(dispatcher, question)
        return []


class ActionSubmitCallback(Action):
    def name(self) -> str:
        return "action_submit_callback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        directory = queries.current()
        if not tracker.get_slot("callback_consent"):
            say(dispatcher, replies.callback_without_consent(directory))
            return clear_callback_slots()
        contact = tracker.get_slot("callback_contact")
        detail = contact_details.contact_detail(contact or "")
        try:
            with db.session_scope() as session:
                if not provenance.carries_stored_history(session, tracker.sender_id, tracker.events,
                                                         must_have_history=True):
                    raise PermissionError("the tracker does not carry the stored conversation")
            number = callback_requests.create(
                conversation_id=tracker.sender_id,
                channel=tracker.get_latest_input_channel() or "",
                name=tracker.get_slot("callback_name"),
                contact=contact,
                contact_kind=detail.kind if detail else "phone",
                best_time=tracker.get_slot("callback_time") or "",
                consent_text=replies.consent_question(contact).text,  # as the carer read it
                situations=list(tracker.get_slot(names.SITUATIONS) or []),
            )
        except Exception:  # noqa: BLE001 - whatever failed, the carer must hear it and get the number
            logger.exception("Could not store a callback request for conversation %s", tracker.sender_id)
            say(dispatcher, replies.callback_not_saved(directory))
            return clear_callback_slots()
        say(dispatcher, replies.callback_saved(number, tracker.get_slot("callback_name")))
        return clear_callback_slots()


class ActionClearCallback(Action):
    def name(self) -> str:
        return "action_clear_callback"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        return clear_callback_slots()
