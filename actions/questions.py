"""Follow-up questions: a question with one answer (the ResponseSelector's FAQ), who can be
rung now, and who can help the person cared for."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import facts_of, latest_user_text, no_question_pending, on_a_phone, send, text_length
from actions.signposting import has_something_to_signpost, signpost
from bot import faq, opening_hours, situations
from bot.dialogue import names, replies
from bot.questions import asks_about_now
from bot.directory import queries


def _remember(tracker: Tracker, situation: str | None, reply: replies.Reply) -> list[dict[str, Any]]:
    known = list(tracker.get_slot(names.SITUATIONS) or [])
    already = list(tracker.get_slot(names.SIGNPOSTED) or [])
    events = [SlotSet(names.SIGNPOSTED, already + [s for s in reply.services if s not in already])]
    if situation and situation not in known:
        events.append(SlotSet(names.SITUATIONS, known + [situation]))
    return events


TOLD_MORE_WORDS = 12  # a question in a message this long also tells of what is happening
NOT_SIGNPOSTED = {"wanting_a_person", "outside_lambeth"}
SURE_ENOUGH = 0.6  # below this, an answer must agree with the situations the rules found


def _plausible(message: dict, key: str) -> bool:
    """The answer's situation is one the message could be about: the same signs of youth
    a young carer's answer needs as the young carer's situation, and when the classifier
    is unsure, agreement with the situations the rules found in the words."""
    answer = faq.ANSWERS[key]
    situation = answer.situation
    if answer.for_the_young and not faq.CHILD_SPEAKING.search(message.get("text") or "") \
            and situation not in situations.recognise(message.get("intent"), [], message.get("entities")):
        return False
    by_rules = situations.recognise(None, [], message.get("entities"))
    confidence = (message.get("intent") or {}).get("confidence") or 0.0
    return not by_rules or situation in by_rules or confidence >= SURE_ENOUGH


def _slot_age(tracker: Tracker) -> int | None:
    value = tracker.get_slot(names.CARER_AGE)
    return int(value) if value is not None else None


class ActionFaq(Action):
    """The answer the ResponseSelector chose, with the checked contacts that go with it."""

    def name(self) -> str:
        return "action_faq"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        directory = queries.current()
        message = tracker.latest_message
        key = faq.key_of(message)
        chosen = ((message.get("response_selector") or {}).get(faq.RETRIEVAL_INTENT) or {}).get("response") or {}
        texts = [r.get("text") for r in chosen.get("responses") or [] if r.get("text")]
        facts, events = facts_of(tracker, _slot_age(tracker))
        if key is None or not texts or not _plausible(message, key):
            # An answer that does not fit what the message says (a young carer's answer
            # for an adult, money for a question about an assessment): what the message
            # does say is signposted, or the bot says honestly it does not know.
            if has_something_to_signpost(tracker):
                return signpost(dispatcher, tracker)
            return no_question_pending() + events + send(dispatcher, tracker, replies.cannot_answer(directory))
        fitting = faq.for_this_carer(key, facts.preferences, facts.carer_age)
        if fitting != key:
            key, texts = fitting, [v["text"] for v in domain.get("responses", {}).get(f"utter_faq/{fitting}", [])] or texts
        answer = faq.ANSWERS[key]
        now_too = asks_about_now(latest_user_text(tracker))
        reply = replies.faq_answer(directory, texts[0], answer.services, None if answer.for_any_carer else facts,
                                   answer.situation, with_hub=not now_too)
        stated = [s for s in situations.recognise(None, [], message.get("entities")) if s not in NOT_SIGNPOSTED]
        if stated and len(latest_user_text(tracker).split()) >= TOLD_MORE_WORDS and not now_too:
            # A question asked among what is happening ("we're struggling with money and I
            # don't know if I can get Carer's Allowance"): the answer, then who can help.
            reply = replies.joined(replies.faq_answer(directory, texts[0], answer.services,
                                                      None if answer.for_any_carer else facts, answer.situation,
                                                      with_hub=False),
                                   replies.signposting(directory, stated, facts, frozenset(reply.services)))
        if on_a_phone(tracker) and not tracker.get_slot(names.PRIVACY_NOTICE_SHOWN):
            room = replies.TEXT_SEGMENTS_LIMIT - text_length(tracker, None)
            reply = replies.faq_answer_compact(directory, texts[0], reply.services, room)
        elif now_too:
            # "Who can sit with mum tonight?": who answers now, in the same reply.
            said = [s for s in tracker.get_slot(names.SITUATIONS) or [] if s != "outside_lambeth"]
            reply = replies.joined(reply, replies.who_is_open(directory, said or [answer.situation], facts,
                                                               opening_hours.now()))
        return no_question_pending() + events + _remember(tracker, answer.situation, reply) \
            + send(dispatcher, tracker, reply)


class ActionWhoIsOpen(Action):
    """Who answers now, in London time, for what the carer has told us so far."""

    def name(self) -> str:
        return "action_who_is_open"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        facts, events = facts_of(tracker, _slot_age(tracker))
        said = [s for s in tracker.get_slot(names.SITUATIONS) or [] if s not in ("outside_lambeth", "wanting_a_person")]
        reply = replies.who_is_open(queries.current(), said, facts, opening_hours.now())
        return no_question_pending() + events + _remember(tracker, None, reply) + send(dispatcher, tracker, reply)


class ActionHelpForThePerson(Action):
    """Services for the person cared for, or for the person who harmed the carer."""

    def name(self) -> str:
        return "action_help_for_the_person"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        facts, events = facts_of(tracker, _slot_age(tracker))
        said = list(tracker.get_slot(names.SITUATIONS) or [])
        reply = replies.help_for_the_person(queries.current(), said, facts, bool(tracker.get_slot(names.CRISIS)))
        return no_question_pending() + events + _remember(tracker, None, reply) + send(dispatcher, tracker, reply)
