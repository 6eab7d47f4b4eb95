"""Browser tests of the chat widget: Debian's Chromium, driven headless by Playwright,
against the real web app, the real Rasa server and the real trained model.

Playwright only drives the browser here; it never downloads one (no `playwright install`).
"""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT
from tests.support.ports import free_port
from tests.support.web_app import start_web_app, WebApp
from playwright.sync_api import expect

# A loaded CI machine (two cores, Rasa and the browser side by side) can take longer than
# Playwright's default 5 s to show a change; waiting longer costs nothing when it is fast.
expect.set_options(timeout=30_000)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Needed as root in this closed network: without the background-networking flags
# Chromium's own connections are refused and slow everything down.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
NODE_MODULES = PROJECT_ROOT / "node_modules"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
EXIT_URL = "https://www.bbc.co.uk/weather"
NEUTRAL_PAGE = "<!doctype html><html lang='en'><title>Weather</title><h1>Weather forecast</h1></html>"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}


@pytest.fixture(scope="session")
def browser_tools():
    """Chromium and the npm packages; skips, saying why, when either is missing."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it: apt-get install chromium chromium-driver)")
    if not (NODE_MODULES / "socket.io-client").is_dir() or not AXE_SCRIPT.exists():
        pytest.skip("the npm packages are missing: run `npm ci` (make test does it)")
    return True


@pytest.fixture(scope="session")
def browser(browser_tools):
    from playwright.sync_api import expect, sync_playwright

    playwright = sync_playwright().start()
    # Playwright gives every launch a fresh temporary --user-data-dir.
    launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield launched
    launched.close()
    playwright.stop()


@pytest.fixture(scope="session")
def web_app(stack, tmp_path_factory) -> WebApp:
    """The web app (demo page, widget files) talking to the test Rasa server."""
    started = start_web_app(None, tmp_path_factory.mktemp("web-app"), env=stack.env,
                            RASA_URL=f"http://127.0.0.1:{stack.rasa_port}")
    yield started
    started.supervisor.stop()


@pytest.fixture(scope="session")
def web_app_without_bot(tmp_path_factory) -> WebApp:
    """The web app with its directory, pointed at an address where no bot listens."""
    from bot.directory import loader
    from bot.storage.tables import create_tables

    directory = tmp_path_factory.mktemp("no-bot")
    database_url = f"sqlite:///{directory / 'bot.db'}"
    create_tables(database_url)
    loader.sync(url=database_url)
    nothing_listens = f"http://127.0.0.1:{free_port()}"
    started = start_web_app(database_url, directory / "logs", RASA_URL=nothing_listens)
    yield started
    started.supervisor.stop()


@pytest.fixture
def new_context(browser):
    """Makes browser contexts (fresh storage each) in which the neutral exit site is
    served locally, since this network reaches no outside site."""
    contexts = []

    def make(**options):
        options.setdefault("viewport", DESKTOP)
        context = browser.new_context(**options)
        context.route(EXIT_URL + "**", lambda route: route.fulfill(
            status=200, content_type="text/html", body=NEUTRAL_PAGE))
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def chat(new_context, web_app):
    """The demo page at desktop size, with the widget loaded."""
    from tests.browser.widget_page import WidgetPage

    return WidgetPage.open(new_context().new_page(), web_app.base)


@dataclass(frozen=True)
class HubContacts:
    name: str
    phone: str
    email: str
    emergency_phone: str

    @property
    def tel(self) -> str:
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit())

    @property
    def pattern(self) -> str:
        """Matches a bot reply that hands on to Carers' Hub: every signposting reply does."""
        return re.escape(self.phone)


@pytest.fixture(scope="session")
def hub() -> HubContacts:
    """Carers' Hub Lambeth's verified contacts, read from the directory files the test
    servers loaded: what the widget shows must match these, not a number in a test."""
    from bot.dialogue import replies
    from bot.directory.schema import read_directory

    directory = read_directory()
    service = replies.hub(directory)
    return HubContacts(
        name=service.organisation_name,
        phone=service.verified_contacts("phone")[0].value,
        email=service.verified_contacts("email")[0].value,
        emergency_phone=directory.services["emergency_999"].verified_contacts("phone")[0].value,
    )
