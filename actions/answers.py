"""A plain "yes" or "no": read against the question the bot asked last, if any."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import no_question_pending, send
from actions.signposting import signpost
from bot import replies
from bot.directory import queries


class ActionAnswer(Action):
    def name(self) -> str:
        return "action_answer"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        question = tracker.get_slot("pending_question")
        said_no = (tracker.latest_message.get("intent") or {}).get("name") == "deny"
        if question in ("lambeth", "carer_age"):
            return signpost(dispatcher, tracker)
        if question == "safety" and said_no:
            # "No" to "Are you safe right now?": the crisis contacts, at once.
            reply = replies.crisis(queries.current(), [])
            return [SlotSet("crisis", True)] + no_question_pending() + send(dispatcher, tracker, reply, crisis=True)
        if question == "safety":
            text = replies.GLAD_YOU_ARE_SAFE
        elif said_no:
            text = replies.NO_PROBLEM
        else:
            text = replies.ANYTHING_ELSE
        # Through send(), so that the turn after a crisis card still starts with the check-in.
        return no_question_pending() + send(dispatcher, tracker, replies.Reply(text))
