"""Follow-up questions, thin adapters over bot/dialogue/plan.py: a question with one answer
(the ResponseSelector's FAQ), who can be rung now, and who can help the person cared for."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import carry_out, turn_of
from actions.signposting import has_something_to_signpost, signpost
from bot import faq, opening_hours
from bot.dialogue import plan, replies
from bot.dialogue.translations import _
from bot.directory import queries


def answer_texts(domain: dict, chosen: dict) -> dict[str, str]:
    """Every answer's words, by key, from the domain's utter_faq/... responses (the
    ResponseSelector's choice first)."""
    texts = {name.partition("/")[2]: variants[0]["text"] for name, variants in (domain.get("responses") or {}).items()
             if name.startswith(f"utter_{faq.RETRIEVAL_INTENT}/") and variants and variants[0].get("text")}
    chosen_key = (chosen.get("intent_response_key") or "").partition("/")[2]
    chosen_texts = [r.get("text") for r in chosen.get("responses") or [] if r.get("text")]
    if chosen_key and chosen_texts:
        texts[chosen_key] = chosen_texts[0]
    return {key: _(text) for key, text in texts.items()}  # in the carer's language (locale/)


class ActionFaq(Action):
    """The answer the ResponseSelector chose, with the checked contacts that go with it;
    an answer that does not fit the message is not given."""

    def name(self) -> str:
        return "action_faq"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        directory, turn, message = queries.current(), turn_of(tracker), tracker.latest_message
        why = plan.why_asked(tracker.slots, turn)
        if why:
            return carry_out(dispatcher, tracker, why)
        key = faq.key_of(message)
        chosen = ((message.get("response_selector") or {}).get(faq.RETRIEVAL_INTENT) or {}).get("response") or {}
        texts = answer_texts(domain, chosen)
        if key is None or key not in texts or not plan.answer_fits(turn, key):
            # What the message does say is signposted, or the bot says honestly it does not know.
            if has_something_to_signpost(tracker):
                return signpost(dispatcher, tracker)
            return carry_out(dispatcher, tracker, plan.Plan([replies.cannot_answer(directory)]))
        decided = plan.answer(tracker.slots, turn, key, texts, directory, opening_hours.now(),
                              room_used=plan.notice_length(tracker.slots, turn))
        return carry_out(dispatcher, tracker, decided)


class ActionWhoIsOpen(Action):
    """Who answers now, in London time, for what the carer has told us so far."""

    def name(self) -> str:
        return "action_who_is_open"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        decided = plan.who_is_open(tracker.slots, turn_of(tracker), queries.current(), opening_hours.now())
        return carry_out(dispatcher, tracker, decided)


class ActionHelpForThePerson(Action):
    """Services for the person cared for, or for the person who harmed the carer."""

    def name(self) -> str:
        return "action_help_for_the_person"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        return carry_out(dispatcher, tracker, plan.help_for_the_person(tracker.slots, turn_of(tracker), queries.current()))
