"""Custom Rasa NLU components, listed in config.yml.

- MessageLengthLimiter: first, so that understanding reads at most the channels' length
  limit; the whole text is kept (Rasa stores the message as sent) and the crisis check
  still reads all of it.
- RuleEntityExtractor: deterministic entities (bot/nlu/entities.py) from the lookup
  tables and synonyms of the NLU data.
- CrisisFlagger: runs last, on every message; when bot/safety/ sees a crisis it sets
  the intent to `crisis` with confidence 1.0, whatever the classifier said.
"""
from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.utils.spacy_utils import SpacyModel, SpacyNLP
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import safety
from bot.channels.incoming import first_part, is_over_limit
from bot.nlu import sentences
from bot.nlu.crisis_second_opinion import SCORE as SECOND_OPINION
from bot.nlu.entities import RuleEntityMatcher

VOCABULARY_FILE = "vocabulary.json"
CRISIS_INTENT = "crisis"
CRISIS_LANGUAGE = "crisis_language"  # entity: the language of the crisis rules that fired
SAFETY_TIER = "safety_tier"  # which safety reply fired and why, for staff (never the carer's words)
FULL_TEXT = "full_text"  # the whole of a message cut by MessageLengthLimiter; never output


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class MessageLengthLimiter(GraphComponent):
    """Understanding (spaCy, the classifiers) costs more than linear time in the length of
    a message, and a 100,000-character post once held up every carer for 50 s. Past the
    limit, the components after this one see the first part only."""

    @classmethod
    def create(cls, config, model_storage, resource, execution_context) -> "MessageLengthLimiter":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if is_over_limit(text):
                message.set(FULL_TEXT, text)
                message.set(TEXT, first_part(text))
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True, model_from="SpacyNLP"
)
class RuleEntityExtractor(GraphComponent, EntityExtractorMixin):
    @classmethod
    def required_components(cls) -> List[Type]:
        return [SpacyNLP]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # Lookup tables with these names become entities of the same name.
        return {"entities": ["relationship", "condition", "need", "place"]}

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        vocabulary: Optional[Dict[str, List[str]]] = None,
        canonical: Optional[Dict[str, str]] = None,
    ) -> None:
        self.config = config
        self.model_storage = model_storage
        self.resource = resource
        self.vocabulary = vocabulary or {}
        self.canonical = canonical or {}
        self._matcher: Optional[RuleEntityMatcher] = None

    @classmethod
    def create(cls, config, model_storage, resource, execution_context) -> "RuleEntityExtractor":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData, model: SpacyModel) -> Resource:
        wanted = set(self.config["entities"])
        # A table may be given in several files (one per language, data/nlu/languages/).
        self.vocabulary = {}
        for table in training_data.lookup_tables:
            if table["name"] in wanted:
                self.vocabulary.setdefault(table["name"], []).extend(
                    term for term in table["elements"] if term not in self.vocabulary.get(table["name"], []))
        terms = {term.lower() for terms in self.vocabulary.values() for term in terms}
        self.canonical = {
            term: value for term, value in training_data.entity_synonyms.items() if term.lower() in terms
        }
        with self.model_storage.write_to(self.resource) as directory:
            (directory / VOCABULARY_FILE).write_text(
                json.dumps({"vocabulary": self.vocabulary, "canonical": self.canonical})
            )
        return self.resource

    @classmethod
    def load(cls, config, model_storage, resource, execution_context, **kwargs: Any) -> "RuleEntityExtractor":
        try:
            with model_storage.read_from(resource) as directory:
                saved = json.loads((directory / VOCABULARY_FILE).read_text())
        except (ValueError, FileNotFoundError):
            saved = {}
        return cls(config, model_storage, resource, saved.get("vocabulary"), saved.get("canonical"))

    def _matcher_for(self, model: SpacyModel) -> RuleEntityMatcher:
        if self._matcher is None:
            self._matcher = RuleEntityMatcher(model.model, self.vocabulary, self.canonical)
        return self._matcher

    def process(self, messages: List[Message], model: SpacyModel) -> List[Message]:
        matcher = self._matcher_for(model)
        for message in messages:
            text = message.get(TEXT) or ""
            doc = model.model(text)
            found = self.add_extractor_name([entity.as_rasa() for entity in matcher.find(doc)])
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData, model: SpacyModel) -> TrainingData:
        return training_data


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisFlagger(GraphComponent):
    """The safety net: the rules in bot/safety/ decide, not the classifier's confidence."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # The classifier's own `crisis` guess counts, even when no rule matched, above this
        # confidence and when the message holds a risk word (if unsure, treat it as a
        # crisis). Without a risk word the guess earns the safety question instead: the
        # classifier is confidently wrong on look-alikes ("my own health is going downhill").
        # The sentence encoder's second opinion (bot/nlu/crisis_second_opinion.py) earns the
        # safety line above second_opinion_threshold; never a card on its own.
        return {"model_crisis_threshold": 0.8, "next_guess_threshold": 0.4, "second_opinion_threshold": 0.95}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.config = config

    @classmethod
    def create(cls, config, model_storage, resource, execution_context) -> "CrisisFlagger":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._flag(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def _flag(self, message: Message) -> None:
        text = message.get(FULL_TEXT) or message.get(TEXT) or ""
        if not text or text.startswith("/"):  # button payloads are not the carer's words
            return
        if sentences.is_window(message.get("metadata")):
            return  # one sentence of a message already checked whole (bot/nlu/sentences.py)
        assessment = safety.assess(text)
        entities = list(message.get(ENTITIES, []))
        intent = message.get(INTENT) or {}
        model_says_crisis = (
            intent.get("name") == CRISIS_INTENT
            and (intent.get("confidence") or 0) >= self.config["model_crisis_threshold"]
            and safety.has_risk_words(text)
        )
        if assessment.is_crisis:
            entities += [_flag_entity("crisis_kind", kind) for kind in assessment.kinds]
            if assessment.language:  # the card in the language the danger was written in
                entities.append(_flag_entity(CRISIS_LANGUAGE, assessment.language))
            entities.append(_flag_entity(SAFETY_TIER, f"card: the crisis rules saw {', '.join(assessment.kinds)}"
                                         + (f" ({assessment.language})" if assessment.language else "")))
        elif model_says_crisis:
            entities.append(_flag_entity(SAFETY_TIER, "card: the classifier was sure of a crisis, with risk words"))
        elif assessment.safety_check:
            entities.append(_flag_entity("distress", "yes"))
            entities.append(_flag_entity(SAFETY_TIER, "safety line: words of distress, or harm denied"))
        elif (message.get(SECOND_OPINION) or 0) >= self.config["second_opinion_threshold"] \
                and intent.get("name") != CRISIS_INTENT:
            entities.append(_flag_entity("distress", "yes"))
            entities.append(_flag_entity(
                SAFETY_TIER, f"safety line: the sentence encoder's second opinion ({message.get(SECOND_OPINION):.2f})"))
        if assessment.is_crisis or model_says_crisis:
            crisis = {"name": CRISIS_INTENT, "confidence": 1.0}
            ranking = [crisis] + [
                ranked for ranked in message.get(INTENT_RANKING_KEY, []) if ranked.get("name") != CRISIS_INTENT
            ]
            message.set(INTENT, crisis, add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        elif intent.get("name") == CRISIS_INTENT:
            # The classifier guessed crisis and no rule agreed: ask the safety question
            # instead of showing the crisis card, and take the classifier's preferred other
            # intent (its share of what is left once crisis is set aside) if it is clear;
            # otherwise it is a message the bot did not understand.
            entities.append(_flag_entity("distress", "yes"))
            entities.append(_flag_entity(SAFETY_TIER, "safety line: the classifier guessed a crisis, no rule agreed"))
            ranking = _without_crisis(message.get(INTENT_RANKING_KEY, []))
            if ranking and (ranking[0].get("confidence") or 0) >= self.config["next_guess_threshold"]:
                message.set(INTENT, ranking[0], add_to_output=True)
            else:
                unsure = {"name": "nlu_fallback", "confidence": self.config["next_guess_threshold"]}
                message.set(INTENT, unsure, add_to_output=True)
                ranking = [unsure] + ranking
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        message.set(ENTITIES, entities, add_to_output=True)


def _without_crisis(ranking: List[dict]) -> List[dict]:
    """The ranking with crisis removed and the other confidences scaled to sum to one."""
    rest = [ranked for ranked in ranking if ranked.get("name") != CRISIS_INTENT]
    total = sum(ranked.get("confidence") or 0 for ranked in rest)
    if total <= 0:
        return rest
    return [{**ranked, "confidence": (ranked.get("confidence") or 0) / total} for ranked in rest]


def _flag_entity(name: str, value: str) -> dict:
    return {"entity": name, "value": value, "start": 0, "end": 0,
            "confidence_entity": 1.0, "extractor": "CrisisFlagger"}
