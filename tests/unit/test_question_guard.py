"""A question is never small talk (bot/nlu/question_guard.py)."""
from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.question_guard import QuestionGuard
from bot.questions import is_question


def parsed(text: str, *ranking: tuple[str, float]) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": ranking[0][0], "confidence": ranking[0][1]})
    message.set("intent_ranking", [{"name": name, "confidence": confidence} for name, confidence in ranking])
    return QuestionGuard().process([message])[0]


@pytest.mark.parametrize("text", [
    "Is there anyone who could sit with my wife so I can go out?",
    "It's Sunday, who can I actually ring today",
    "what are young carers?",
    "will they take me off mum if i ring them",
    "any chance someone could call me back",
    "thanks, but who can I ring at the weekend?",
    "cheers. is that one free?",
])
def test_questions_are_questions(text):
    assert is_question(text)


@pytest.mark.parametrize("text", ["thanks, that's helpful", "yes please", "ok thank you?", "hello, can you help?",
                                  "great", "bye for now", "thank you so much, what a help"])
def test_thanks_greetings_and_yes_are_not_questions(text):
    assert not is_question(text)


def test_a_question_taken_for_thanks_gets_the_best_other_guess():
    message = parsed("Is there anyone who could sit with my wife so I can go out?",
                     ("thank", 0.6), ("breaks_respite", 0.3), ("crisis", 0.05), ("greet", 0.05))
    assert message.get("intent")["name"] == "breaks_respite"
    assert message.get("intent_ranking")[0]["name"] == "breaks_respite"


def test_a_question_nobody_can_place_asks_for_a_person():
    message = parsed("It's Sunday, who can I actually ring today?", ("affirm", 0.8), ("dementia", 0.05),
                     ("working_carer", 0.05), ("carers_card", 0.05), ("greet", 0.05))
    assert message.get("intent")["name"] == "ask_for_person"


@pytest.mark.parametrize("text, intent", [("thank you so much", "thank"), ("yes, is that ok?", "affirm"),
                                          ("no, why?", "deny"), ("/affirm", "affirm")])
def test_small_talk_and_no_are_left_alone(text, intent):
    assert parsed(text, (intent, 0.9), ("breaks_respite", 0.1)).get("intent")["name"] == intent
