"""A second opinion on danger, next to the crisis rules: a logistic classifier over the
packaged sentence encoder's vectors (bot/nlu/encoder.py), trained with the model on the
NLU data (the `crisis` intent against every other).

It reads messages of MIN_WORDS words or more, where the rules are weakest (long posts), and
it never shows a crisis card by itself. When the rules saw nothing and the classifier
was not sure, a high score puts the message in the unsure tier (bot/nlu/components.py:
CrisisFlagger): its normal reply plus a line with 999 and Samaritans and the question
"are you safe?". A long message is scored whole and two sentences at a time, and its
highest score counts, so one sentence of danger in a paragraph about benefits is heard.
"""
from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Text

import numpy as np
from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu import encoder, sentences
from bot.safety.vocabulary import split_sentences

SCORE = "crisis_second_opinion"  # the probability, on the message; CrisisFlagger reads it
CRISIS_INTENT = "crisis"
WEIGHTS_FILE = "crisis_second_opinion.json"
MAX_WINDOWS = 16
# Only messages this long get a second opinion: on short messages the rules and the
# classifier already catch what the encoder would (measured: it added the safety line to
# 0.2-0.7% of the older short sets and no crisis), and its ~10 ms a message would cost
# a quarter of the server's throughput (make bench).
MIN_WORDS = 20


def pieces(text: str) -> list[str]:
    """The text, then each pair of consecutive sentences when it has more than two."""
    sentences = [part for part in split_sentences(text) if len(part) > 3]
    pairs = [" ".join(sentences[i:i + 2]) for i in range(len(sentences) - 1)] if len(sentences) > 2 else []
    return [text] + pairs[:MAX_WINDOWS]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class CrisisSecondOpinion(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # regularisation: the logistic regression's C. The threshold the flagger applies
        # is in its own config (bot/nlu/components.py), chosen on the development sets.
        return {"regularisation": 2.0}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 weights: Optional[np.ndarray] = None, bias: float = 0.0) -> None:
        self.config = config
        self.model_storage = model_storage
        self.resource = resource
        self.weights = weights
        self.bias = bias

    @classmethod
    def create(cls, config, model_storage, resource, execution_context) -> "CrisisSecondOpinion":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        from sklearn.linear_model import LogisticRegression

        examples = [m for m in training_data.intent_examples if m.get(TEXT)]
        vectors = encoder.shared().encode([m.get(TEXT) for m in examples])
        labels = np.array([1 if m.get(INTENT) == CRISIS_INTENT else 0 for m in examples])
        if labels.min() == labels.max():  # no crisis examples (or only crises): no opinion
            self.weights, self.bias = None, 0.0
        else:
            fitted = LogisticRegression(C=self.config["regularisation"], class_weight="balanced",
                                        max_iter=3000, random_state=1).fit(vectors, labels)
            self.weights, self.bias = fitted.coef_[0].astype(np.float32), float(fitted.intercept_[0])
        with self.model_storage.write_to(self.resource) as directory:
            (directory / WEIGHTS_FILE).write_text(json.dumps(
                {"weights": None if self.weights is None else self.weights.tolist(), "bias": self.bias}))
        return self.resource

    @classmethod
    def load(cls, config, model_storage, resource, execution_context, **kwargs: Any) -> "CrisisSecondOpinion":
        try:
            with model_storage.read_from(resource) as directory:
                saved = json.loads((directory / WEIGHTS_FILE).read_text())
        except (ValueError, FileNotFoundError):
            saved = {"weights": None, "bias": 0.0}
        weights = np.array(saved["weights"], dtype=np.float32) if saved.get("weights") else None
        if weights is not None:
            encoder.shared()  # loaded with the model (0.2 s), not on the first long message
        return cls(config, model_storage, resource, weights, float(saved.get("bias") or 0.0))

    def score(self, text: str) -> float:
        if self.weights is None or len(text.split()) < MIN_WORDS:
            return 0.0
        logits = encoder.shared().encode(pieces(text)) @ self.weights + self.bias
        return float(1.0 / (1.0 + np.exp(-logits.max())))

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if sentences.is_window(message.get("metadata")):
                continue  # one sentence of a message already scored whole (bot/nlu/sentences.py)
            if text and not text.startswith("/"):  # button payloads are not the carer's words
                message.set(SCORE, self.score(text))
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
