"""A carer's conversation through the widget on the demo page, with the real bot."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from bot import settings
from bot.dialogue import replies



def user_texts(tracker: dict) -> list[str]:
    return [event["text"] for event in tracker["events"] if event["event"] == "user"]


def test_quick_reply_and_typed_message_get_signposting_with_links(chat, bot, hub):
    chat.open_chat()
    expect(chat.panel).to_contain_text(replies.privacy_notice(settings.load().retention_days))
    expect(chat.quick_replies).to_have_count(len(replies.greeting().buttons))

    chat.watch_typing()
    chat.page.get_by_role("button", name="Money worries").click()
    expect(chat.user_messages.last).to_have_text("Money worries")
    money_reply = chat.wait_for_bot_text(hub.pattern, after=1)
    assert chat.typing_was_shown(), "no typing indicator while the bot was answering"
    expect(chat.typing).to_be_hidden()
    assert hub.phone in money_reply

    session_id = chat.stored()["sessionId"]
    tracker = bot.tracker(session_id)
    assert user_texts(tracker) == ["/financial_hardship"], "the quick reply's payload reaches the bot"
    intents = [e["parse_data"]["intent"]["name"] for e in tracker["events"] if e["event"] == "user"]
    assert intents == ["financial_hardship"]

    replies_before = chat.bot_messages.count()
    chat.send("I look after my mum and I need a break")
    expect(chat.input).to_have_value("")
    chat.wait_for_bot_text(hub.pattern, after=replies_before)
    expect(chat.user_messages.last).to_have_text("I look after my mum and I need a break")

    links = chat.links()
    hrefs = {link["href"] for link in links}
    assert hub.tel in hrefs, f"the hub's number is not a tel: link: {sorted(hrefs)}"
    assert f"mailto:{hub.email}" in hrefs
    web_links = [link for link in links if link["href"].startswith("https://")]
    assert web_links and all(link["target"] == "_blank" and "noopener" in link["rel"] for link in web_links)
    assert not any(href.startswith(("javascript:", "data:")) for href in hrefs)

    # The reply was also given to screen readers, through the polite live region.
    expect(chat.announcer).to_have_attribute("aria-live", "polite")
    expect(chat.announcer).to_contain_text(hub.phone)
    expect(chat.announcer).to_contain_text("New reply:")
    assert "https://" not in chat.announcer.inner_text(), "web addresses are read as 'link'"
    assert user_texts(bot.tracker(session_id))[-1] == "I look after my mum and I need a break"


def test_reload_keeps_the_conversation_and_start_again_clears_it(chat, bot, hub):
    chat.open_chat()
    chat.send("I need a break from caring for my dad")
    chat.wait_for_bot_text(hub.pattern, after=1)
    # The reply's last part, its question with the buttons, may arrive a moment after the rest.
    chat.wait_for_bot_text(re.escape(replies.refining_question("lambeth").text[:30]), after=1)
    before = chat.conversation()
    session_id = chat.stored()["sessionId"]

    chat.page.reload()
    expect(chat.panel).to_be_visible()  # it was open, so it opens again
    expect(chat.bot_messages).to_have_count(len([m for m in before if m[0] == "bot"]))
    assert chat.conversation() == before
    assert chat.stored()["sessionId"] == session_id
    expect(chat.quick_replies.first).to_be_visible()  # the last reply's buttons are back too

    # The same conversation carries on at the bot after the reload.
    replies_before = chat.bot_messages.count()
    chat.send("my dad has dementia")
    chat.wait_for_bot_text(hub.pattern, after=replies_before)
    assert user_texts(bot.tracker(session_id)) == ["I need a break from caring for my dad", "my dad has dementia"]

    # Start again asks first: "no" keeps everything, "yes" clears it.
    kept = chat.conversation()
    chat.page.once("dialog", lambda dialog: dialog.dismiss())
    chat.page.get_by_role("button", name="Start again").click()
    chat.page.wait_for_timeout(300)
    assert chat.conversation() == kept and chat.user_messages.count() == 2
    assert chat.stored()["sessionId"] == session_id
    asked = []
    chat.page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
    chat.page.get_by_role("button", name="Start again").click()
    expect(chat.user_messages).to_have_count(0)
    assert asked and "clears the chat" in asked[0]
    expect(chat.bot_messages).to_have_count(1)  # only the greeting
    expect(chat.quick_replies).to_have_count(len(replies.greeting().buttons))
    new_state = chat.stored()
    assert new_state["messages"] == [] and new_state["sessionId"] != session_id
    chat.page.reload()
    expect(chat.user_messages).to_have_count(0)


def test_user_text_is_shown_as_text_never_as_html(chat):
    chat.open_chat()
    attack = '<img src="x" onerror="window.__injected = 1"><b>bold</b> https://example.org'
    chat.send(attack)
    expect(chat.user_messages.last).to_have_text(attack)
    chat.wait_for_bot_text(r"\S", after=1)  # whatever the bot makes of it
    assert chat.page.evaluate("() => window.__injected === undefined")
    assert chat.page.locator(".messages .message.user img, .messages .message.user b").count() == 0
    assert chat.links(".messages .message.user") == [], "the carer's own words are never made into links"


def test_a_reply_about_several_needs_is_at_most_three_bubbles_before_the_carer_acts(chat, hub):
    chat.open_chat()
    before = chat.bot_messages.count()
    chat.send("My dad has dementia, I work full time and we are struggling with money. I need a break.")
    chat.wait_for_bot_text(re.escape(replies.refining_question("lambeth").text[:30]), after=before)
    chat.page.wait_for_timeout(500)  # nothing more is coming
    texts = [text for who, text in chat.conversation() if who == "bot"][before:]
    assert 1 <= len(texts) <= 3, texts
    assert any(hub.phone in text for text in texts)
