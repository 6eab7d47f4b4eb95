"""SMS and WhatsApp through Twilio: one signed webhook, POST /webhooks/twilio/webhook.

Built on Rasa 3.6.21's own Twilio channel, with its defects fixed:
- every request must carry a valid X-Twilio-Signature (403 otherwise) and a well-formed
  form body (400 otherwise) before anything reaches the bot;
- a message with no text (a photo, a voice note, a location) gets a polite answer
  instead of a 500;
- the conversation is stored under a keyed pseudonym of the carer's number, never
  the number (bot/privacy/pseudonyms.py);
- replies go from the number the carer wrote to, SMS or WhatsApp alike, as plain text
  with numbered options ("Reply 1 for …"), and a reply of "1" picks that option;
- a repeated delivery of the same MessageSid is processed once;
- sending never blocks the event loop, is retried briefly, and a failure does not
  break the conversation (bot/channels/twilio_outbound.py).
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Iterable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.twilio import TwilioInput
from rasa.shared.core.events import BotUttered, Event, UserUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import settings
from bot.channels import plain_text, repeats, twilio_inbound, twilio_models
from bot.channels.incoming import clean_text, is_blank
from bot.channels.never_silent import unavailable_reply
from bot.channels.twilio_outbound import TwilioReplies, TwilioSender
from bot.dialogue.replies import EMPTY_MESSAGE_REPLY, TEXT_ONLY_REPLY
from bot.privacy import pseudonyms

logger = logging.getLogger(__name__)

# Twilio gives up on a webhook after 15 s. A turn normally takes well under a second;
# a slower one goes on in the background and the webhook answers in time.
REPLY_WAIT_SECONDS = 10.0

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


class TwilioChannel(TwilioInput):
    @classmethod
    def name(cls) -> str:
        return "twilio"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "TwilioChannel":
        # Read from bot/settings.py (the environment), not credentials.yml: Rasa fails to
        # start when a ${VAR} there is unset, and the secrets stay out of the file.
        config = settings.load()
        return cls(config.twilio_account_sid, config.twilio_auth_token, config.twilio_public_url,
                   config.twilio_api_base_url)

    def __init__(self, account_sid: str, auth_token: str, public_url: str, api_base_url: str = "") -> None:
        super().__init__(account_sid, auth_token, twilio_number=None, debug_mode=False)
        self.public_url = public_url
        self.sender = TwilioSender(account_sid, auth_token, api_base_url)
        self._running: set[asyncio.Task] = set()  # turns still going after the webhook answered
        if not auth_token:
            logger.warning("TWILIO_AUTH_TOKEN is not set: the Twilio webhook refuses every request (403).")
        elif not public_url:
            logger.warning("TWILIO_PUBLIC_URL is not set: Twilio signatures are checked against the address "
                           "this server sees, which fails behind a proxy.")

    def get_output_channel(self) -> None:
        # Replies need the carer's number, which exists only in the request being answered;
        # Rasa's HTTP API then collects the messages instead of sending them.
        return None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("twilio_webhook", __name__)

        @webhook.listener("before_server_start")
        async def create_table(_app, _loop) -> None:
            await asyncio.to_thread(twilio_models.ensure_table)

        @webhook.listener("after_server_stop")
        async def close_client(_app, _loop) -> None:
            await self.sender.close()

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            return await self._receive(request, on_new_message)

        return webhook

    async def _receive(self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> HTTPResponse:
        params = twilio_inbound.form_params(request.body, request.headers.get("content-type", ""))
        signature = request.headers.get("X-Twilio-Signature")
        if not twilio_inbound.signature_is_valid(self.auth_token, self._signed_url(request), params or {}, signature):
            return response.text("missing or invalid X-Twilio-Signature", status=403)
        if params is None:
            return response.json({"error": "the body must be form-encoded (UTF-8), as Twilio sends it"}, status=400)
        message = twilio_inbound.read_message(params)
        if isinstance(message, str):
            return response.json({"error": message}, status=400)
        conversation_id = pseudonyms.conversation_id(message.sender)
        if not await asyncio.to_thread(twilio_models.first_delivery, message.message_sid):
            # Twilio sends a message again when it got no answer: handled once if it was
            # stored, handled now if the server that first took it died before storing it.
            tag = {repeats.KEY: message.message_sid}
            if await asyncio.to_thread(repeats.stored_answer, conversation_id, tag) is not None:
                logger.info("Twilio delivered message %s again; it was processed the first time.", message.message_sid)
                return _twiml()
            logger.info("Twilio delivered message %s again and it was never stored; handling it now.",
                        message.message_sid)

        replies = TwilioReplies(self.sender, message.sender, message.bot_address, conversation_id)
        turn = asyncio.create_task(self._answer(request, message, conversation_id, replies, on_new_message))
        self._running.add(turn)
        turn.add_done_callback(self._running.discard)
        await asyncio.wait({turn}, timeout=REPLY_WAIT_SECONDS)
        return _twiml()

    def _signed_url(self, request: Request) -> str:
        if self.public_url:
            return twilio_inbound.signed_url(self.public_url, request.path, request.query_string)
        return request.url

    async def _answer(self, request: Request, message: twilio_inbound.InboundMessage, conversation_id: str,
                      replies: TwilioReplies, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        if is_blank(message.text):
            text_only = message.media_count > 0 or message.is_location
            await replies.send_text_message(conversation_id, TEXT_ONLY_REPLY if text_only else EMPTY_MESSAGE_REPLY)
            return
        text = clean_text(message.text)
        if message.channel == "sms":
            text = text.replace("¡", "@")  # some carriers turn @ into ¡ in SMS
        if plain_text.option_number(text) is not None:
            text = plain_text.chosen_payload(text, await _last_offered_options(request, conversation_id)) or text
        elif plain_text.asks_for_more(text):
            text = plain_text.MORE_PAYLOAD
        try:
            await on_new_message(UserMessage(text, replies, conversation_id, input_channel=self.name(),
                                             metadata={repeats.KEY: message.message_sid}))
        except Exception:  # noqa: BLE001 - the carer gets an answer whatever failed
            logger.exception("Could not handle a Twilio message in conversation %s", conversation_id)
            await replies.send_text_message(conversation_id, await asyncio.to_thread(unavailable_reply))
            return
        if not replies.sent:  # the turn produced nothing (the action server is down, say)
            await replies.send_text_message(conversation_id, await asyncio.to_thread(unavailable_reply))


async def _last_offered_options(request: Request, conversation_id: str) -> list[dict[str, Any]]:
    """The options of the latest bot message with buttons since the carer last wrote,
    read from the conversation itself so they survive restarts and erasure."""
    agent = getattr(request.app.ctx, "agent", None)
    if agent is None or agent.tracker_store is None:
        return []
    tracker = await agent.tracker_store.retrieve(conversation_id)
    return last_offered_options(tracker.events) if tracker else []


def last_offered_options(events: Iterable[Event]) -> list[dict[str, Any]]:
    for event in reversed(list(events)):
        if isinstance(event, UserUttered):
            return []
        if isinstance(event, BotUttered):
            options = plain_text.options_of(event.data)
            if options:
                return options
    return []


def _twiml() -> HTTPResponse:
    """An empty TwiML answer: the replies go through the REST API, not in the response."""
    return response.text(EMPTY_TWIML, content_type="text/xml")
