"""A question is never small talk. "Is there anyone who could sit with my wife so I can go
out?" once came back "You're welcome", and "It's Sunday, who can I ring today?", read as
a yes, got "Thank you. The Lambeth services I named are for you." When the classifier
takes a question for thanks, a greeting, a goodbye or a yes, its best other guess is used,
and a question it cannot place is read as asking for a person (Carers' Hub's people).

A "no" is left alone: "no, why?" may answer "Are you safe right now?", and that answer
must reach the crisis contacts.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.questions import is_question

SMALL_TALK = frozenset({"thank", "greet", "goodbye", "affirm"})
NOT_AN_ANSWER = frozenset(SMALL_TALK | {"deny", "nlu_fallback", "crisis", "inform", "cancel", "start_again"})
ASKING_FOR_A_PERSON = "ask_for_person"
CLEAR_SHARE = 0.5  # the best other guess's share of what is left once small talk is set aside


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class QuestionGuard(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config, model_storage, resource, execution_context) -> "QuestionGuard":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            text = message.get(TEXT) or ""
            if intent.get("name") in SMALL_TALK and not text.startswith("/") and is_question(text):
                self._read_as_a_question(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    @staticmethod
    def _read_as_a_question(message: Message) -> None:
        ranking = message.get(INTENT_RANKING_KEY) or []
        others = [ranked for ranked in ranking if ranked.get("name") not in NOT_AN_ANSWER]
        rest = sum(ranked.get("confidence") or 0 for ranked in ranking if ranked.get("name") not in SMALL_TALK)
        best = others[0] if others else None
        if best is None or rest <= 0 or (best.get("confidence") or 0) / rest < CLEAR_SHARE:
            best = next((ranked for ranked in ranking if ranked.get("name") == ASKING_FOR_A_PERSON),
                        {"name": ASKING_FOR_A_PERSON, "confidence": 0.0})
        chosen = {"name": best["name"], "confidence": best.get("confidence") or 0.0}
        message.set(INTENT, chosen, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [chosen] + [r for r in ranking if r.get("name") != chosen["name"]],
                    add_to_output=True)
