"""Sending the bot's replies through Twilio's REST API, without blocking the server.

Rasa's own connector calls the synchronous twilio client inside the event loop, so one
slow API call stalls every conversation. Here the twilio client runs on its
asynchronous (aiohttp) HTTP client. A failed send is retried briefly and then given
up: the conversation goes on, and the log says which conversation (by its pseudonym)
missed a reply, never to which number.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Optional

import aiohttp
from rasa.core.channels.channel import OutputChannel
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client

from bot.channels import plain_text

logger = logging.getLogger(__name__)

ATTEMPTS = 3
BACKOFF_SECONDS = (0.5, 1.5)  # before the second and the third attempt
REQUEST_TIMEOUT_SECONDS = 5.0  # Twilio answers in well under a second

# The twilio client logs eleven INFO lines for every message it sends: only its
# warnings and errors are worth keeping.
_client_logger = logging.getLogger(f"{__name__}.client")
_client_logger.setLevel(logging.WARNING)


class TwilioSender:
    """One twilio client for the process, made on first use inside the event loop
    (its aiohttp session belongs to the loop that creates it)."""

    def __init__(self, account_sid: str, auth_token: str, api_base_url: str = "") -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.api_base_url = api_base_url  # tests point the client at a local fake API
        self._client: Optional[Client] = None

    def client(self) -> Client:
        if self._client is None:
            client = Client(self.account_sid, self.auth_token, http_client=AsyncTwilioHttpClient(logger=_client_logger))
            if self.api_base_url:
                client.api.base_url = self.api_base_url
            self._client = client
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.http_client.close()
            self._client = None

    async def send(self, to: str, from_: str, body: str, conversation_id: str) -> bool:
        """Sends one message; False when every attempt failed (already logged)."""
        if not (self.account_sid and self.auth_token):
            logger.error("TWILIO_ACCOUNT_SID or TWILIO_AUTH_TOKEN is not set: no reply sent in conversation %s",
                         conversation_id)
            return False
        for attempt in range(1, ATTEMPTS + 1):
            try:
                await asyncio.wait_for(
                    self.client().messages.create_async(to=to, from_=from_, body=body),
                    REQUEST_TIMEOUT_SECONDS,
                )
                return True
            except (TwilioException, aiohttp.ClientError, asyncio.TimeoutError) as error:
                retry = attempt < ATTEMPTS and _worth_retrying(error)
                # Only the status and Twilio's error code: Twilio's message text and the
                # request can contain the carer's number.
                (logger.warning if retry else logger.error)(
                    "Twilio did not take a reply in conversation %s (attempt %d of %d): %s%s",
                    conversation_id, attempt, ATTEMPTS, _describe(error), "; retrying" if retry else "",
                )
                if not retry:
                    return False
                await asyncio.sleep(BACKOFF_SECONDS[attempt - 1])
        return False


def _worth_retrying(error: Exception) -> bool:
    """Network trouble, timeouts, rate limits and Twilio's own errors pass; a refusal
    of the message itself (4xx: a bad number, a carer who texted STOP) will not."""
    if isinstance(error, TwilioRestException):
        return error.status == 429 or error.status >= 500
    return True


def _describe(error: Exception) -> str:
    if isinstance(error, TwilioRestException):
        code = f", Twilio error {error.code}" if error.code else ""
        return f"HTTP {error.status}{code}"
    if isinstance(error, asyncio.TimeoutError):
        return f"no answer within {REQUEST_TIMEOUT_SECONDS:.0f} s"
    return type(error).__name__


class TwilioReplies(OutputChannel):
    """The replies to one incoming message: to the carer, from the number they wrote to
    (an SMS number or a WhatsApp sender), each bot message as plain text in as few
    parts as Twilio's length limit allows, sent one after another so they stay in order."""

    @classmethod
    def name(cls) -> str:
        return "twilio"

    def __init__(self, sender: TwilioSender, carer_address: str, bot_address: str, conversation_id: str) -> None:
        self.sender = sender
        self.carer_address = carer_address
        self.bot_address = bot_address
        self.conversation_id = conversation_id
        self.sent = 0  # bot messages sent for this turn; none means the turn failed quietly

    def __repr__(self) -> str:  # never the numbers
        return f"TwilioReplies(conversation={self.conversation_id!r})"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        # recipient_id is the pseudonym; the address to send to is only held here.
        self.sent += 1
        sms = not self.carer_address.startswith("whatsapp:")  # WhatsApp has no segments to save
        for part in plain_text.render(message):
            await self.sender.send(self.carer_address, self.bot_address, plain_text.for_sms(part) if sms else part,
                                   self.conversation_id)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.send_response(recipient_id, {"text": text})
