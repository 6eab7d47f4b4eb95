"""The widget in the bot's languages: every bubble and button says which language it is
in (`lang`), so screen readers speak it with the right voice, and the Language control in
the panel's header switches the conversation by mouse or by keyboard (issue 15)."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from bot import languages
from bot.dialogue import replies
from bot.dialogue.translations import translate
from tests.browser.conftest import AXE_SCRIPT, DESKTOP, PHONE
from tests.browser.test_accessibility import axe_problems
from tests.browser.test_keyboard import assert_focus_shown, tab_until
from tests.browser.test_quick_exit import assert_left_and_forgotten
from tests.browser.widget_page import WidgetPage

BUBBLES = "#carers-chat-panel .messages .message"
POLISH_NOW = translate(replies.NOW_IN_THIS_LANGUAGE, "pl")
# "I look after my mum, who has dementia, and I really need a break", in Polish (as in
# tests/integration/test_languages_conversation.py).
POLISH_MESSAGE = "Opiekuję się mamą, która ma demencję, i bardzo potrzebuję przerwy"


def language_button(chat: WidgetPage):
    return chat.page.get_by_role("button", name="Language", exact=True)


def language_list(chat: WidgetPage):
    return chat.page.locator("#carers-chat-languages")


def choice(chat: WidgetPage, name: str):
    return chat.page.locator(".language-choice", has_text=name)


def bot_bubble_index(chat: WidgetPage, pattern: str, after: int) -> int:
    """Waits for a bot bubble after the first `after` that matches; returns its index."""
    chat.wait_for_bot_text(pattern, after=after)
    texts = chat.bot_messages.all_inner_texts()
    return next(i for i in range(after, len(texts)) if re.search(pattern, texts[i], re.I))


def choose_polish_by_mouse(chat: WidgetPage) -> int:
    """Picks Polski from the Language control; returns the index of the bot's Polish reply."""
    before = chat.bot_messages.count()
    language_button(chat).click()
    expect(language_list(chat)).to_be_visible()
    choice(chat, "Polski").click()
    return bot_bubble_index(chat, "^" + re.escape(POLISH_NOW), before)


def user_texts(tracker: dict) -> list[str]:
    return [event["text"] for event in tracker["events"] if event["event"] == "user"]


def test_the_control_lists_each_language_in_itself(chat):
    chat.open_chat()
    button = language_button(chat)
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(language_list(chat)).to_be_hidden()
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(language_list(chat)).to_be_visible()
    choices = chat.page.locator(".language-choice")
    expect(choices).to_have_count(len(languages.SPOKEN))
    for index, (code, name) in enumerate(languages.SPOKEN.items()):
        expect(choices.nth(index)).to_have_text(name)
        expect(choices.nth(index)).to_have_attribute("lang", code)
    # The conversation starts in English: the greeting, its buttons and the control say so.
    expect(chat.page.locator(f"{BUBBLES}.bot").first).to_have_attribute("lang", "en")
    expect(chat.quick_replies.first).to_have_attribute("lang", "en")
    expect(choice(chat, "English")).to_have_attribute("aria-current", "true")
    # A click elsewhere folds the list away.
    chat.input.click()
    expect(language_list(chat)).to_be_hidden()
    expect(button).to_have_attribute("aria-expanded", "false")


def test_choosing_polski_gets_a_polish_reply_marked_as_polish(chat, bot):
    chat.open_chat()
    reply = choose_polish_by_mouse(chat)

    # The carer's bubble shows the language's name, not the payload, and is itself Polish.
    expect(chat.user_messages.last).to_have_text("Polski")
    expect(chat.page.locator(f"{BUBBLES}.user").last).to_have_attribute("lang", "pl")
    # The bot's reply is in Polish and marked so, as are the buttons that came with it.
    bubble = chat.page.locator(f"{BUBBLES}.bot").nth(reply)
    expect(bubble).to_have_attribute("lang", "pl")
    expect(bubble.locator(".text")).to_have_text(re.compile("^" + re.escape(POLISH_NOW)))
    expect(chat.quick_replies.first).to_be_visible()
    for button in chat.quick_replies.all():
        expect(button).to_have_attribute("lang", "pl")
    # The list has gone, the keyboard focus is in the message box, and Polski is current.
    expect(language_list(chat)).to_be_hidden()
    assert "message-input" in chat.focused_element_class()
    expect(choice(chat, "Polski")).to_have_attribute("aria-current", "true")
    expect(choice(chat, "English")).not_to_have_attribute("aria-current", "true")

    # The bot got the same message as from its own button for a language.
    tracker = bot.tracker(chat.stored()["sessionId"])
    assert user_texts(tracker) == ['/choose_language{"language": "pl"}']
    assert tracker["slots"].get("language") == "pl"


def test_after_choosing_polski_the_carers_typed_message_is_marked_polish_and_kept_so(chat):
    chat.open_chat()
    reply = choose_polish_by_mouse(chat)

    before = chat.bot_messages.count()
    chat.send(POLISH_MESSAGE)
    expect(chat.user_messages.last).to_have_text(POLISH_MESSAGE)
    expect(chat.page.locator(f"{BUBBLES}.user").last).to_have_attribute("lang", "pl")
    chat.wait_for_bot_text(r"\S", after=before)
    chat.page.wait_for_timeout(1500)  # the rest of the reply, if any, has come
    expect(chat.page.locator(f"{BUBBLES}.bot").nth(before)).to_have_attribute("lang", "pl")
    shown = chat.page.evaluate(f"""() => [...document.querySelector('#lambeth-carers-chat').shadowRoot
        .querySelectorAll('{BUBBLES}')].map(m => [m.classList[1], m.getAttribute('lang')])""")
    assert shown[0] == ["bot", "en"], "the greeting is English"
    assert [lang for who, lang in shown if who == "user"] == ["pl", "pl"], shown
    assert [lang for who, lang in shown if who == "bot"][reply] == "pl", shown
    # Each message is stored with its language.
    assert [m["lang"] for m in chat.stored()["messages"]] == [lang for _who, lang in shown[1:]]

    # A reload restores every bubble with its language, and the control still shows Polski.
    chat.page.reload()
    expect(chat.panel).to_be_visible()
    expect(chat.page.locator(BUBBLES)).to_have_count(len(shown))
    restored = chat.page.evaluate(f"""() => [...document.querySelector('#lambeth-carers-chat').shadowRoot
        .querySelectorAll('{BUBBLES}')].map(m => [m.classList[1], m.getAttribute('lang')])""")
    assert restored == shown
    expect(choice(chat, "Polski")).to_have_attribute("aria-current", "true")
    chat.send("Dziękuję")
    expect(chat.page.locator(f"{BUBBLES}.user").last).to_have_attribute("lang", "pl")


def test_the_control_by_keyboard_alone(chat):
    page = chat.page
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert "toggle" in assert_focus_shown(chat)["className"]
    page.keyboard.press("Enter")
    expect(chat.panel).to_be_visible()
    chat.settle()
    assert "message-input" in assert_focus_shown(chat)["className"]

    # Back to the Language button; Enter shows the list and leaves focus on the button.
    tab_until(chat, "language-toggle", backwards=True)
    page.keyboard.press("Enter")
    expect(language_list(chat)).to_be_visible()
    expect(language_button(chat)).to_have_attribute("aria-expanded", "true")
    assert "language-toggle" in assert_focus_shown(chat)["className"], "opening the list must not move focus"

    # Escape folds the list away and returns to its button; the panel stays open.
    page.keyboard.press("Tab")
    focus = assert_focus_shown(chat)
    assert "language-choice" in focus["className"] and focus["text"] == "English"
    page.keyboard.press("Escape")
    expect(language_list(chat)).to_be_hidden()
    expect(chat.panel).to_be_visible()
    assert "language-toggle" in assert_focus_shown(chat)["className"]

    # Tabbing on past the list folds it away, so it never covers what comes next.
    page.keyboard.press("Space")
    expect(language_list(chat)).to_be_visible()
    tab_until(chat, "close")
    expect(language_list(chat)).to_be_hidden()

    # Choosing Polski by keyboard: the choice is sent, and focus goes to the message box.
    tab_until(chat, "language-toggle", backwards=True)
    page.keyboard.press("Enter")
    before = chat.bot_messages.count()
    tab_until(chat, "language-choice", "Polski")
    page.keyboard.press("Enter")
    expect(chat.user_messages.last).to_have_text("Polski")
    expect(language_list(chat)).to_be_hidden()
    assert "message-input" in assert_focus_shown(chat)["className"]
    reply = bot_bubble_index(chat, "^" + re.escape(POLISH_NOW), before)
    expect(chat.page.locator(f"{BUBBLES}.bot").nth(reply)).to_have_attribute("lang", "pl")
    assert "message-input" in assert_focus_shown(chat)["className"], "the reply must not move focus"

    # Escape with the list closed still closes the panel, as everywhere in it.
    tab_until(chat, "language-toggle", backwards=True)
    page.keyboard.press("Escape")
    expect(chat.panel).to_be_hidden()
    assert "toggle" in assert_focus_shown(chat)["className"]


def test_shift_three_times_leaves_from_the_language_list(chat):
    chat.open_chat()
    language_button(chat).click()
    choice(chat, "Español").focus()
    for _ in range(3):
        chat.page.keyboard.press("Shift")
    assert_left_and_forgotten(chat)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280px", "360px"])
def test_the_control_fits_and_axe_finds_no_serious_problems(new_context, web_app, viewport):
    context = new_context(viewport=viewport)
    context.add_init_script(path=str(AXE_SCRIPT))
    chat = WidgetPage.open(context.new_page(), web_app.base)
    chat.open_chat()
    header = chat.page.evaluate("""() => { const root = document.querySelector('#lambeth-carers-chat').shadowRoot;
        const h = root.querySelector('.panel-header'); const buttons = [...h.querySelectorAll('.start-again, .language-toggle, .close')];
        return { fits: h.scrollWidth <= h.clientWidth, rows: new Set(buttons.map(b => Math.round(b.getBoundingClientRect().top))).size }; }""")
    assert header["fits"], "the header is wider than the panel"
    assert header["rows"] == 1, "Start again, Language and Close no longer share one row"
    for control in (language_button(chat), chat.page.locator(".start-again"), chat.page.locator(".close"), chat.input):
        expect(control).to_be_in_viewport(ratio=1)

    language_button(chat).click()
    expect(language_list(chat)).to_be_visible()
    for name in languages.SPOKEN.values():
        expect(choice(chat, name)).to_be_in_viewport(ratio=1)
    assert axe_problems(chat.page) == [], "with the language list open"

    before = chat.bot_messages.count()
    choice(chat, "Polski").click()
    bot_bubble_index(chat, "^" + re.escape(POLISH_NOW), before)
    expect(chat.quick_replies.first).to_be_visible()
    assert axe_problems(chat.page) == [], "with Polish bubbles and buttons on screen"
