"""Keyed pseudonyms for phone numbers: the conversation id of an SMS or WhatsApp carer.

A carer's number is personal data, so it is never stored: the conversation lives under
HMAC-SHA256(secret, "<channel>:<number in E.164>"). Without the secret nobody can go
from an id back to a number, or test guesses against it; with the number (a carer
asking for erasure), staff can find the conversation again with
`conversation_ids_for_number`. SMS and WhatsApp get unrelated ids for the same number,
so the ids alone do not reveal that two conversations are one person.

Changing the secret gives every number new ids: old conversations can then no longer
be found by number (they still expire with the retention period).
"""
from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from functools import lru_cache
from pathlib import Path

from bot import settings

SECRET_FILE = "pseudonym-secret"
CHANNELS = ("sms", "whatsapp")  # the forms a number takes in Twilio's From/To fields
ID_HEX_LENGTH = 32  # 128 bits of the HMAC: no collisions in practice, short in URLs

_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
_CHANNEL_PREFIX = re.compile(r"^(whatsapp|sms|tel):", re.IGNORECASE)
_LAYOUT = re.compile(r"[\s\-.()/]")  # spaces, dashes, dots, brackets people type in numbers


def normalise_number(number: str) -> str:
    """The number in E.164 form (+447700900123) from the ways people and Twilio write it:
    '+44 7700 900123', '07700 900123', '0044 7700 900123', '+44 (0)7700 900123',
    'whatsapp:+447700900123'. Raises ValueError when it is not a phone number."""
    raw = _CHANNEL_PREFIX.sub("", number.strip())
    raw = raw.replace("(0)", "")  # '+44 (0)20 …': the trunk 0 is dropped after a country code
    raw = _LAYOUT.sub("", raw)
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    elif raw.startswith("0"):
        raw = "+44" + raw[1:]  # a UK national number: the bot serves Lambeth
    elif raw[:1].isdigit():
        raw = "+" + raw  # international digits typed without the plus
    if not _E164.match(raw):
        raise ValueError("not a phone number")  # the input itself is not repeated: it may be personal data
    return raw


def channel_of(address: str) -> str:
    """'whatsapp' for a WhatsApp address (whatsapp:+44…), else 'sms'."""
    return "whatsapp" if address.strip().lower().startswith("whatsapp:") else "sms"


def conversation_id(address: str, channel: str | None = None) -> str:
    """The conversation id for a Twilio address: 'sms-<hex>' or 'whatsapp-<hex>'."""
    channel = channel or channel_of(address)
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    message = f"{channel}:{normalise_number(address)}".encode()
    digest = hmac.new(secret(), message, hashlib.sha256).hexdigest()
    return f"{channel}-{digest[:ID_HEX_LENGTH]}"


def conversation_ids_for_number(number: str) -> list[str]:
    """Every conversation id the Twilio channel would use for this number (SMS, WhatsApp).

    For the staff app's erasure on request. Accepts the formats `normalise_number`
    accepts; raises ValueError when `number` is not a phone number."""
    return [conversation_id(number, channel) for channel in CHANNELS]


def secret(var_dir: Path | None = None) -> bytes:
    """The HMAC key: PSEUDONYM_SECRET, or one made once and kept in var/pseudonym-secret."""
    return _secret(settings.load().pseudonym_secret, var_dir or settings.VAR_DIR)


@lru_cache(maxsize=4)
def _secret(configured: str, var_dir: Path) -> bytes:
    if configured:
        return configured.encode()
    return _stored_secret(var_dir / SECRET_FILE).encode()


def _stored_secret(path: Path) -> str:
    """Reads the secret, making it first if missing. The Rasa server and the web app may
    both get here at once: the file is written in full under a temporary name, then
    linked into place, which fails for the loser, who then reads the winner's secret."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as file:
            file.write(secrets.token_urlsafe(32))
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
        finally:
            temporary.unlink()
    value = path.read_text().strip()
    if not value:
        raise RuntimeError(f"{path} is empty; delete it to make a new pseudonym secret, or set PSEUDONYM_SECRET")
    return value
