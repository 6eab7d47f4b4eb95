"""Rows for Rasa's `events` table, written the way its SQL tracker store writes them:
one row per event, with the event as JSON in `data`, the intent of a user message in
`intent_name`, and an action's or slot's name in `action_name`.

For tests that need conversations without a running bot, and for the staff pages'
benchmark (tools/staff_bench.py). The table itself, and writing rows to it, are in
bot/storage/rasa_events.py.
"""
from __future__ import annotations

import json
import uuid

METADATA = {"model_id": "0f3c1d2e4b5a69788796a5b4c3d2e1f0", "assistant_id": "lambeth-carers-bot"}


class ConversationWriter:
    """Builds one conversation's rows in order; `clock` is the Unix time of the last event."""

    def __init__(self, conversation_id: str, start: float, input_channel: str = "rest") -> None:
        self.conversation_id, self.clock, self.input_channel = conversation_id, start, input_channel
        self.rows: list[dict] = []

    def _add(self, type_name: str, data: dict, intent: str | None = None, action: str | None = None,
             metadata: dict | None = None, gap: float = 0.01) -> None:
        self.clock += gap
        event = {"event": type_name, "timestamp": self.clock, "metadata": metadata or METADATA, **data}
        self.rows.append({"sender_id": self.conversation_id, "type_name": type_name, "timestamp": self.clock,
                          "intent_name": intent, "action_name": action, "data": json.dumps(event)})

    def start(self) -> "ConversationWriter":
        self.action("action_session_start", policy=None)
        self._add("session_started", {})
        return self.action("action_listen", policy=None)

    def user(self, text: str, intent: str, confidence: float = 0.9, entities: list[dict] | None = None,
             ranking: list[str] = (), gap: float = 20.0) -> "ConversationWriter":
        ranked = [{"name": intent, "confidence": confidence}] + [
            {"name": name, "confidence": round((1 - confidence) / (index + 2), 6)} for index, name in enumerate(ranking)]
        message_id = uuid.uuid4().hex
        parse = {"intent": {"name": intent, "confidence": confidence}, "entities": entities or [], "text": text,
                 "message_id": message_id, "metadata": {}, "intent_ranking": ranked}
        self._add("user", {"text": text, "parse_data": parse, "input_channel": self.input_channel,
                           "message_id": message_id}, intent=intent, gap=gap)
        self._add("user_featurization", {"use_text_for_featurization": False})
        return self

    def action(self, name: str, policy: str | None = "RulePolicy") -> "ConversationWriter":
        self._add("action", {"name": name, "policy": policy, "confidence": 1.0, "action_text": None,
                             "hide_rule_turn": False}, action=name)
        return self

    def bot(self, text: str, buttons: list[dict] | None = None, utter: str | None = None) -> "ConversationWriter":
        metadata = {"utter_action": utter, **METADATA} if utter else METADATA
        self._add("bot", {"text": text, "data": {"elements": None, "quick_replies": None, "buttons": buttons,
                                                 "attachment": None, "image": None, "custom": None}}, metadata=metadata)
        return self

    def slot(self, name: str, value) -> "ConversationWriter":
        self._add("slot", {"name": name, "value": value}, action=name)
        return self

    def active_loop(self, name: str | None) -> "ConversationWriter":
        self._add("active_loop", {"name": name}, action=name)
        return self

    def listen(self) -> "ConversationWriter":
        return self.action("action_listen")
