""""Leave this site quickly": one press, or Shift three times, forgets the chat and leaves."""
from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.conftest import EXIT_URL
from tests.browser.widget_page import STORAGE_KEY, WidgetPage



def start_conversation(chat: WidgetPage, hub) -> None:
    chat.open_chat()
    chat.send("I look after my mum and I need a break")
    chat.wait_for_bot_text(hub.pattern, after=1)
    assert chat.stored()["messages"], "nothing stored before leaving: the test would prove nothing"


def assert_left_and_forgotten(chat: WidgetPage) -> None:
    page = chat.page
    page.wait_for_url(EXIT_URL)
    expect(page.get_by_role("heading", name="Weather forecast")).to_be_visible()
    # The chat page's history entry was replaced: Back does not return to it.
    page.go_back()
    assert not page.url.startswith(chat.base_url), f"Back returned to the chat page: {page.url}"
    # Same tab, same site again: the tab's storage no longer holds the conversation.
    page.goto(chat.base_url + "/")
    expect(chat.toggle).to_be_visible()
    assert page.evaluate(f"() => sessionStorage.getItem('{STORAGE_KEY}')") is None
    assert page.evaluate(f"() => localStorage.getItem('{STORAGE_KEY}')") is None
    expect(chat.panel).to_be_hidden()
    chat.open_chat()
    expect(chat.user_messages).to_have_count(0)


def test_leave_button_clears_the_chat_and_replaces_the_page(chat, hub):
    start_conversation(chat, hub)
    expect(chat.leave).to_be_visible()
    expect(chat.leave).to_be_in_viewport()
    chat.leave.click()
    assert_left_and_forgotten(chat)


def test_escape_only_closes_the_panel_however_often_it_is_pressed(chat, hub):
    start_conversation(chat, hub)
    chat.input.focus()
    chat.page.keyboard.press("Escape")
    expect(chat.panel).to_be_hidden()
    chat.page.keyboard.press("Escape")
    chat.page.keyboard.press("Escape")
    assert chat.page.url.startswith(chat.base_url), "Escape must never leave the site"
    assert chat.stored()["messages"]


def test_shift_three_times_leaves_but_typing_capitals_does_not(chat, hub):
    start_conversation(chat, hub)
    chat.input.focus()
    for letter in "IAO":  # Shift held down to type each capital letter, three times
        chat.page.keyboard.down("Shift")
        chat.page.keyboard.press(f"Key{letter}")
        chat.page.keyboard.up("Shift")
    chat.page.wait_for_timeout(300)
    assert chat.page.url.startswith(chat.base_url), "typing capital letters must not leave"
    assert chat.input.input_value().endswith("IAO")
    for _ in range(3):
        chat.page.keyboard.press("Shift")
    assert_left_and_forgotten(chat)


def test_leave_button_is_visible_with_the_panel_open_on_a_phone(new_context, web_app):
    chat = WidgetPage.open(new_context(viewport={"width": 320, "height": 640}).new_page(), web_app.base)
    chat.open_chat()
    expect(chat.leave).to_be_in_viewport(ratio=1)
    expect(chat.input).to_be_in_viewport(ratio=1)
