"""Rasa's responses (the utter_ texts in domain.yml) in the conversation's language (issue 15).

Rasa's own response generator, with one step more: the text and the buttons' titles are
looked up in the carer's catalogue (bot/dialogue/translations.py), by the slot
`language`, and the message is marked with its `lang`. endpoints.yml names it as the
`nlg` (Rasa's documented way to plug in a generator); the English stays in domain.yml.
"""
from __future__ import annotations

from typing import Any, Dict, Optional, Text

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.trackers import DialogueStateTracker

from bot import languages
from bot.dialogue import names
from bot.dialogue.translations import translate


class LocalisedResponses(TemplatedNaturalLanguageGenerator):
    def __init__(self, endpoint_config: Any = None, domain: Any = None) -> None:
        # Rasa gives the model's domain again when a model is loaded (rasa/core/agent.py).
        super().__init__(domain.responses if domain is not None else {})

    async def generate(self, utter_action: Text, tracker: DialogueStateTracker, output_channel: Text,
                       **kwargs: Any) -> Optional[Dict[Text, Any]]:
        response = await super().generate(utter_action, tracker, output_channel, **kwargs)
        if response is None:
            return None
        language = languages.supported_or_english(tracker.get_slot(names.LANGUAGE))
        if response.get("text"):
            response["text"] = translate(response["text"], language)
        for button in response.get("buttons") or []:
            if button.get("title"):
                button["title"] = translate(button["title"], language)
        response["lang"] = language
        return response
