"""The website chat widget: its files, its settings for the browser, and a demo host page.

The widget itself is static JavaScript and CSS in bot/web/static/widget/; a page embeds
it with one script tag (see the README). What it must not hard-code comes from here:
every phone number, email address and web address it shows is read from the directory,
and the privacy notice and first greeting are the bot's own words from bot.dialogue.replies.
"""
from __future__ import annotations

import asyncio
import html
from pathlib import Path
from string import Template
from urllib.parse import urlsplit

from sanic import Blueprint, response
from sanic.exceptions import NotFound

from bot import settings
from bot.dialogue import replies
from bot.directory import queries
from bot.directory.schema import Directory

STATIC_DIR = Path(__file__).resolve().parent / "static"
WIDGET_DIR = STATIC_DIR / "widget"
DEMO_DIR = STATIC_DIR / "demo"
# The socket.io client comes from the npm registry (package.json), installed by `npm ci`.
VENDOR_FILES = {
    "socket.io.esm.min.js": settings.PROJECT_ROOT / "node_modules/socket.io-client/dist/socket.io.esm.min.js",
}
EMERGENCY_SERVICE_ID = "emergency_999"
TEXTABLE_CHANNELS = ("phone", "text")

blueprint = Blueprint("widget")


# --- what the browser is told ----------------------------------------------------------------


def first_contact(directory: Directory, service_id: str, channel: str) -> str:
    service = directory.services.get(service_id)
    contacts = service.verified_contacts(channel) if service else []
    return contacts[0].value if contacts else ""


def directory_numbers(directory: Directory) -> list[dict[str, str]]:
    """Every verified phone and text number in the directory, so the widget links exactly
    these (and not, say, an age or "option 2") as tel: and sms: links."""
    found: dict[str, str] = {}
    for _service, contact in directory.all_contacts():
        if contact.verified and contact.channel in TEXTABLE_CHANNELS:
            found.setdefault(contact.value, contact.channel)
    for card in directory.crisis.values():
        for line in card.lines:
            if line.channel in TEXTABLE_CHANNELS:
                found.setdefault(line.value, line.channel)
    return [{"number": number, "kind": kind} for number, kind in found.items()]


def widget_config(directory: Directory, bot_url: str) -> dict:
    hub = replies.hub(directory)
    greeting = replies.greeting()
    return {
        "bot_url": bot_url,
        "hub": {
            "name": hub.organisation_name,
            "phone": first_contact(directory, hub.id, "phone"),
            "email": first_contact(directory, hub.id, "email"),
            "web": first_contact(directory, hub.id, "web"),
        },
        "emergency_phone": first_contact(directory, EMERGENCY_SERVICE_ID, "phone"),
        "phone_numbers": directory_numbers(directory),
        "privacy_notice": replies.privacy_notice(settings.load().retention_days),
        "greeting": {
            "text": greeting.text,
            "buttons": [{"title": b.title, "payload": b.payload} for b in greeting.buttons],
        },
    }


async def current_directory() -> Directory:
    # The directory read may touch the database; keep it off the event loop.
    return await asyncio.get_running_loop().run_in_executor(None, queries.current)


# --- routes ----------------------------------------------------------------------------------


@blueprint.get("/widget/config.json")
async def config(_request):
    body = widget_config(await current_directory(), settings.load().rasa_url)
    # Any carers' website may embed the widget, and the config holds only public contacts.
    return response.json(body, headers={"Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache", **NO_SNIFFING})


@blueprint.get("/widget/vendor/<name:str>")
async def vendor(_request, name: str):
    path = VENDOR_FILES.get(name)
    if path is None:
        raise NotFound("No such file")
    if not path.exists():
        return response.text("The widget's npm packages are missing: run `npm ci` (make run does).", status=503)
    return await response.file(path, headers=_widget_file_headers(), mime_type="text/javascript")


@blueprint.get("/widget/<name:str>")
async def widget_file(_request, name: str):
    path = (WIDGET_DIR / name).resolve()
    if path.parent != WIDGET_DIR or not path.is_file():
        raise NotFound("No such file")
    mime_type = "text/javascript" if path.suffix == ".js" else None
    return await response.file(path, headers=_widget_file_headers(), mime_type=mime_type)


# Browsers must take each file as the type it is served as, never guess from its content.
NO_SNIFFING = {"X-Content-Type-Options": "nosniff"}


def _widget_file_headers() -> dict[str, str]:
    # Module scripts loaded from another site need CORS; no-cache makes browsers check
    # for a new version of the widget on every page load.
    return {"Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache", **NO_SNIFFING}


@blueprint.get("/demo/<name:str>")
async def demo_file(_request, name: str):
    path = (DEMO_DIR / name).resolve()
    if path.parent != DEMO_DIR or path.suffix != ".css" or not path.is_file():
        raise NotFound("No such file")
    return await response.file(path)


@blueprint.get("/")
async def demo_page(_request):
    """A plain carers' information page with the widget on it, as a carers' website would have."""
    bot_url = settings.load().rasa_url
    directory = await current_directory()
    hub = replies.hub(directory)
    phone = first_contact(directory, hub.id, "phone")
    values = {
        "bot_url": bot_url,
        "hub_name": hub.organisation_name,
        "hub_phone": phone,
        "hub_phone_tel": "tel:" + "".join(ch for ch in phone if ch.isdigit()),
        "hub_email": first_contact(directory, hub.id, "email"),
        "hub_web": first_contact(directory, hub.id, "web"),
    }
    page = Template((DEMO_DIR / "index.html").read_text(encoding="utf-8")).substitute(
        {key: html.escape(value, quote=True) for key, value in values.items()}
    )
    return response.html(page, headers={"Content-Security-Policy": content_security_policy(bot_url), **NO_SNIFFING})


def content_security_policy(bot_url: str) -> str:
    """Everything the demo page loads comes from this web app; it talks only to the bot.
    A browser that enforces this proves the widget makes no third-party requests."""
    parts = urlsplit(bot_url)
    web_socket_scheme = "wss" if parts.scheme == "https" else "ws"
    bot_origins = f"{parts.scheme}://{parts.netloc} {web_socket_scheme}://{parts.netloc}"
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        f"connect-src 'self' {bot_origins}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
