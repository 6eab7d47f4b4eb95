"""Replies for SMS and WhatsApp: numbered options, no markdown, parts under Twilio's limit."""
from __future__ import annotations

import pytest

from bot.channels import plain_text
from bot.channels.plain_text import chosen_payload, length, render, split, without_markdown, MAX_PART_LENGTH
from bot.dialogue import replies
from bot.directory.schema import read_directory
from bot.safety import KINDS as CRISIS_KINDS

DIRECTORY = read_directory()
SIGNPOSTING = replies.signposting(DIRECTORY, ["breaks_respite"])
# The options as an SMS shows them, from the reply itself (its button titles may change).
SIGNPOSTING_OPTIONS = "\n".join(f"Reply {n} for {b.title}" for n, b in enumerate(SIGNPOSTING.buttons, start=1))


def as_message(reply: replies.Reply) -> dict:
    """A Reply as Rasa hands it to an output channel."""
    return {"text": reply.text, "buttons": [{"title": b.title, "payload": b.payload} for b in reply.buttons]}


def test_buttons_become_a_numbered_list_after_the_text():
    [body] = render(as_message(SIGNPOSTING))
    assert len(SIGNPOSTING.buttons) >= 2
    assert body == SIGNPOSTING.text + "\n\n" + SIGNPOSTING_OPTIONS
    assert not any(b.payload in body for b in SIGNPOSTING.buttons)


def test_quick_replies_are_numbered_like_buttons():
    [body] = render({"text": "Delete it?", "quick_replies": [{"title": "Yes", "payload": "/affirm"},
                                                             {"title": "No", "payload": "/deny"}]})
    assert body == "Delete it?\n\nReply 1 for Yes\nReply 2 for No"


@pytest.mark.parametrize("reply, index", [("1", 0), ("2", 1), (" 2 ", 1), ("2.", 1), ("#1", 0), ("1)", 0)])
def test_a_number_picks_that_option(reply, index):
    assert chosen_payload(reply, as_message(SIGNPOSTING)["buttons"]) == SIGNPOSTING.buttons[index].payload


@pytest.mark.parametrize("reply", ["0", "9", "12", "1 2", "one", "1 please call", "", "-1", "1.5"])
def test_anything_else_is_not_a_choice(reply):
    assert chosen_payload(reply, as_message(SIGNPOSTING)["buttons"]) is None


def test_a_number_with_no_options_on_offer_is_not_a_choice():
    assert chosen_payload("1", []) is None


def test_markdown_becomes_plain_text():
    text = ("## Help\n**Carers' Hub** can help. See [their site](https://carershub.org.uk) or *call* them.\n"
            "* one\n+ two\n`code`")
    assert without_markdown(text) == (
        "Help\nCarers' Hub can help. See their site (https://carershub.org.uk) or call them.\n- one\n- two\ncode")


def test_plain_text_with_stars_and_underscores_is_left_alone():
    text = "Press * then 1. Email first_name@example.org, 5 * 3"
    assert without_markdown(text) == text


def test_the_real_replies_have_no_markdown_to_remove():
    for reply in (SIGNPOSTING, replies.crisis(DIRECTORY, ["suicidal"]), replies.greeting()):
        assert without_markdown(reply.text) == reply.text.strip()


def test_a_short_reply_is_one_part():
    assert split("Hello.\n\nBye.") == ["Hello.\n\nBye."]


def test_a_long_reply_is_split_between_paragraphs_in_order():
    paragraphs = [f"Paragraph {n}. " + "word " * 120 + "end." for n in range(8)]
    text = "\n\n".join(paragraphs)
    parts = split(text)
    assert len(parts) > 1
    assert all(length(part) <= MAX_PART_LENGTH for part in parts)
    assert "\n\n".join(parts) == text  # nothing lost, nothing reordered, cut only between paragraphs
    assert all(part.startswith("Paragraph") and part.endswith("end.") for part in parts)


def test_a_paragraph_longer_than_the_limit_is_split_between_sentences():
    sentences = [f"Sentence {n} says something useful about caring." for n in range(60)]
    parts = split(" ".join(sentences))
    assert len(parts) > 1
    assert all(length(part) <= MAX_PART_LENGTH for part in parts)
    assert all(part.endswith(".") and part.startswith("Sentence") for part in parts)
    assert " ".join(parts) == " ".join(sentences)


def test_text_without_boundaries_is_cut_by_words_then_characters():
    words = " ".join(["carer"] * 700)
    assert " ".join(split(words)) == words
    unbroken = "a" * 4000
    parts = split(unbroken)
    assert [len(part) for part in parts] == [1600, 1600, 800]


def test_characters_that_take_two_code_units_count_twice_and_are_never_cut():
    text = "💙" * 1000  # 2,000 UTF-16 code units
    parts = split(text)
    assert all(length(part) <= MAX_PART_LENGTH for part in parts)
    assert "".join(parts) == text
    assert len(parts) == 2


def test_every_part_of_a_rendered_long_reply_fits_and_the_options_stay_together():
    long_reply = {"text": "\n\n".join(["A long paragraph about support. " * 20] * 6),
                  "buttons": as_message(SIGNPOSTING)["buttons"]}
    parts = render(long_reply)
    assert len(parts) > 1 and all(length(part) <= MAX_PART_LENGTH for part in parts)
    assert parts[-1].endswith("\n\n" + SIGNPOSTING_OPTIONS)


def test_the_crisis_card_is_one_part():
    for kinds in (["suicidal"], list(CRISIS_KINDS)):  # one kind, and every kind at once
        card = replies.crisis(DIRECTORY, kinds)
        assert render({"text": card.text}) == [card.text]


def test_nothing_to_say_is_no_message():
    assert render({"text": "  "}) == []
    assert render({"custom": {"x": 1}}) == []


def test_an_image_is_sent_as_a_link():
    assert plain_text.render({"text": "Our leaflet:", "image": "https://example.org/a.png"}) == [
        "Our leaflet:\n\nhttps://example.org/a.png"]


@pytest.mark.parametrize("text, sms", [
    ("Opiekuję się mamą. Łódź", "Opiekuje sie mama. Lodz"),
    ("Você não está só – ligue já", "Voce nao esta so - ligue ja"),
    ("¿Está bien? Señora, llame al 999", "¿Esta bien? Señora, llame al 999"),
    ("Call 999 now.", "Call 999 now."),
])
def test_a_text_message_keeps_to_gsms_alphabet_so_it_is_not_cut_into_smaller_segments(text, sms):
    assert plain_text.for_sms(text) == sms
    assert all(character in plain_text.GSM_7 for character in plain_text.for_sms(text))


def test_emoji_and_other_scripts_are_left_as_they_are_in_a_text_message():
    assert plain_text.for_sms("Thanks 😀") == "Thanks 😀"
    assert plain_text.for_sms("أمي") == "أمي"


def test_numbered_options_and_more_in_the_messages_language():
    from bot.dialogue import translations

    listed = plain_text.numbered_list([{"title": "Tak"}], "pl")
    assert listed == translations.translate("Reply {number} for {option}", "pl").format(number=1, option="Tak")
    assert listed != "Reply 1 for Tak"
    assert all(plain_text.asks_for_more(word) for word in ("MORE", "więcej", "wiecej", "mais", "más", "mas"))
