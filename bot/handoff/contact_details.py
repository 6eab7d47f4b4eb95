"""Checking the contact details a carer gives for a callback (pure functions)."""
from __future__ import annotations

import re
from dataclasses import dataclass

EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
MAX_NAME = 100
MAX_TIME = 200


@dataclass(frozen=True)
class ContactDetail:
    kind: str  # "phone" or "email"
    value: str  # normalised: "07700 900123" or "jo@example.org"


def uk_phone(text: str) -> str | None:
    """A UK phone number written any usual way, normalised to national format with
    spaces (07700 900123, 020 7946 0000), or None."""
    compact = re.sub(r"[\s().-]", "", text.strip())
    if compact.startswith("+44"):
        compact = "0" + compact[3:].lstrip("0")
    elif compact.startswith("0044"):
        compact = "0" + compact[4:].lstrip("0")
    if not re.fullmatch(r"0\d{9,10}", compact):
        return None
    if compact.startswith(("07", "03", "08")) and len(compact) == 11:
        return f"{compact[:5]} {compact[5:]}"
    if compact.startswith("02") and len(compact) == 11:
        return f"{compact[:3]} {compact[3:7]} {compact[7:]}"
    if compact.startswith("01"):
        return f"{compact[:5]} {compact[5:]}"
    return None


def email(text: str) -> str | None:
    candidate = text.strip().strip("<>").strip()
    return candidate.lower() if EMAIL.match(candidate) and len(candidate) <= 200 else None


def contact_detail(text: str) -> ContactDetail | None:
    """A phone number or an email address found in what the carer typed."""
    text = text.strip()
    found_email = re.search(r"[^\s<>,;]+@[^\s<>,;]+", text)
    if found_email and email(found_email.group(0)):
        return ContactDetail("email", email(found_email.group(0)))
    found_phone = re.search(r"(\+?\d[\d\s().-]{8,18}\d)", text)
    if found_phone and uk_phone(found_phone.group(1)):
        return ContactDetail("phone", uk_phone(found_phone.group(1)))
    return None


def name(text: str) -> str | None:
    """A name as given ("it's Jo" -> "Jo"); None when it cannot be a name."""
    cleaned = re.sub(r"^(hi|hello|hey)[,! ]+", "", text.strip(), flags=re.IGNORECASE)
    cleaned = re.sub(r"^(my name is|my name's|name is|name's|i am|i'm|im|it's|its|this is|call me)\s+", "",
                     cleaned, flags=re.IGNORECASE).strip(" .!,")
    if not cleaned or len(cleaned) > MAX_NAME or not re.search(r"[^\W\d_]", cleaned) or "@" in cleaned:
        return None
    if re.search(r"\d{3,}", cleaned):  # a phone number is not a name
        return None
    return cleaned


def best_time(text: str) -> str | None:
    cleaned = text.strip()
    return cleaned[:MAX_TIME] if cleaned else None
