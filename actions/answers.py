"""A plain "yes" or "no": read against the question the bot asked last, if any."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import carry_out, no_question_pending, send, turn_of
from actions.signposting import signpost
from bot.dialogue import names, plan, replies
from bot.dialogue.translations import _
from bot.directory import queries


class ActionAnswer(Action):
    def name(self) -> str:
        return "action_answer"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        question = tracker.get_slot(names.PENDING_QUESTION)
        said_no = (tracker.latest_message.get("intent") or {}).get("name") == names.DENY
        if question in (names.ASKED_LAMBETH, names.ASKED_CARER_AGE):
            return signpost(dispatcher, tracker)
        if question == names.ASKED_SAFETY and said_no:
            # "No" to "Are you safe right now?": the crisis contacts, at once.
            decided = plan.crisis_turn(tracker.slots, turn_of(tracker), queries.current(), kinds=[])
            return carry_out(dispatcher, tracker, decided)
        if question == names.ASKED_SAFETY:
            text = _(replies.GLAD_YOU_ARE_SAFE)
        elif said_no:
            text = _(replies.NO_PROBLEM)
        else:
            text = _(replies.ANYTHING_ELSE)
        # Through send(), so that the turn after a crisis card still starts with the check-in.
        return no_question_pending() + send(dispatcher, tracker, replies.Reply(text))
