"""`make screenshots`: pictures of the chat widget on the demo page, for a person to look at.

Starts the real servers (as the tests do, with a throwaway database), has a short
conversation in Debian's headless Chromium at 1280 and 360 px wide, and writes
reports/widget-<width>-closed.png and reports/widget-<width>-open.png.
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from bot import training
from bot.settings import PROJECT_ROOT
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE
from tests.support.stack import start_stack
from tests.support.web_app import start_web_app

REPORTS = PROJECT_ROOT / "reports"
MESSAGE = "I look after my mum and I need a break"


def take(browser, base_url: str, viewport: dict[str, int], hub_phone: str) -> list[Path]:
    from tests.browser.widget_page import WidgetPage

    context = browser.new_context(viewport=viewport)
    try:
        chat = WidgetPage.open(context.new_page(), base_url)
        closed = REPORTS / f"widget-{viewport['width']}-closed.png"
        chat.page.screenshot(path=str(closed))
        chat.open_chat()
        chat.send(MESSAGE)
        chat.wait_for_bot_text(re.escape(hub_phone), after=1)
        chat.page.wait_for_timeout(1500)  # let the rest of the turn arrive, for a complete picture
        opened = REPORTS / f"widget-{viewport['width']}-open.png"
        chat.page.screenshot(path=str(opened))
        return [closed, opened]
    finally:
        context.close()


def main() -> int:
    from playwright.sync_api import sync_playwright

    from bot.dialogue import replies
    from bot.directory.schema import read_directory

    if not Path(CHROMIUM).exists():
        print("Debian's chromium is needed: apt-get install chromium", file=sys.stderr)
        return 1
    hub_phone = replies.hub(read_directory()).verified_contacts("phone")[0].value
    REPORTS.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="widget-screenshots-"))
    print("Starting the bot (about a minute)...", flush=True)
    stack = start_stack(work, training.ensure_trained(), f"sqlite:///{work / 'bot.db'}")
    web_app = None
    try:
        web_app = start_web_app(None, work / "web-logs", env=stack.env, RASA_URL=f"http://127.0.0.1:{stack.rasa_port}")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            try:
                for viewport in (DESKTOP, PHONE):
                    for path in take(browser, web_app.base, viewport, hub_phone):
                        print(f"Wrote {path.relative_to(PROJECT_ROOT)}")
            finally:
                browser.close()
    finally:
        if web_app is not None:
            web_app.supervisor.stop()
        stack.supervisor.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
