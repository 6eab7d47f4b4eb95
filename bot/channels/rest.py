"""Rasa's REST channel, at the same address (/webhooks/rest/webhook), made strict.

Rasa 3.6.21's own channel answers 500 to a body that is empty or not a JSON object
and passes control characters through to the database. Here a malformed body gets a
400 that says what is wrong, and an empty message gets a clear answer at once.
"""
from __future__ import annotations

import asyncio
from typing import Any, Optional

from rasa.core.channels.rest import RestInput
from sanic import response
from sanic.request import Request

from bot.channels import repeats
from bot.channels.incoming import clean_text, is_blank, sender_problem
from bot.channels.never_silent import unavailable_reply
from bot.dialogue.replies import EMPTY_MESSAGE_REPLY


def problem_with(body: Any) -> Optional[str]:
    """Why a webhook body cannot be taken, or None when it is fine."""
    if not isinstance(body, dict):
        return 'the body must be a JSON object like {"sender": "...", "message": "..."}'
    problem = sender_problem(body.get("sender"), "rest")
    if problem:
        return problem
    if "message" in body and not isinstance(body["message"], str):
        return "'message' must be a string"
    if "metadata" in body and body["metadata"] is not None and not isinstance(body["metadata"], dict):
        return "'metadata' must be an object"
    return None


class StrictRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def _extract_message(self, req: Request) -> Optional[str]:
        return clean_text(req.json.get("message") or "")

    def blueprint(self, on_new_message):
        blueprint = super().blueprint(on_new_message)

        @blueprint.middleware("request")
        async def check_body(request: Request):
            if request.method != "POST" or not request.path.endswith("/webhook"):
                return None
            try:
                body = request.json
            except Exception:  # noqa: BLE001 - Sanic raises its own error types for bad JSON
                return response.json({"error": "the body is not valid JSON"}, status=400)
            problem = problem_with(body)
            if problem:
                return response.json({"error": problem}, status=400)
            if is_blank(body.get("message")):
                return response.json([{"recipient_id": body["sender"], "text": EMPTY_MESSAGE_REPLY}])
            tagged = repeats.client_message_id(body.get("metadata")) is not None  # most messages are not
            answer = await asyncio.to_thread(repeats.stored_answer, body["sender"], body["metadata"]) if tagged else None
            if answer is not None:  # sent again after a lost connection: answered once already
                texts = answer or [await asyncio.to_thread(unavailable_reply)]
                return response.json([{"recipient_id": body["sender"], "text": text} for text in texts])
            return None

        @blueprint.middleware("response")
        async def never_silent(request: Request, reply):
            # If the turn produced nothing (the action server is down, say), the carer still
            # gets an answer with Carers' Hub's number rather than silence.
            if request.method == "POST" and request.path.endswith("/webhook") and reply.status == 200 \
                    and reply.body.strip() == b"[]":
                sender = (request.json or {}).get("sender", "")
                return response.json([{"recipient_id": sender, "text": unavailable_reply()}])
            return None

        return blueprint
