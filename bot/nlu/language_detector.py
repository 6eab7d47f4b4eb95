"""The conversation's language, in the NLU pipeline after the crisis rules (issue 15);
the evidence comes from bot/language_detection.py.

The entity `language` fills the slot of the same name (domain.yml), which then holds for
the rest of the conversation. It is set only on good evidence, because "hi" or "ok" is
misread as anything:
- a short message naming a language ("po polsku?", "English please"), or the widget's button;
- the language the crisis rules saw the danger in;
- a message that is only a greeting or thanks of one language ("hola");
- a message of at least MIN_WORDS words that lingua is sure of.
A message in a language the bot does not speak gets the entity `other_language` and the
intent `other_language` (a short answer in English with Carers' Hub's number). An ordinary
message in a language with only the safety floor (Somali) is taken as asking for a person:
the hand-off is what the bot can offer in it. A crisis is never overruled.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import languages
from bot.dialogue.names import (ASK_FOR_PERSON, CHOOSE_LANGUAGE, CRISIS_INTENT, CRISIS_LANGUAGE, LANGUAGE,
                                OTHER_LANGUAGE)
from bot.language_detection import language_of
from bot.nlu.components import FULL_TEXT
from bot.nlu.sentences import is_window

@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class LanguageDetector(GraphComponent):
    """Sets `language` (or `other_language`) and, for a message that only names a
    language or that the bot cannot read, the intent that answers it."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config, model_storage, resource, execution_context) -> "LanguageDetector":
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._detect(message)
        return messages

    def _detect(self, message: Message) -> None:
        text = message.get(FULL_TEXT) or message.get(TEXT) or ""
        if not text or text.startswith("/") or is_window(message.get("metadata")):
            return  # a button's payload carries its own entities
        entities = list(message.get(ENTITIES, []))
        crisis_language = next((e.get("value") for e in entities if e.get("entity") == CRISIS_LANGUAGE), None)
        code, why = language_of(text, crisis_language)
        if code is None:
            return
        intent = (message.get(INTENT) or {}).get("name")
        supported = code in languages.SUPPORTED
        entities.append(_entity(LANGUAGE if supported else OTHER_LANGUAGE, code))
        message.set(ENTITIES, entities, add_to_output=True)
        if intent == CRISIS_INTENT:
            return
        if why == "named":
            _set_intent(message, CHOOSE_LANGUAGE if supported else OTHER_LANGUAGE)
        elif not supported:
            _set_intent(message, OTHER_LANGUAGE)
        elif code in languages.SAFETY_FLOOR_ONLY and why == "detected":
            _set_intent(message, ASK_FOR_PERSON)


def _entity(name: str, value: str) -> dict:
    return {"entity": name, "value": value, "start": 0, "end": 0, "confidence_entity": 1.0,
            "extractor": "LanguageDetector"}


def _set_intent(message: Message, name: str) -> None:
    chosen = {"name": name, "confidence": 1.0}
    ranking = [chosen] + [r for r in message.get(INTENT_RANKING_KEY, []) if r.get("name") != name]
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
