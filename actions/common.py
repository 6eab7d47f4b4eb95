"""The adapter between a Rasa tracker and bot/dialogue: a Turn from the tracker, and a Plan
carried out through the rasa-sdk dispatcher, the same way from every action."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import settings
from bot.channels.incoming import is_over_limit
from bot.dialogue import names, plan, replies, translations
from bot.directory import queries


def turn_of(tracker: Tracker) -> plan.Turn:
    message = tracker.latest_message
    return plan.Turn(text=latest_user_text(tracker), intent=message.get("intent") or {},
                     ranking=message.get("intent_ranking") or [], entities=message.get("entities") or [],
                     channel=tracker.get_latest_input_channel(), retention_days=settings.load().retention_days)


def carry_out(dispatcher: CollectingDispatcher, tracker: Tracker, decided: plan.Plan) -> list[dict[str, Any]]:
    """Utters a plan's replies, framed (bot/dialogue/plan.py: frame), and returns its slot
    changes as events."""
    turn = turn_of(tracker)
    messages, changes = plan.frame(decided, tracker.slots, turn, queries.current(), is_over_limit(turn.text))
    for reply in messages:
        say(dispatcher, reply)
    return [SlotSet(slot, value) for slot, value in changes.items()]


def say(dispatcher: CollectingDispatcher, reply: replies.Reply | str) -> None:
    """One bot message, marked with the language it is written in (`lang`: the widget marks
    the bubble for screen readers, SMS numbers its options in it)."""
    if isinstance(reply, str):
        reply = replies.Reply(reply)
    # Rasa's channels split a message without buttons at every blank line; a reply
    # is one message, so multi-paragraph replies always carry their buttons.
    dispatcher.utter_message(text=reply.text, buttons=[{"title": b.title, "payload": b.payload} for b in reply.buttons],
                             lang=translations.current())


def send(dispatcher: CollectingDispatcher, tracker: Tracker, *messages: replies.Reply,
         crisis: bool = False) -> list[dict[str, Any]]:
    """Replies with no slot changes of their own, framed like every other."""
    return carry_out(dispatcher, tracker, plan.Plan(list(messages), {}, crisis))





def no_question_pending() -> list[dict[str, Any]]:
    """After this reply, a "yes" or "no" no longer answers the bot's earlier question."""
    return [SlotSet(names.PENDING_QUESTION, None)]



def latest_user_text(tracker: Tracker) -> str:
    """The carer's latest message as sent. (latest_message holds what understanding read,
    which stops at the length limit.)"""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event.get("text") or ""
    return ""
