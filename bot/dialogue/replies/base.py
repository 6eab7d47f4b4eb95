"""What every reply is made of: Reply and Button, the sentence marker N_(), and a
service's contact lines."""
from __future__ import annotations

from dataclasses import dataclass, field

from bot.dialogue.translations import _
from bot.directory.schema import Contact, Directory, Service


def N_(text: str) -> str:
    """Marks a constant for extraction; it is translated where it is said, with _()."""
    return text

HUB_ID = "carers_hub_lambeth"
MAX_SERVICES_PER_SITUATION = 3
MAX_CRISIS_LINES = 7
CHANNEL_WORDS = {"phone": N_("Call"), "text": N_("Text"), "email": N_("Email"), "web": N_("Website"),
                 "address": N_("Address")}


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass
class Reply:
    text: str
    buttons: list[Button] = field(default_factory=list)
    services: list[str] = field(default_factory=list)  # ids of the services named, for staff review


# --- contact lines ---------------------------------------------------------------------------


SHORT_HOURS = 45  # longer opening hours are for staff, not for a reply on a phone screen


def contact_line(contact: Contact) -> str:
    # A contact's note is the researcher's note for staff ("no separate young carers number
    # was found"); carers see the contact itself, and opening hours once, from `hours`.
    return f"{_(CHANNEL_WORDS.get(contact.channel, contact.channel.title()))} {contact.value}"


def service_contacts(service: Service) -> list[str]:
    """The verified ways to reach a service, at most two: a number, then the website
    (or the email when there is no website), then short opening hours."""
    numbers = service.verified_contacts("phone", "text")[:1]
    online = (service.verified_contacts("web") or service.verified_contacts("email"))[:1]
    lines = [contact_line(contact) for contact in numbers + online]
    hours = service.verified_contacts("hours")
    if numbers and hours and len(hours[0].value) <= SHORT_HOURS:
        lines.append(_("Open: {hours}").format(hours=hours[0].value))
    return lines


def hub(directory: Directory) -> Service:
    return directory.services[HUB_ID]


def hub_line(directory: Directory) -> str:
    """The sign-off every signposting reply ends with."""
    service = hub(directory)
    phone = service.verified_contacts("phone")
    email = service.verified_contacts("email")
    web = service.verified_contacts("web")
    parts = []
    if phone:
        parts.append(_("call {phone}").format(phone=phone[0].value))
    if email:
        parts.append(_("email {email}").format(email=email[0].value))
    reach = _("{first} or {second}").format(first=parts[0], second=parts[1]) if len(parts) == 2 else "".join(parts)
    line = _("Carers' Hub Lambeth is here for every carer in Lambeth: {reach}.").format(reach=reach)
    if web:
        line += f" {web[0].value}"
    return line
