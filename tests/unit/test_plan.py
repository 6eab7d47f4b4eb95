"""The dialogue's decisions as pure functions (bot/dialogue/plan.py): no Rasa, no servers."""
from __future__ import annotations

import itertools
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from bot import settings, situations
from bot.channels import plain_text
from bot.dialogue import names, plan, replies
from bot.directory.schema import read_directory
from bot.settings import PROJECT_ROOT

DIRECTORY = read_directory()
MONDAY_NOON = datetime(2026, 12, 7, 12, 0, tzinfo=ZoneInfo("Europe/London"))
CRISIS_LINE = "0800 731 2864"


def turn(text: str = "", intent: str = "", entities: list[tuple[str, object]] = (), channel: str = "rest",
         ranking: list[tuple[str, float]] = ()) -> plan.Turn:
    return plan.Turn(text=text, intent={"name": intent, "confidence": 0.9},
                     ranking=[{"name": n, "confidence": c} for n, c in ranking],
                     entities=[{"entity": e, "value": v} for e, v in entities], channel=channel,
                     retention_days=settings.load().retention_days)


def said(decided: plan.Plan, slots: dict | None = None, the_turn: plan.Turn | None = None,
         cut_short: bool = False) -> list[str]:
    messages, _changes = plan.frame(decided, slots or {}, the_turn or turn(), DIRECTORY, cut_short)
    return [m.text for m in messages]


def test_a_stated_need_is_signposted_and_the_lambeth_question_asked_once():
    first = plan.signpost({}, turn("my dad has dementia", "dementia"), DIRECTORY, MONDAY_NOON)
    text = first.replies[0].text
    assert "Dementia" in text and replies.hub_line(DIRECTORY) in text
    assert first.slots[names.PENDING_QUESTION] == names.ASKED_LAMBETH
    assert first.slots[names.SITUATIONS] == ["dementia"]
    assert set(first.slots[names.SIGNPOSTED]) >= {"carers_hub_lambeth", "dementia_uk"}
    later = plan.signpost(first.slots, turn("and money is tight", "financial_hardship"), DIRECTORY, MONDAY_NOON)
    assert later.slots[names.PENDING_QUESTION] is None  # asked once per conversation
    assert later.slots[names.SITUATIONS] == ["dementia", "financial_hardship"]


def test_yes_to_the_lambeth_question_confirms_without_listing_again():
    slots = {names.PENDING_QUESTION: names.ASKED_LAMBETH, names.SITUATIONS: ["dementia"],
             names.QUESTIONS_ASKED: [names.ASKED_LAMBETH]}
    decided = plan.signpost(slots, turn("yes", names.AFFIRM), DIRECTORY, MONDAY_NOON)
    assert decided.replies[0].text == replies.LAMBETH_CONFIRMED and decided.slots[names.IN_LAMBETH] is True


def test_no_to_the_lambeth_question_gives_national_help():
    slots = {names.PENDING_QUESTION: names.ASKED_LAMBETH, names.SITUATIONS: ["dementia"]}
    decided = plan.signpost(slots, turn("no", names.DENY), DIRECTORY, MONDAY_NOON)
    assert "Lambeth's own services are for" in decided.replies[0].text
    assert decided.slots[names.IN_LAMBETH] is False


def test_a_bare_age_answers_the_age_question_and_refines_the_young_carers_reply():
    asked = plan.signpost({}, turn("i look after my mum", "young_carer", [("need", "young_carer")]), DIRECTORY,
                          MONDAY_NOON)
    assert asked.slots[names.PENDING_QUESTION] == names.ASKED_CARER_AGE
    answered = plan.signpost(asked.slots, turn("14", "inform"), DIRECTORY, MONDAY_NOON)
    assert answered.slots[names.CARER_AGE] == 14.0
    assert "Young Carers Service" in answered.replies[0].text


def test_distress_puts_the_safety_question_at_the_end_of_the_same_reply():
    decided = plan.signpost({}, turn("I can't cope with mum's dementia", "dementia", [("distress", "yes")]),
                            DIRECTORY, MONDAY_NOON)
    assert decided.slots[names.PENDING_QUESTION] == names.ASKED_SAFETY
    assert decided.replies[0].text.endswith(replies.SAFETY_QUESTION)
    assert [b.payload for b in decided.replies[0].buttons] == ["/affirm", "/deny"]


@pytest.mark.parametrize("pair", list(itertools.combinations(sorted(situations.KEYS), 2))[::7])
def test_a_first_text_message_fits_three_segments_with_the_privacy_notice(pair):
    the_turn = turn("", pair[0], [("need", "x")], channel=names.TEXT_CHANNEL,
                    ranking=[(pair[0], 0.6), (pair[1], 0.55)])
    decided = plan.signpost({}, the_turn, DIRECTORY, MONDAY_NOON, room_used=plan.notice_length({}, the_turn))
    whole = "\n\n".join(said(decided, {}, the_turn))
    assert plain_text.length(whole) <= replies.TEXT_SEGMENTS_LIMIT, whole


def test_the_crisis_card_comes_first_with_other_needs_beside_it_and_nothing_between():
    the_turn = turn("I want to end it all, and we have no money", names.CRISIS_INTENT,
                    [("crisis_kind", "suicidal"), ("need", "money")], ranking=[("crisis", 0.9)])
    decided = plan.crisis_turn({}, the_turn, DIRECTORY)
    assert decided.crisis and decided.slots[names.CRISIS] is True
    messages = said(decided, {}, the_turn)
    assert CRISIS_LINE in messages[0] and "999" in messages[0]
    assert "Money" in messages[1]
    assert not any("keep this chat" in m for m in messages)  # the privacy notice waits


def test_no_to_are_you_safe_gets_the_card_alone():
    decided = plan.crisis_turn({names.PENDING_QUESTION: names.ASKED_SAFETY}, turn("no", names.DENY), DIRECTORY, kinds=[])
    assert len(decided.replies) == 1 and "999" in decided.replies[0].text
    assert decided.slots[names.PENDING_QUESTION] is None


def test_the_turn_after_a_card_starts_with_the_check_in_and_then_the_privacy_notice():
    card = plan.crisis_turn({}, turn("I want to die", names.CRISIS_INTENT, [("crisis_kind", "suicidal")]), DIRECTORY)
    _messages, after_card = plan.frame(card, {}, turn(), DIRECTORY, False)
    assert after_card[names.CHECK_IN_DUE] is True and names.PRIVACY_NOTICE_SHOWN not in after_card
    next_turn = plan.signpost(after_card, turn("ok. who can help with money", "financial_hardship"), DIRECTORY,
                              MONDAY_NOON)
    messages, changes = plan.frame(next_turn, after_card, turn(), DIRECTORY, False)
    assert messages[0].text.startswith("Thank you for writing back. How are you now?")
    assert "keep this chat" in messages[1].text
    assert changes[names.CHECK_IN_DUE] is False and changes[names.PRIVACY_NOTICE_SHOWN] is True


def test_a_long_message_note_follows_a_crisis_card_and_precedes_other_replies():
    card = plan.crisis_turn({}, turn("...", names.CRISIS_INTENT, [("crisis_kind", "suicidal")]), DIRECTORY)
    assert "999" in said(card, cut_short=True)[0]
    ordinary = plan.Plan([replies.Reply("hello")])
    texts = said(ordinary, {names.PRIVACY_NOTICE_SHOWN: True}, cut_short=True)
    assert texts[0] == replies.long_message_note(DIRECTORY) and texts[1] == "hello"


def test_more_gives_the_full_reply_for_what_was_said_so_far():
    decided = plan.more({names.SITUATIONS: ["dementia"], names.PRIVACY_NOTICE_SHOWN: True}, DIRECTORY)
    assert "0800 888 6678" in decided.replies[0].text and "Send MORE" not in decided.replies[0].text
    outside = plan.more({names.SITUATIONS: ["dementia"], names.IN_LAMBETH: False}, DIRECTORY)
    assert "Lambeth's own services are for" in outside.replies[0].text


def test_a_question_about_tonight_adds_who_is_open_now_on_the_web():
    decided = plan.signpost({}, turn("who can sit with mum tonight, she has dementia", "dementia"), DIRECTORY,
                            datetime(2026, 12, 6, 22, 0, tzinfo=MONDAY_NOON.tzinfo))
    assert "Open day and night" in decided.replies[0].text and "116 123" in decided.replies[0].text


ANSWERS = {name.partition("/")[2]: variants[0]["text"]
           for name, variants in yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())["responses"].items()
           if name.startswith("utter_faq/")}


def faq_turn(text: str, key: str, entities=(), confidence: float = 0.9, channel: str = "rest") -> plan.Turn:
    return plan.Turn(text=text, intent={"name": "faq", "confidence": confidence,
                                        "full_retrieval_intent_name": f"faq/{key}"},
                     entities=[{"entity": e, "value": v} for e, v in entities], channel=channel,
                     retention_days=settings.load().retention_days)


def test_an_answer_comes_with_its_contacts_and_the_situation_is_remembered():
    decided = plan.answer({}, faq_turn("what is carers allowance", "carers_allowance"), "carers_allowance", ANSWERS,
                          DIRECTORY, MONDAY_NOON)
    assert "35 hours" in decided.replies[0].text and "0800 731 0297" in decided.replies[0].text
    assert decided.slots[names.SITUATIONS] == ["financial_hardship"]


def test_a_student_is_given_who_cannot_get_carers_allowance():
    the_turn = faq_turn("I'm a full-time student, can I get carers allowance", "carers_allowance")
    decided = plan.answer({}, the_turn, "carers_allowance", ANSWERS, DIRECTORY, MONDAY_NOON)
    assert "21 hours" in decided.replies[0].text and "0800 731 0297" not in decided.replies[0].text


def test_a_first_text_message_answer_fits_three_segments():
    the_turn = faq_turn("how much is carers allowance", "carers_allowance", channel=names.TEXT_CHANNEL)
    decided = plan.answer({}, the_turn, "carers_allowance", ANSWERS, DIRECTORY, MONDAY_NOON,
                          room_used=plan.notice_length({}, the_turn))
    assert plain_text.length("\n\n".join(said(decided, {}, the_turn))) <= replies.TEXT_SEGMENTS_LIMIT


def test_a_young_carers_answer_needs_signs_of_a_child_and_an_unsure_answer_must_agree_with_the_words():
    assert plan.answer_fits(faq_turn("will they take me off mum if i ring", "young_carer_support"), "young_carer_support")
    assert not plan.answer_fits(faq_turn("what would it take to get proper breaks?", "young_carer_support"),
                                "young_carer_support")
    unsure = faq_turn("wats a carers assesment n do i pay", "carers_allowance_exclusions", [("need", "assessment")], 0.5)
    assert not plan.answer_fits(unsure, "carers_allowance_exclusions")
    assert plan.answer_fits(faq_turn("wats a carers assesment", "what_is_assessment", [("need", "assessment")], 0.5),
                            "what_is_assessment")


def test_words_the_bot_cannot_place():
    why = plan.unplaced({names.PENDING_QUESTION: names.ASKED_LAMBETH}, turn("why do you need to know?"), DIRECTORY, 1)
    assert why.replies[0].text.startswith("I ask because") and "Lambeth" in why.replies[0].text
    after_card = plan.unplaced({names.CHECK_IN_DUE: True}, turn("ok"), DIRECTORY, 1)
    assert "didn't quite understand" not in after_card.replies[0].text
    question = plan.unplaced({}, turn("what is the meaning of all this?"), DIRECTORY, 1)
    assert question.replies[0].text == replies.cannot_answer(DIRECTORY).text
    assert "still not understanding" in plan.unplaced({}, turn("blah"), DIRECTORY, 2).replies[0].text


def test_help_for_him_after_a_crisis_is_for_an_adult_with_mental_health_help():
    decided = plan.help_for_the_person({names.CRISIS: True, names.CARED_FOR: "adult"}, turn("who can help HIM?"),
                                       DIRECTORY)
    assert {"lambeth_adult_social_care", "slam"} <= set(decided.slots[names.SIGNPOSTED])
    assert "lambeth_childrens_social_care" not in decided.slots[names.SIGNPOSTED]


@pytest.mark.parametrize("intent", ["faq", "out_of_scope", "nlu_fallback", "young_carer"])
def test_why_the_bot_asked_is_answered_whatever_the_classifier_made_of_it(intent):
    slots = {names.PENDING_QUESTION: names.ASKED_LAMBETH}
    decided = plan.why_asked(slots, turn("why do you need to know?", intent))
    assert decided and decided.replies[0].text.startswith(replies.WHY_WE_ASK["lambeth"])
    assert plan.why_asked({}, turn("why do you need to know?", intent)) is None
    assert plan.why_asked(slots, turn("what is a carers assessment?", intent)) is None
