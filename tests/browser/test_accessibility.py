"""WCAG 2.2 AA checks in the browser: an axe-core scan, a 320 px screen at 200% text
size, and no movement for people who ask for reduced motion."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import AXE_SCRIPT, DESKTOP, PHONE
from tests.browser.widget_page import WidgetPage

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_problems(page, impacts=("serious", "critical")) -> list[str]:
    results = page.evaluate(
        "(tags) => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })",
        WCAG_TAGS,
    )
    assert results["passes"] or results["violations"], "axe checked nothing"
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"] if v["impact"] in impacts
    ]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280px", "360px"])
def test_axe_finds_no_serious_problems_closed_open_and_mid_conversation(new_context, web_app, hub, viewport):
    context = new_context(viewport=viewport)
    context.add_init_script(path=str(AXE_SCRIPT))  # init scripts are allowed by the page's CSP
    chat = WidgetPage.open(context.new_page(), web_app.base)
    assert chat.page.evaluate("() => typeof axe.run") == "function"
    assert axe_problems(chat.page) == [], "with the chat closed"

    chat.open_chat()
    assert axe_problems(chat.page) == [], "with the chat open"

    chat.send("I'm 15 and my mum has depression and we can't afford food")
    chat.wait_for_bot_text(hub.pattern, after=1)
    expect(chat.quick_replies.first).to_be_visible()
    assert axe_problems(chat.page) == [], "with replies, links and buttons on screen"


def page_widths(page) -> dict:
    return page.evaluate("""() => {
      const root = document.querySelector('#lambeth-carers-chat').shadowRoot;
      const box = (selector) => { const e = root.querySelector(selector); return [e.scrollWidth, e.clientWidth]; };
      return { page: [document.documentElement.scrollWidth, innerWidth], panel: box('.panel'), log: box('.log'),
               composer: box('.composer'), header: box('.panel-header') };
    }""")


# Text size is the browser's default font size (16 px normally); 32 is 200%.
@pytest.mark.parametrize("width, height, text_px", [(320, 640, 16), (360, 740, 32), (320, 640, 32)],
                         ids=["320px", "360px-200%-text", "320px-200%-text"])
def test_small_screens_and_large_text_lose_nothing(new_context, web_app, hub, width, height, text_px):
    page = new_context(viewport={"width": width, "height": height}).new_page()
    page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": text_px, "fixed": 13}})
    chat = WidgetPage.open(page, web_app.base)
    assert page.evaluate("""() => parseFloat(getComputedStyle(document.querySelector('#lambeth-carers-chat')
        .shadowRoot.querySelector('.dock')).fontSize)""") == text_px, "the text size setting did not reach the widget"

    chat.open_chat()
    chat.send("I need a break")
    chat.wait_for_bot_text(hub.pattern, after=1)
    # Nothing is cut off or needs sideways scrolling (WCAG 1.4.4 Resize text, 1.4.10 Reflow).
    for name, (content, box) in page_widths(page).items():
        assert content <= box, f"{name} is wider than the screen: {page_widths(page)}"
    for control in (chat.leave, chat.input, page.locator(".send"), page.locator(".close"),
                    page.locator(".start-again"), chat.quick_replies.first):
        control.scroll_into_view_if_needed()
        expect(control).to_be_in_viewport(ratio=1)
    # The reply can be read, and the hub's number is a link the carer can reach.
    number = page.locator(f'.messages a[href="{hub.tel}"]').last
    number.scroll_into_view_if_needed()
    expect(number).to_be_in_viewport(ratio=1)
    # Everything fits on the screen at once: nothing needs the panel itself to scroll.
    assert page.evaluate("""() => { const panel = document.querySelector('#lambeth-carers-chat').shadowRoot
        .querySelector('.panel'); return panel.scrollHeight <= panel.clientHeight; }""")


@pytest.mark.parametrize("motion, moves", [("reduce", False), ("no-preference", True)])
def test_no_movement_when_the_reader_asks_for_less(new_context, web_app, motion, moves):
    chat = WidgetPage.open(new_context(reduced_motion=motion).new_page(), web_app.base)
    chat.open_chat()
    animations = chat.page.evaluate("""() => {
      const root = document.querySelector('#lambeth-carers-chat').shadowRoot;
      return [...root.querySelectorAll('.dot, .panel')].map(e => getComputedStyle(e).animationName);
    }""")
    assert len(animations) == 4
    if moves:
        assert all(name != "none" for name in animations), animations
    else:
        assert all(name == "none" for name in animations), animations
