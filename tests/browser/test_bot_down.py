"""When the Rasa server cannot be reached the widget says so and gives Carers' Hub's
number from the directory, instead of failing silently."""
from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.widget_page import WidgetPage


def test_bot_down_shows_the_hub_number_and_keeps_what_was_typed(new_context, web_app_without_bot, hub):
    chat = WidgetPage.open(new_context().new_page(), web_app_without_bot.base)
    chat.open_chat()

    notice = chat.notices.last
    expect(notice).to_contain_text("not working")
    expect(notice).to_contain_text(hub.phone)
    links = {link["href"] for link in chat.links(".message.notice")}
    assert hub.tel in links and f"mailto:{hub.email}" in links
    assert f"tel:{hub.emergency_phone}" in links
    expect(chat.announcer).to_contain_text(hub.phone)
    expect(chat.page.locator(".status")).to_contain_text("Not connected")

    chat.send("I need help with money")
    expect(chat.input).to_have_value("I need help with money")  # nothing the carer wrote is lost
    expect(chat.user_messages).to_have_count(0)
    expect(chat.typing).to_be_hidden()
    expect(chat.notices).to_have_count(1)  # said again to screen readers, not repeated on screen
