from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import facts_of, latest_entities, latest_user_text, on_a_phone, send, text_length
from bot import eligibility, fit, opening_hours, preferences, replies, situations
from bot.questions import asks_about_now
from bot.directory import queries


class ActionSignpost(Action):
    """Names the organisations that fit every situation in the carer's message, checks
    where they live when they say, and asks at most one refining question after."""

    def name(self) -> str:
        return "action_signpost"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        return signpost(dispatcher, tracker)


def has_something_to_signpost(tracker: Tracker) -> bool:
    """True when the rules found a situation, a place, a postcode or an answer to the
    bot's question in the latest message, even if the classifier was unsure of it."""
    message = tracker.latest_message
    if situations.recognise(message.get("intent"), message.get("intent_ranking"), message.get("entities")):
        return True
    if latest_entities(tracker, "postcode") or latest_entities(tracker, "place"):
        return True
    return bool(_age_answer(tracker))


def signpost(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[dict[str, Any]]:
    message = tracker.latest_message
    found = situations.recognise(message.get("intent"), message.get("intent_ranking"), message.get("entities"))
    known = list(tracker.get_slot("situations") or [])
    ages = latest_entities(tracker, "carer_age") or _age_answer(tracker)
    carer_age = int(ages[0]) if ages else _slot_age(tracker)
    facts, events = facts_of(tracker, carer_age)
    found = preferences.without_unwanted(found, list(facts.preferences))
    in_lambeth = _where(tracker)
    events.append(SlotSet("pending_question", None))
    if in_lambeth is not None:
        events.append(SlotSet("in_lambeth", in_lambeth == eligibility.YES))
    elif tracker.get_slot("in_lambeth") is not None:
        in_lambeth = eligibility.YES if tracker.get_slot("in_lambeth") else eligibility.NO
    directory = queries.current()
    # An answer such as an age or a place refines what the carer already told us.
    topics = [s for s in found if s != "outside_lambeth"] or [s for s in known if s != "outside_lambeth"]
    outside = in_lambeth == eligibility.NO or ("outside_lambeth" in found and in_lambeth != eligibility.YES)
    signposted = not outside and not (not found and in_lambeth == eligibility.YES
                                      and tracker.get_slot("pending_question") == "lambeth")
    if outside:
        answer = [replies.outside_lambeth(directory, topics)]
    elif not signposted:
        answer = [replies.Reply(replies.LAMBETH_CONFIRMED)]
    else:
        answer = [replies.signposting(directory, topics or ["wanting_a_person"], facts)]
    # A question goes at the end of the same message, with its own options in place of the
    # reply's: one set of options at a time (on SMS, one numbered list).
    asking = None
    if latest_entities(tracker, "distress"):
        asking = replies.safety_question(directory)
        events.append(SlotSet("pending_question", "safety"))
    else:
        question = _refining_question(tracker, topics, carer_age, in_lambeth, outside)
        if question:
            asking = replies.refining_question(question)
            events += [SlotSet("pending_question", question),
                       SlotSet("questions_asked", list(tracker.get_slot("questions_asked") or []) + [question])]
    if on_a_phone(tracker):
        # On a phone the answer is cut to what fits in three text segments with the privacy
        # notice and the question; MORE brings the rest.
        room = replies.TEXT_SEGMENTS_LIMIT - text_length(tracker, asking)
        if outside:
            answer[0] = replies.outside_lambeth_compact(directory, topics, room)
        elif signposted:
            answer[0] = replies.signposting_compact(directory, topics or ["wanting_a_person"], facts, room)
    elif signposted and asks_about_now(latest_user_text(tracker)):
        # "Who can sit with mum tonight?": who answers now, in the same reply.
        open_now = replies.who_is_open(directory, topics, facts, opening_hours.now(), with_hub=False)
        answer[0] = replies.joined(answer[0], open_now)
    if asking:
        answer[0] = replies.with_question(answer[0], asking)
    already = list(tracker.get_slot("signposted") or [])
    events += [
        SlotSet("situations", known + [s for s in found if s not in known]),
        SlotSet("signposted", already + [s for s in answer[0].services if s not in already]),
    ]
    if ages:
        events.append(SlotSet("carer_age", float(ages[0])))
    return events + send(dispatcher, tracker, *answer)


class ActionMore(Action):
    """MORE after a shortened reply on a phone: the full signposting for what the carer has
    said so far (what each service does, every checked way to reach it)."""

    def name(self) -> str:
        return "action_more"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        directory = queries.current()
        said = list(tracker.get_slot("situations") or [])
        facts = fit.Facts(_slot_age(tracker), tracker.get_slot("cared_for"), tuple(tracker.get_slot("preferences") or []))
        known = preferences.without_unwanted([s for s in said if s != "outside_lambeth"], list(facts.preferences))
        in_lambeth = tracker.get_slot("in_lambeth")
        if in_lambeth is False or (in_lambeth is None and "outside_lambeth" in said):
            reply = replies.outside_lambeth(directory, known)
        elif known:
            reply = replies.signposting(directory, known, facts)
        else:
            reply = replies.offer_person(directory)
        already = list(tracker.get_slot("signposted") or [])
        return [SlotSet("signposted", already + [s for s in reply.services if s not in already])] \
            + send(dispatcher, tracker, reply)


def _age_answer(tracker: Tracker) -> list[int]:
    """A bare number ("14") answering the bot's own question about age."""
    if tracker.get_slot("pending_question") != "carer_age":
        return []
    match = re.fullmatch(r"\D{0,20}?(\d{1,2})\D{0,20}", tracker.latest_message.get("text") or "")
    return [int(match.group(1))] if match and 5 <= int(match.group(1)) <= 99 else []


def _slot_age(tracker: Tracker) -> int | None:
    value = tracker.get_slot("carer_age")
    return int(value) if value is not None else None


def _where(tracker: Tracker) -> str | None:
    """yes/no/unsure from a postcode or an area in this message, or from a yes/no answer
    to the Lambeth question; None when this message does not say."""
    postcodes = latest_entities(tracker, "postcode")
    if postcodes:
        return eligibility.check_postcode(str(postcodes[0])).in_lambeth
    places = latest_entities(tracker, "place")
    if "outside_lambeth" in places:
        return eligibility.NO
    if "lambeth" in places:
        return eligibility.YES
    if tracker.get_slot("pending_question") == "lambeth":
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent == "affirm":
            return eligibility.YES
        if intent == "deny":
            return eligibility.NO
    return None


def _refining_question(tracker: Tracker, topics: list[str], carer_age: int | None, in_lambeth: str | None,
                       outside: bool) -> str | None:
    """At most one question, each asked once per conversation, and only when the answer
    would change what the bot says."""
    asked = set(tracker.get_slot("questions_asked") or [])
    if "young_carer" in topics and carer_age is None and "carer_age" not in asked:
        return "carer_age"
    if not outside and in_lambeth is None and "lambeth" not in asked and topics:
        return "lambeth"
    return None
