from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import facts_of, latest_entities, no_question_pending, on_a_phone, send
from bot import preferences, replies, situations
from bot.directory import queries

# Answered by the card itself (it ends with Carers' Hub), or not a need to signpost.
NOT_BESIDE_A_CARD = {"wanting_a_person", "outside_lambeth", "not_sure_if_carer"}
CLEAR_GUESS = 0.5


class ActionCrisisResponse(Action):
    """Crisis contacts first, for the kinds of risk the safety rules saw; then, in the same
    reply, the signposting for every other need the message states (a card never hides
    them)."""

    def name(self) -> str:
        return "action_crisis_response"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        directory = queries.current()
        card = replies.crisis(directory, latest_entities(tracker, "crisis_kind"))
        ages = latest_entities(tracker, "carer_age")
        facts, fact_events = facts_of(tracker, int(ages[0]) if ages else None)
        needs = preferences.without_unwanted(needs_beside_the_crisis(tracker.latest_message), list(facts.preferences))
        events = [SlotSet("crisis", True)] + no_question_pending() + fact_events
        if not needs:
            return events + send(dispatcher, tracker, card, crisis=True)
        if on_a_phone(tracker):
            # The card first and whole; the needs in what is left of three text segments.
            room = replies.TEXT_SEGMENTS_LIMIT - len(card.text) - 2
            signposting = replies.signposting_compact(directory, needs, facts, room)
        else:
            signposting = replies.signposting(directory, needs, facts)
        known = list(tracker.get_slot("situations") or [])
        already = list(tracker.get_slot("signposted") or [])
        events += [SlotSet("situations", known + [s for s in needs if s not in known]),
                   SlotSet("signposted", already + [s for s in signposting.services if s not in already])]
        return events + send(dispatcher, tracker, card, signposting, crisis=True)


def needs_beside_the_crisis(message: dict) -> list[str]:
    """The situations a crisis message also states: the rules' entities, and the
    classifier's guesses once its crisis label is set aside."""
    rest = [ranked for ranked in message.get("intent_ranking") or [] if ranked.get("name") != "crisis"]
    total = sum(ranked.get("confidence") or 0 for ranked in rest) or 1.0
    # The classifier's share once crisis is set aside; its guess counts only when clear.
    ranking = [{**ranked, "confidence": (ranked.get("confidence") or 0) / total} for ranked in rest]
    main = ranking[0] if ranking and ranking[0]["confidence"] >= CLEAR_GUESS else None
    found = situations.recognise(main, ranking if main else [], message.get("entities"))
    return [key for key in found if key not in NOT_BESIDE_A_CARD]
