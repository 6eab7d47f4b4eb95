"""The crisis turn: a thin adapter over bot/dialogue/plan.py (crisis_turn)."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import carry_out, turn_of
from bot.dialogue import plan
from bot.directory import queries


class ActionCrisisResponse(Action):
    """Crisis contacts first, then the signposting for every other need the message states."""

    def name(self) -> str:
        return "action_crisis_response"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        return carry_out(dispatcher, tracker, plan.crisis_turn(tracker.slots, turn_of(tracker), queries.current()))
