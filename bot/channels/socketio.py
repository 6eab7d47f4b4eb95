"""The web widget's channel: Rasa's socket.io channel with the same checks as REST.

Rasa 3.6.21's own connector trusts its payloads: a `user_uttered` whose message is a
number, an object, null or a bare string raised unhandled exceptions, an empty message
went to understanding, a NUL character was stored (PostgreSQL refuses it), and any
client could write into any conversation id it named. Here:
- a conversation id is the widget's format (32 hex digits) and is fixed by the
  `session_request` of that connection; a message naming another id is dropped;
- a payload that is not {"message": "<text>"} gets a clear reply, or is dropped with a
  log line when there is nobody to reply to; an empty message gets the REST answer;
- control characters are removed before anything is stored;
- browsers may connect only from the widget origins in CORS_ORIGINS;
- a turn that fails or produces nothing still answers with Carers' Hub's number and 999.
"""
from __future__ import annotations

import asyncio
import logging
import uuid
from urllib.parse import urlsplit
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from socketio import AsyncServer

from bot import settings
from bot.channels import repeats
from bot.channels.incoming import clean_text, is_blank, MAX_BODY_BYTES, WIDGET_ID
from bot.channels.never_silent import unavailable_reply
from bot.dialogue.replies import EMPTY_MESSAGE_REPLY, NOT_TEXT_REPLY

logger = logging.getLogger(__name__)

SESSION_KEY = "conversation_id"


class CountingOutput(SocketIOOutput):
    """Rasa's socket.io output, counting what it sends so that silence can be noticed.

    One reply is one bubble: Rasa's output cuts a text at every blank line, which made a
    reply about three needs seven bubbles on a phone before the carer could act. The widget
    shows the blank lines inside the bubble."""

    def __init__(self, sio: AsyncServer, bot_message_evt: str) -> None:
        super().__init__(sio, bot_message_evt)
        self.sent = 0

    async def _send_message(self, socket_id: str, response: Any) -> None:
        self.sent += 1
        await super()._send_message(socket_id, response)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"text": text.strip(), **_language(kwargs)})

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list, **kwargs: Any) -> None:
        quick_replies = [{"content_type": "text", "title": button["title"], "payload": button["payload"]}
                         for button in buttons]
        await self._send_message(recipient_id, {"text": text.strip(), "quick_replies": quick_replies,
                                                **_language(kwargs)})


def _language(message: dict) -> dict:
    """The language a message is written in (actions/common.py: say), for the widget's
    `lang` attribute, so that screen readers speak it in that language."""
    language = message.get("lang")
    return {"lang": language} if isinstance(language, str) and language.isalpha() and len(language) <= 3 else {}


def message_problem(data: Any) -> Optional[str]:
    """Why a user_uttered payload cannot be taken as a message, or None."""
    if not isinstance(data, dict):
        return "payload is not an object"
    if not isinstance(data.get("message"), str):
        return "message is not text"
    return None


def allowed_origin(environ: dict) -> bool:
    """The widget origins in CORS_ORIGINS, or the server's own. Browsers always send
    Origin; clients that send none (curl, tests) are not what this protects against."""
    origin = (environ.get("HTTP_ORIGIN") or "").rstrip("/")
    if not origin or origin in settings.load().cors_origins:
        return True
    return urlsplit(origin).netloc == environ.get("HTTP_HOST", "")


class WidgetSocketIOInput(SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # cors_allowed_origins=[] leaves CORS headers to Rasa's Sanic-CORS (configured
        # with the same origins); the origin itself is checked on connect below.
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=[], max_http_buffer_size=MAX_BODY_BYTES)
        webhook = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio

        @webhook.route("/", methods=["GET"])
        async def health(_request) -> Any:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: str, environ: dict, auth: Optional[dict] = None) -> bool:
            if not allowed_origin(environ):
                logger.warning("Refused a socket.io connection from an origin not in CORS_ORIGINS.")
                return False
            return True

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Any = None) -> None:
            asked = data.get("session_id") if isinstance(data, dict) else None
            conversation_id = asked if isinstance(asked, str) and WIDGET_ID.fullmatch(asked) else uuid.uuid4().hex
            await sio.save_session(sid, {SESSION_KEY: conversation_id}, namespace=self.namespace)
            if self.session_persistence:
                sio.enter_room(sid, conversation_id, namespace=self.namespace)
            await sio.emit("session_confirm", conversation_id, room=sid, namespace=self.namespace)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any = None) -> None:
            session = await sio.get_session(sid, namespace=self.namespace)
            conversation_id = session.get(SESSION_KEY)
            if conversation_id is None:
                logger.info("Dropped a socket.io message sent before session_request.")
                return
            output = CountingOutput(sio, self.bot_message_evt)
            if isinstance(data, dict) and data.get("session_id") not in (None, conversation_id):
                logger.warning("Dropped a socket.io message for conversation %s naming another conversation.",
                               conversation_id)
                return
            problem = message_problem(data)
            if problem:
                logger.info("Socket.io message in conversation %s refused: %s", conversation_id, problem)
                await output.send_text_message(conversation_id, NOT_TEXT_REPLY)
                return
            if is_blank(data["message"]):
                await output.send_text_message(conversation_id, EMPTY_MESSAGE_REPLY)
                return
            metadata = data.get(self.metadata_key)
            tagged = repeats.client_message_id(metadata) is not None  # most messages are not
            answer = await asyncio.to_thread(repeats.stored_answer, conversation_id, metadata) if tagged else None
            if answer is not None:  # sent again after a lost connection: answered once already
                for text in answer or [await asyncio.to_thread(unavailable_reply)]:
                    await output.send_text_message(conversation_id, text)
                return
            message = UserMessage(clean_text(data["message"]), output, conversation_id,
                                  input_channel=self.name(), metadata=metadata if isinstance(metadata, dict) else None)
            try:
                await on_new_message(message)
            except Exception:  # noqa: BLE001 - the carer gets an answer whatever failed
                logger.exception("Could not handle a socket.io message in conversation %s", conversation_id)
                output.sent = 0
            if not output.sent:
                await output.send_text_message(conversation_id, await asyncio.to_thread(unavailable_reply))

        return webhook
