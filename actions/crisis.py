from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import latest_entities, no_question_pending, send
from bot import replies
from bot.directory import queries


class ActionCrisisResponse(Action):
    """Crisis contacts first, for the kinds of risk the safety rules saw."""

    def name(self) -> str:
        return "action_crisis_response"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        kinds = latest_entities(tracker, "crisis_kind")
        reply = replies.crisis(queries.current(), kinds)
        return [SlotSet("crisis", True)] + no_question_pending() + send(dispatcher, tracker, reply, crisis=True)
