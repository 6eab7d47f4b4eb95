"""What Twilio posts to the webhook: checking its signature and reading its fields.

Twilio signs every request with the account's auth token: X-Twilio-Signature is an
HMAC-SHA1 over the URL Twilio called and the POST parameters. The check uses the
`twilio` library's own RequestValidator, over the configured public URL, because
behind a proxy the address the server sees is not the one Twilio signed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Union
from urllib.parse import parse_qs

from twilio.request_validator import RequestValidator

from bot.privacy.pseudonyms import channel_of, normalise_number

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
MAX_SID_LENGTH = 64
REQUIRED_FIELDS = ("MessageSid", "From", "To")


@dataclass(frozen=True)
class InboundMessage:
    message_sid: str
    sender: str  # the carer's address (From): personal data, used only to reply
    bot_address: str  # the number the carer wrote to (To): replies come from it
    text: str
    media_count: int
    is_location: bool

    @property
    def channel(self) -> str:
        return channel_of(self.sender)

    def __repr__(self) -> str:  # never the number, should this ever reach a log
        return f"InboundMessage(sid={self.message_sid!r}, channel={self.channel!r})"


def form_params(body: bytes, content_type: str) -> Optional[dict[str, list[str]]]:
    """The POST parameters, blank ones included (Twilio signs a media message's empty
    Body too, and Sanic's own parser drops it); None when the body is not a form."""
    if not (content_type or "").lower().startswith(FORM_CONTENT_TYPE):
        return None
    try:
        return parse_qs(body.decode("utf-8"), keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        return None


def signed_url(public_url: str, path: str, query_string: str) -> str:
    """The URL Twilio signed: the public base URL, then the path it called."""
    url = public_url.rstrip("/") + path
    return f"{url}?{query_string}" if query_string else url


def signature_is_valid(auth_token: str, url: str, params: dict[str, list[str]], signature: Optional[str]) -> bool:
    if not auth_token or not signature:
        return False
    return RequestValidator(auth_token).validate(url, _MultiValue(params), signature)


class _MultiValue(dict):
    """Parameters as RequestValidator reads repeated keys (through getlist)."""

    def getlist(self, key: str) -> list[str]:
        return self[key]


def read_message(params: dict[str, list[str]]) -> Union[InboundMessage, str]:
    """The message, or what is wrong with the parameters (for a 400 answer)."""
    for name, values in params.items():
        if len(values) > 1 and name in (*REQUIRED_FIELDS, "Body", "NumMedia"):
            return f"'{name}' must be given once"
    single = {name: values[0] for name, values in params.items()}
    missing = [name for name in REQUIRED_FIELDS if not single.get(name, "").strip()]
    if missing:
        return "missing " + ", ".join(f"'{name}'" for name in missing)
    sid = single["MessageSid"].strip()
    if len(sid) > MAX_SID_LENGTH or not sid.isalnum():
        return "'MessageSid' is not a Twilio message id"
    problem = _address_problem(single["From"], "From") or _address_problem(single["To"], "To")
    if problem:
        return problem
    if channel_of(single["From"]) != channel_of(single["To"]):
        return "'From' and 'To' must both be SMS numbers or both WhatsApp addresses"
    media = single.get("NumMedia", "0").strip() or "0"
    if not media.isdigit():
        return "'NumMedia' must be a whole number"
    return InboundMessage(
        message_sid=sid,
        sender=single["From"].strip(),
        bot_address=single["To"].strip(),
        text=single.get("Body", ""),
        media_count=int(media),
        is_location=bool(single.get("Latitude") and single.get("Longitude")),
    )


def _address_problem(address: str, field: str) -> Optional[str]:
    prefix = address.split(":", 1)[0].lower() if ":" in address else ""
    if prefix not in ("", "whatsapp"):
        return f"'{field}' must be a phone number or a whatsapp: address"
    try:
        normalise_number(address)
    except ValueError:
        return f"'{field}' is not a phone number"
    return None
