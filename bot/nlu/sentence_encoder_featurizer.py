"""Dense features for DIET from the packaged sentence encoder (bot/nlu/encoder.py).

The bag-of-words features tell DIET which words a message uses; the encoder's vectors
tell it what the message means, so "my mum keeps getting lost on the way home" lands
near dementia although it names no diagnosis. Each token gets the contextual vector of
its word pieces and the message gets the encoder's sentence vector, the way Rasa's own
dense featurizers (SpacyFeaturizer, LanguageModelFeaturizer) add theirs.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text, Type

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu import encoder


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEncoderFeaturizer(DenseFeaturizer, GraphComponent):
    @classmethod
    def required_components(cls) -> List[Type]:
        return [Tokenizer]

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> GraphComponent:
        return cls(execution_context.node_name, config)

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return DenseFeaturizer.get_default_config()

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        pass  # nothing to choose: the model and its size are fixed

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            tokens = message.get(TOKENS_NAMES[TEXT])
            if not tokens:  # an empty message, or one that was not tokenised
                continue
            words, sentence = encoder.shared().encode_words([token.text for token in tokens])
            self.add_features_to_message(words, sentence.reshape(1, -1), TEXT, message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process([example for example in training_data.training_examples if example.get(TEXT)])
        return training_data
