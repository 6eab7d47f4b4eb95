"""Finds phone numbers, emails and web addresses in bot text that the directory does not hold."""
from __future__ import annotations

import re

from bot.directory.schema import phone_digits, Directory

LONG_NUMBER = re.compile(r"(?<![\d£.])(?:\+44\s?)?\d(?:[\d ]{4,14})\d(?![\d%])")
SHORT_NUMBER = re.compile(r"\b(?:call|ring|dial|phone|text|on|or)\s+(\d{3,5})\b(?!\s?\d)", re.IGNORECASE)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
WEB = re.compile(r"(?:https?://|www\.)[^\s|,;)]+")


def known(directory: Directory) -> dict[str, set[str]]:
    phones, emails, webs = set(), set(), set()
    for _service, contact in directory.all_contacts():
        if contact.channel in ("phone", "text"):
            phones.add(phone_digits(contact.value))
        elif contact.channel == "email":
            emails.add(contact.value.lower())
        elif contact.channel == "web":
            webs.add(contact.value.rstrip("/.").lower())
    return {"phone": phones, "email": emails, "web": webs}


def unknown_contacts(text: str, directory: Directory) -> list[str]:
    holds = known(directory)
    found = []
    for match in LONG_NUMBER.finditer(text):
        digits = phone_digits(match.group(0))
        if len(digits) >= 6 and digits not in holds["phone"]:
            found.append(match.group(0).strip())
    for match in SHORT_NUMBER.finditer(text):
        if match.group(1) not in holds["phone"]:
            found.append(match.group(1))
    for match in EMAIL.finditer(text):
        if match.group(0).lower() not in holds["email"]:
            found.append(match.group(0))
    for match in WEB.finditer(text):
        address = match.group(0).rstrip("/.").lower()
        if address not in holds["web"] and f"https://{address}" not in holds["web"]:
            found.append(match.group(0))
    return found
