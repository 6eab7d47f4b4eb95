from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import latest_entities, send
from bot import replies, situations
from bot.directory import queries


class ActionSignpost(Action):
    """Names the organisations that fit every situation in the carer's message."""

    def name(self) -> str:
        return "action_signpost"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        message = tracker.latest_message
        found = situations.recognise(message.get("intent"), message.get("intent_ranking"), message.get("entities"))
        ages = latest_entities(tracker, "carer_age")
        carer_age = int(ages[0]) if ages else _slot_age(tracker)
        directory = queries.current()
        known = list(tracker.get_slot("situations") or [])
        # An answer such as an age refines what the carer already told us.
        answer = [replies.signposting(directory, found or known or ["wanting_a_person"], carer_age)]
        if latest_entities(tracker, "distress"):
            answer.append(replies.Reply(replies.SAFETY_QUESTION))
        events = [SlotSet("situations", known + [s for s in found if s not in known])]
        if ages:
            events.append(SlotSet("carer_age", float(ages[0])))
        return events + send(dispatcher, tracker, *answer)


def _slot_age(tracker: Tracker) -> int | None:
    value = tracker.get_slot("carer_age")
    return int(value) if value is not None else None
