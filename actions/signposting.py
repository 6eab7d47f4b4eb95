"""Signposting and MORE: thin adapters over bot/dialogue/plan.py."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import carry_out, turn_of
from bot import opening_hours
from bot.dialogue import plan
from bot.directory import queries


class ActionSignpost(Action):
    """Names the organisations that fit every situation in the carer's message, checks
    where they live when they say, and asks at most one refining question after."""

    def name(self) -> str:
        return "action_signpost"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        return signpost(dispatcher, tracker)


def has_something_to_signpost(tracker: Tracker) -> bool:
    return plan.has_something_to_signpost(tracker.slots, turn_of(tracker))


def signpost(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]]:
    turn = turn_of(tracker)
    decided = plan.signpost(tracker.slots, turn, queries.current(), opening_hours.now(),
                            room_used=plan.notice_length(tracker.slots, turn))
    return carry_out(dispatcher, tracker, decided)


class ActionMore(Action):
    """MORE after a shortened reply on a phone: the full signposting so far."""

    def name(self) -> str:
        return "action_more"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        return carry_out(dispatcher, tracker, plan.more(tracker.slots, queries.current()))
