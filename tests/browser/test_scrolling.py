"""Where the conversation log is scrolled to: a new reply is read from its first line, and
a reloaded conversation opens at its latest message. On a phone the log shows only a few
lines, so scrolling to the wrong place hides "call 999" at the top of a crisis card."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.browser.widget_page import WidgetPage

SMALL_PHONE = {"width": 360, "height": 640}

# Where a bot message's first line and the log's visible box are, in page pixels.
FIRST_LINE = """(index) => {
  const root = document.querySelector('#lambeth-carers-chat').shadowRoot;
  const log = root.querySelector('.log');
  const text = [...root.querySelectorAll('.messages .message.bot .text')].at(index);
  const range = document.createRange();
  range.selectNodeContents(text);
  const line = [...range.getClientRects()].find(r => r.height > 0);
  const box = log.getBoundingClientRect();
  return { line: [line.top, line.bottom], log: [box.top + log.clientTop, box.top + log.clientTop + log.clientHeight],
           scrollTop: log.scrollTop, overflow: log.scrollHeight - log.clientHeight };
}"""

# Whether the end of a message (by its place among all messages) is in the log's box.
MESSAGE_SHOWN = """(index) => {
  const root = document.querySelector('#lambeth-carers-chat').shadowRoot;
  const log = root.querySelector('.log');
  const message = [...root.querySelectorAll('.log .messages .message')].at(index);
  const box = log.getBoundingClientRect();
  const top = box.top + log.clientTop;
  const bottom = top + log.clientHeight;
  const item = message.getBoundingClientRect();
  return item.height > 0 && item.bottom > top + 1 && item.bottom <= bottom + 1;
}"""


def log_overflow(chat: WidgetPage) -> int:
    return chat.page.evaluate("""() => { const log = document.querySelector('#lambeth-carers-chat').shadowRoot
        .querySelector('.log'); return log.scrollHeight - log.clientHeight; }""")


def reply_settled(chat: WidgetPage, pattern: str, after: int) -> int:
    """Waits for a bot message after the first `after` that matches, and for the rest of
    the reply; returns the matching message's index."""
    chat.wait_for_bot_text(pattern, after=after)
    chat.page.wait_for_timeout(1500)  # the rest of the reply, if any, has come
    texts = chat.bot_messages.all_inner_texts()
    return next(i for i in range(after, len(texts)) if re.search(pattern, texts[i], re.I))


def test_a_crisis_card_stays_in_view_from_its_first_line_on_a_small_phone(new_context, web_app, hub):
    chat = WidgetPage.open(new_context(viewport=SMALL_PHONE).new_page(), web_app.base)
    chat.open_chat()
    chat.send("I look after my mum and I need a break")
    reply_settled(chat, hub.pattern, 1)

    # Danger beside other needs: the crisis card comes first, then the signposting in a
    # bubble of its own, which must not scroll the card away.
    before = chat.bot_messages.count()
    chat.send("My dad has dementia and we have no money and I want to kill myself")
    card = reply_settled(chat, rf"(?<!\d){re.escape(hub.emergency_phone)}(?!\d)", before)
    assert card == before, "the crisis card is not the reply's first bubble"
    assert chat.bot_messages.count() > card + 1, "no bubble follows the crisis card: the test shows nothing"
    assert log_overflow(chat) > 0, "the conversation fits without scrolling: the test shows nothing"

    where = chat.page.evaluate(FIRST_LINE, card)
    (line_top, line_bottom), (view_top, view_bottom) = where["line"], where["log"]
    assert view_top - 1 <= line_top and line_bottom <= view_bottom + 1, f"the card's first line is out of view: {where}"
    # The emergency number near the top of the card is in view too.
    emergency = chat.bot_messages.nth(card).locator(f'a[href="tel:{hub.emergency_phone}"]').first
    box = emergency.bounding_box()
    assert view_top - 1 <= box["y"] and box["y"] + box["height"] <= view_bottom + 1, (box, where)


def test_a_reloaded_conversation_opens_at_its_latest_message(new_context, web_app, hub):
    page = new_context(viewport=SMALL_PHONE).new_page()
    chat = WidgetPage.open(page, web_app.base)
    chat.open_chat()
    for words in ("I look after my mum and I need a break", "we are struggling with money", "my mum has dementia"):
        before = chat.bot_messages.count()
        chat.send(words)
        reply_settled(chat, hub.pattern, before)
    assert log_overflow(chat) > 0, "the conversation fits without scrolling: the test shows nothing"
    count = len(chat.conversation())

    page.reload()
    expect(chat.panel).to_be_visible()  # it was open, so it opens again
    expect(page.locator(".log .messages .message")).to_have_count(count)
    chat.settle()
    page.wait_for_timeout(300)  # the stylesheet and fonts have been applied
    assert log_overflow(chat) > 0
    assert page.evaluate(MESSAGE_SHOWN, -1), "after the reload the latest message is out of view"

    # Closed and opened again, it is still at the latest message.
    page.locator(".close").click()
    chat.open_chat()
    assert page.evaluate(MESSAGE_SHOWN, -1), "after opening again the latest message is out of view"
