"""Keyboard only: every step of a conversation by keys, with the focus always visible and
never hidden by the widget (WCAG 2.2: 2.1.1, 2.4.7, 2.4.11)."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.widget_page import WidgetPage

MAX_TABS = 60


def assert_focus_shown(chat: WidgetPage) -> dict:
    focus = chat.focus()
    assert focus is not None, "keyboard focus was lost to the page body"
    assert focus["outline"] or focus["shadow"], f"no visible focus indicator on {focus}"
    assert focus["coveredPoints"] == 0, f"the focused element is (partly) hidden: {focus}"
    return focus


def tab_until(chat: WidgetPage, class_part: str, text: str = "", backwards: bool = False) -> dict:
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(MAX_TABS):
        chat.page.keyboard.press(key)
        focus = assert_focus_shown(chat)
        if class_part in focus["className"] and text in focus["text"]:
            return focus
    raise AssertionError(f"never reached .{class_part} {text!r} by {key}")


def test_a_whole_conversation_by_keyboard(chat, hub):
    page = chat.page
    # The widget's bar comes first on the page: "Leave this site quickly" is the first stop.
    page.keyboard.press("Tab")
    assert "leave" in assert_focus_shown(chat)["className"]
    page.keyboard.press("Tab")
    assert "toggle" in assert_focus_shown(chat)["className"]
    page.keyboard.press("Enter")
    expect(chat.panel).to_be_visible()
    assert "message-input" in assert_focus_shown(chat)["className"], "opening the chat puts focus in the message box"

    page.keyboard.type("I need a break from caring")
    page.keyboard.press("Enter")
    chat.wait_for_bot_text(hub.pattern, after=1)
    assert "message-input" in assert_focus_shown(chat)["className"]

    # Back through the reply's links to its buttons, and pick one with the keyboard. The
    # buttons come with the bot's last message of the turn, which may arrive a moment later.
    expect(page.locator(".quick-reply").first).to_be_visible(timeout=60_000)
    choice = tab_until(chat, "quick-reply", backwards=True)["text"]
    replies_before = chat.bot_messages.count()
    page.keyboard.press("Enter")
    expect(chat.user_messages.last).to_have_text(choice)
    chat.wait_for_bot_text(r"\S", after=replies_before)
    assert "message-input" in assert_focus_shown(chat)["className"], "after a quick reply, focus stays in the chat"

    # Every control in the panel can be reached, and none hides the focus.
    tab_until(chat, "send")
    tab_until(chat, "close", backwards=True)
    tab_until(chat, "start-again", backwards=True)
    page.keyboard.press("Escape")
    expect(chat.panel).to_be_hidden()
    assert "toggle" in assert_focus_shown(chat)["className"], "closing returns focus to the chat button"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280px", "360px"])
def test_the_open_panel_never_hides_the_focused_part_of_the_page(new_context, web_app, viewport):
    chat = WidgetPage.open(new_context(viewport=viewport).new_page(), web_app.base)
    chat.open_chat()
    page_stops = []
    for _ in range(MAX_TABS):
        chat.page.keyboard.press("Tab")
        focus = assert_focus_shown(chat)
        if not focus["inWidget"]:
            page_stops.append(focus["text"])
        if focus["text"] == "Back to top":  # the page's last link
            break
    assert "Back to top" in page_stops and len(page_stops) >= 15, page_stops


def test_controls_are_big_enough_to_press(chat):
    chat.open_chat()
    sizes = chat.page.evaluate("""() => [...document.querySelector('#lambeth-carers-chat').shadowRoot
        .querySelectorAll('button, textarea, [tabindex]')].filter(e => e.offsetParent !== null)
        .map(e => { const b = e.getBoundingClientRect(); return [e.className, b.width, b.height]; })""")
    assert len(sizes) >= 8
    small = [size for size in sizes if size[1] < 24 or size[2] < 24]
    assert not small, f"targets under 24 by 24 px (WCAG 2.5.8): {small}"
