"""What the bot decides to say on a turn, as pure functions: from what the carer has said
before (the slots) and the message just read (a Turn) to replies and slot changes (a Plan).
No Rasa here; actions/ adapts a tracker to a Turn and a Plan to utterances and SlotSets, and
tests call these directly."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Mapping

from bot import eligibility, fit, preferences, situations
from bot.dialogue import names, replies
from bot.dialogue.translations import _
from bot.directory.schema import Directory
from bot.questions import asks_about_now, asks_why, is_question

Slots = Mapping[str, Any]
# Answered by a crisis card itself (it ends with Carers' Hub), or not a need to signpost.
NOT_BESIDE_A_CARD = {"wanting_a_person", "outside_lambeth", "not_sure_if_carer"}
CLEAR_GUESS = 0.5  # the classifier's share once crisis is set aside, for a need beside a card
OUTSIDE = "outside_lambeth"


@dataclass(frozen=True)
class Turn:
    """The carer's latest message: the words as sent, what understanding made of them, and
    the channel it came in on."""
    text: str = ""
    intent: dict = field(default_factory=dict)
    ranking: list = field(default_factory=list)
    entities: list = field(default_factory=list)
    channel: str | None = None
    retention_days: int = 0  # how long the conversation is kept (RETENTION_DAYS), for the privacy notice

    @property
    def intent_name(self) -> str:
        return self.intent.get("name") or ""

    @property
    def on_a_phone(self) -> bool:
        """SMS or WhatsApp, where the first answer must fit in three text segments."""
        return self.channel == names.TEXT_CHANNEL

    def values(self, entity: str) -> list[Any]:
        return [e.get("value") for e in self.entities if e.get("entity") == entity]


@dataclass
class Plan:
    """The replies to send, in order, and the slots to change. `crisis` marks a crisis card:
    nothing may come between it and the reader."""
    replies: list[replies.Reply] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)
    crisis: bool = False


# --- what decides which services fit ------------------------------------------------------

def facts_of(slots: Slots, turn: Turn, carer_age: int | None) -> tuple[fit.Facts, dict[str, Any]]:
    """What decides which services fit, from this message and what was said before, and the
    slot changes that keep it for the rest of the conversation."""
    cared_for = fit.cared_for_from(turn.entities, slots.get(names.CARED_FOR))
    stated = preferences.stated(turn.text, list(slots.get(names.PREFERENCES) or []))
    facts = fit.Facts(carer_age=carer_age, cared_for=cared_for, preferences=tuple(stated))
    return facts, {names.CARED_FOR: cared_for, names.PREFERENCES: stated}


def slot_age(slots: Slots) -> int | None:
    value = slots.get(names.CARER_AGE)
    return int(value) if value is not None else None


def age_answer(slots: Slots, turn: Turn) -> list[int]:
    """A bare number ("14") answering the bot's own question about age."""
    if slots.get(names.PENDING_QUESTION) != names.ASKED_CARER_AGE:
        return []
    match = re.fullmatch(r"\D{0,20}?(\d{1,2})\D{0,20}", turn.text or "")
    return [int(match.group(1))] if match and 5 <= int(match.group(1)) <= 99 else []


def where(slots: Slots, turn: Turn) -> str | None:
    """yes/no/unsure from a postcode or an area in this message, or from a yes/no answer
    to the Lambeth question; None when this message does not say."""
    postcodes = turn.values(names.POSTCODE)
    if postcodes:
        return eligibility.check_postcode(str(postcodes[0])).in_lambeth
    places = turn.values(names.PLACE)
    if OUTSIDE in places:
        return eligibility.NO
    if "lambeth" in places:
        return eligibility.YES
    if slots.get(names.PENDING_QUESTION) == names.ASKED_LAMBETH:
        if turn.intent_name == names.AFFIRM:
            return eligibility.YES
        if turn.intent_name == names.DENY:
            return eligibility.NO
    return None


def has_something_to_signpost(slots: Slots, turn: Turn) -> bool:
    """True when the rules found a situation, a place, a postcode or an answer to the
    bot's question in the message, even if the classifier was unsure of it."""
    if situations.recognise(turn.intent, turn.ranking, turn.entities):
        return True
    if turn.values(names.POSTCODE) or turn.values(names.PLACE):
        return True
    return bool(age_answer(slots, turn))


def refining_question(slots: Slots, topics: list[str], carer_age: int | None, in_lambeth: str | None,
                      outside: bool) -> str | None:
    """At most one question, each asked once per conversation, and only when the answer
    would change what the bot says."""
    asked = set(slots.get(names.QUESTIONS_ASKED) or [])
    if "young_carer" in topics and carer_age is None and names.ASKED_CARER_AGE not in asked:
        return names.ASKED_CARER_AGE
    if not outside and in_lambeth is None and names.ASKED_LAMBETH not in asked and topics:
        return names.ASKED_LAMBETH
    return None


def _remembered(slots: Slots, found: list[str], reply: replies.Reply) -> dict[str, Any]:
    known = list(slots.get(names.SITUATIONS) or [])
    already = list(slots.get(names.SIGNPOSTED) or [])
    return {names.SITUATIONS: known + [s for s in found if s not in known],
            names.SIGNPOSTED: already + [s for s in reply.services if s not in already]}


# --- signposting ------------------------------------------------------------------------------

def signpost(slots: Slots, turn: Turn, directory: Directory, now: datetime, room_used: int = 0) -> Plan:
    """The services that fit every situation in the message (or, for an answer such as an
    age or a place, in what the carer said before), then at most one question. On a phone
    the reply is cut to three text segments less `room_used` (the privacy notice)."""
    found = situations.recognise(turn.intent, turn.ranking, turn.entities)
    known = list(slots.get(names.SITUATIONS) or [])
    ages = turn.values(names.CARER_AGE_ENTITY) or age_answer(slots, turn)
    carer_age = int(ages[0]) if ages else slot_age(slots)
    facts, changes = facts_of(slots, turn, carer_age)
    found = preferences.without_unwanted(found, list(facts.preferences))
    in_lambeth = where(slots, turn)
    changes[names.PENDING_QUESTION] = None
    if in_lambeth is not None:
        changes[names.IN_LAMBETH] = in_lambeth == eligibility.YES
    elif slots.get(names.IN_LAMBETH) is not None:
        in_lambeth = eligibility.YES if slots.get(names.IN_LAMBETH) else eligibility.NO
    topics = [s for s in found if s != OUTSIDE] or [s for s in known if s != OUTSIDE]
    outside = in_lambeth == eligibility.NO or (OUTSIDE in found and in_lambeth != eligibility.YES)
    confirming_only = not found and in_lambeth == eligibility.YES \
        and slots.get(names.PENDING_QUESTION) == names.ASKED_LAMBETH
    signposted = not outside and not confirming_only
    if outside:
        answer = replies.outside_lambeth(directory, topics)
    elif not signposted:
        answer = replies.Reply(_(replies.LAMBETH_CONFIRMED))
    else:
        answer = replies.signposting(directory, topics or ["wanting_a_person"], facts)
    # A question goes at the end of the same message, with its own options in place of the
    # reply's: one set of options at a time (on SMS, one numbered list).
    asking = None
    if turn.values(names.DISTRESS):
        asking = replies.safety_question(directory)
        changes[names.PENDING_QUESTION] = names.ASKED_SAFETY
    else:
        question = refining_question(slots, topics, carer_age, in_lambeth, outside)
        if question:
            asking = replies.refining_question(question)
            changes[names.PENDING_QUESTION] = question
            changes[names.QUESTIONS_ASKED] = list(slots.get(names.QUESTIONS_ASKED) or []) + [question]
    if turn.on_a_phone:
        # Cut to what fits in three text segments with the notice and the question; MORE
        # brings the rest.
        room = replies.TEXT_SEGMENTS_LIMIT - room_used - replies.question_length(asking)
        if outside:
            answer = replies.outside_lambeth_compact(directory, topics, room)
        elif signposted:
            answer = replies.signposting_compact(directory, topics or ["wanting_a_person"], facts, room)
    elif signposted and asks_about_now(turn.text):
        # "Who can sit with mum tonight?": who answers now, in the same reply.
        answer = replies.joined(answer, replies.who_is_open(directory, topics, facts, now, with_hub=False))
    if asking:
        answer = replies.with_question(answer, asking)
    changes.update(_remembered(slots, found, answer))
    if ages:
        changes[names.CARER_AGE] = float(ages[0])
    return Plan([answer], changes)


def more(slots: Slots, directory: Directory) -> Plan:
    """MORE after a shortened reply on a phone: the full signposting for what the carer has
    said so far (what each service does, every checked way to reach it)."""
    said = list(slots.get(names.SITUATIONS) or [])
    facts = fit.Facts(slot_age(slots), slots.get(names.CARED_FOR), tuple(slots.get(names.PREFERENCES) or []))
    known = preferences.without_unwanted([s for s in said if s != OUTSIDE], list(facts.preferences))
    in_lambeth = slots.get(names.IN_LAMBETH)
    if in_lambeth is False or (in_lambeth is None and OUTSIDE in said):
        reply = replies.outside_lambeth(directory, known)
    elif known:
        reply = replies.signposting(directory, known, facts)
    else:
        reply = replies.offer_person(directory)
    return Plan([reply], _remembered(slots, [], reply))


# --- a crisis ---------------------------------------------------------------------------------

def needs_beside_the_crisis(turn: Turn) -> list[str]:
    """The situations a crisis message also states: the rules' entities, and the
    classifier's guesses once its crisis label is set aside."""
    rest = [ranked for ranked in turn.ranking if ranked.get("name") != names.CRISIS_INTENT]
    total = sum(ranked.get("confidence") or 0 for ranked in rest) or 1.0
    ranking = [{**ranked, "confidence": (ranked.get("confidence") or 0) / total} for ranked in rest]
    main = ranking[0] if ranking and ranking[0]["confidence"] >= CLEAR_GUESS else None
    found = situations.recognise(main, ranking if main else [], turn.entities)
    return [key for key in found if key not in NOT_BESIDE_A_CARD]


def crisis_turn(slots: Slots, turn: Turn, directory: Directory, kinds: list[str] | None = None) -> Plan:
    """Crisis contacts first, for the kinds of risk the safety rules saw; then, in the same
    reply, the signposting for every other need the message states (a card never hides
    them). The one way a crisis is answered, whether the rules saw it or the carer said
    "no" to "Are you safe right now?"."""
    language = next(iter(turn.values(names.CRISIS_LANGUAGE)), None)
    card = replies.crisis(directory, turn.values(names.CRISIS_KIND) if kinds is None else kinds, language)
    ages = turn.values(names.CARER_AGE_ENTITY)
    facts, changes = facts_of(slots, turn, int(ages[0]) if ages else slot_age(slots))
    changes.update({names.CRISIS: True, names.PENDING_QUESTION: None})
    needs = [] if kinds is not None else \
        preferences.without_unwanted(needs_beside_the_crisis(turn), list(facts.preferences))
    if not needs:
        return Plan([card], changes, crisis=True)
    if turn.on_a_phone:
        # The card first and whole; the needs in what is left of three text segments.
        room = replies.TEXT_SEGMENTS_LIMIT - replies.text_length(card.text) - 2
        signposting = replies.signposting_compact(directory, needs, facts, room)
    else:
        signposting = replies.signposting(directory, needs, facts)
    changes.update(_remembered(slots, needs, signposting))
    return Plan([card, signposting], changes, crisis=True)


# --- how a turn's replies are framed ----------------------------------------------------------

def notice_length(slots: Slots, turn: Turn) -> int:
    """Characters a phone's first reply spends on the privacy notice."""
    if slots.get(names.PRIVACY_NOTICE_SHOWN):
        return 0
    return replies.text_length(replies.privacy_notice_short(turn.retention_days)) + 2 if turn.on_a_phone else 0


def frame(plan: Plan, slots: Slots, turn: Turn, directory: Directory,
          cut_short: bool) -> tuple[list[replies.Reply], dict]:
    """The messages to send for a plan, in order, and the slot changes framing makes:
    - the turn after a crisis card starts by asking how they are;
    - the first reply of a conversation starts with the privacy notice, except a crisis
      turn: nothing is put between the card and the reader (on a phone, a notice after
      it scrolls "call 999" out of view), so the notice waits for the next reply;
    - a message over the length limit (`cut_short`) gets a note, after a crisis card."""
    messages: list[replies.Reply] = []
    changes: dict[str, Any] = {}
    if plan.crisis:
        changes[names.CHECK_IN_DUE] = True
    elif slots.get(names.CHECK_IN_DUE):
        messages.append(replies.Reply(replies.check_in_after_crisis(directory)))
        changes[names.CHECK_IN_DUE] = False
    first_reply = not slots.get(names.PRIVACY_NOTICE_SHOWN)
    if first_reply and not plan.crisis:
        days = turn.retention_days
        notice = replies.privacy_notice_short(days) if turn.on_a_phone else replies.privacy_notice(days)
        messages.append(replies.Reply(notice))
        changes[names.PRIVACY_NOTICE_SHOWN] = True
    note = [replies.Reply(replies.long_message_note(directory))] if cut_short else []
    messages += (plan.replies + note) if plan.crisis else (note + plan.replies)
    return messages, {**plan.slots, **changes}


# --- questions: one answer, who is open now, help for the person --------------------------------

TOLD_MORE_WORDS = 12  # a question in a message this long also tells of what is happening
NOT_SIGNPOSTED = {"wanting_a_person", OUTSIDE}
SURE_ENOUGH = 0.6  # below this, an answer must agree with the situations the rules found


def answer_fits(turn: Turn, key: str) -> bool:
    """The chosen answer is one the message could be about: a young carer's own worry only
    with signs of youth, and when the classifier is unsure, agreement with the situations
    the rules found in the words."""
    from bot import faq

    answer = faq.ANSWERS[key]
    if answer.for_the_young and not faq.CHILD_SPEAKING.search(turn.text) \
            and answer.situation not in situations.recognise(turn.intent, [], turn.entities):
        return False
    by_rules = situations.recognise(None, [], turn.entities)
    confidence = turn.intent.get("confidence") or 0.0
    return not by_rules or answer.situation in by_rules or confidence >= SURE_ENOUGH


def answer(slots: Slots, turn: Turn, key: str, answer_texts: Mapping[str, str], directory: Directory,
           now: datetime, room_used: int = 0) -> Plan:
    """The answer to a question with one answer (bot/faq.py), with who to contact; the
    answer that fits the carer if another does (a student asking about Carer's Allowance);
    then who can help with what else the message tells; on a phone's first reply, cut to
    three text segments; for "tonight", who is open now."""
    from bot import faq

    facts, changes = facts_of(slots, turn, slot_age(slots))
    key = faq.for_this_carer(key, facts.preferences, facts.carer_age)
    text, about = answer_texts[key], faq.ANSWERS[key]
    now_too = asks_about_now(turn.text)
    fits = None if about.for_any_carer else facts
    reply = replies.faq_answer(directory, text, about.services, fits, about.situation, with_hub=not now_too)
    stated = [s for s in situations.recognise(None, [], turn.entities) if s not in NOT_SIGNPOSTED]
    if stated and len(turn.text.split()) >= TOLD_MORE_WORDS and not now_too:
        # "We're struggling with money and I don't know if I can get Carer's Allowance":
        # the answer, then who can help.
        shown = frozenset(reply.services)
        the_answer = replies.faq_answer(directory, text, about.services, fits, about.situation, with_hub=False)
        reply = replies.joined(the_answer, replies.signposting(directory, stated, facts, shown))
    if turn.on_a_phone and not slots.get(names.PRIVACY_NOTICE_SHOWN):
        reply = replies.faq_answer_compact(directory, text, reply.services, replies.TEXT_SEGMENTS_LIMIT - room_used)
    elif now_too:
        said = [s for s in slots.get(names.SITUATIONS) or [] if s != OUTSIDE]
        reply = replies.joined(reply, replies.who_is_open(directory, said or [about.situation], facts, now))
    changes[names.PENDING_QUESTION] = None
    changes.update(_remembered(slots, [about.situation], reply))
    return Plan([reply], changes)


def who_is_open(slots: Slots, turn: Turn, directory: Directory, now: datetime) -> Plan:
    """Who answers now, in London time, for what the carer has told us so far."""
    facts, changes = facts_of(slots, turn, slot_age(slots))
    said = [s for s in slots.get(names.SITUATIONS) or [] if s not in NOT_SIGNPOSTED]
    reply = replies.who_is_open(directory, said, facts, now)
    changes[names.PENDING_QUESTION] = None
    changes.update(_remembered(slots, [], reply))
    return Plan([reply], changes)


def help_for_the_person(slots: Slots, turn: Turn, directory: Directory) -> Plan:
    """Services for the person cared for, or for the person who harmed the carer."""
    facts, changes = facts_of(slots, turn, slot_age(slots))
    reply = replies.help_for_the_person(directory, list(slots.get(names.SITUATIONS) or []), facts,
                                        bool(slots.get(names.CRISIS)))
    changes[names.PENDING_QUESTION] = None
    changes.update(_remembered(slots, [], reply))
    return Plan([reply], changes)


# --- words the bot cannot place ---------------------------------------------------------------

def why_asked(slots: Slots, turn: Turn) -> Plan | None:
    """"Why do you need to know?" after the bot's own question: why it asked, and the question
    again; whatever the classifier made of the words (an FAQ, out of scope, nothing)."""
    asked = slots.get(names.PENDING_QUESTION)
    if asked in replies.WHY_WE_ASK and asks_why(turn.text):
        return Plan([replies.why_we_ask(asked)])
    return None


def unplaced(slots: Slots, turn: Turn, directory: Directory, misunderstood_in_a_row: int) -> Plan:
    """For words the classifier could not place (and nothing the rules could signpost):
    - a question back to the bot's own question gets why it asked, and the question again;
    - distress gets the safety question first;
    - just after a crisis card, the check-in and a person, never "I didn't understand";
    - a question gets an honest "I don't know" and a person;
    - otherwise a request to say more, and after two in a row, a person."""
    why = why_asked(slots, turn)
    if why:
        return why
    if turn.values(names.DISTRESS):
        return Plan([replies.safety_question(directory)], {names.PENDING_QUESTION: names.ASKED_SAFETY})
    if slots.get(names.CHECK_IN_DUE):
        return Plan([replies.still_here(directory)])
    if is_question(turn.text):
        return Plan([replies.cannot_answer(directory)])
    return Plan([replies.not_understood(directory, misunderstood_in_a_row)])


def out_of_scope(slots: Slots, turn: Turn, directory: Directory) -> Plan:
    return why_asked(slots, turn) or Plan([replies.out_of_scope(directory)], {names.PENDING_QUESTION: None})
