"""The catalogues (locale/): complete for every language the bot speaks, the safety floor
for Somali, placeholders kept, no number added, and sentences said in the language of the
request (bot/dialogue/translations.py)."""
from __future__ import annotations

import re

import pytest

from bot import languages, settings
from bot.dialogue import replies, translations
from bot.directory.schema import read_directory

DIRECTORY = read_directory()
SPOKEN = [code for code in languages.SPOKEN if code != languages.ENGLISH]
ALL = SPOKEN + list(languages.SAFETY_FLOOR_ONLY)
# What a language with only the safety floor must have: the crisis cards and the hand-off.
HAND_OFF = [replies.NOW_IN_THIS_LANGUAGE, "You can talk to a person at Carers' Hub Lambeth.",
            "Carers' Hub Lambeth is here for every carer in Lambeth: {reach}.", "call {phone}", "email {email}",
            "{first} or {second}"]


def _template_ids() -> list[str]:
    from babel.messages.pofile import read_po

    with translations.TEMPLATE.open("rb") as handle:
        return [message.id for message in read_po(handle) if message.id]


def _is_words(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{4}", re.sub(r"{\w+}", "", text)))


def test_the_template_lists_every_text_to_translate():
    assert _template_ids() == translations.texts_to_translate(), "run: python -m bot translations extract"


def test_the_template_holds_the_catalogue_the_data_and_the_domain():
    ids = set(_template_ids())
    assert replies.SAFETY_QUESTION in ids and replies.CONSENT_QUESTION in ids and replies.CONVERSATION_DELETED in ids
    assert all(service.summary in ids for service in DIRECTORY.services.values())
    assert "Do you want me to delete this whole conversation? It cannot be undone." in ids  # domain.yml


@pytest.mark.parametrize("language", SPOKEN)
def test_each_spoken_language_translates_every_text(language):
    translations._messages.cache_clear()
    translated = translations._messages(language)  # a text may be the same in both ("Email")
    untranslated = [text for text in _template_ids() if _is_words(text) and text not in translated]
    assert not untranslated, (language, untranslated[:5])


@pytest.mark.parametrize("language", list(languages.SAFETY_FLOOR_ONLY))
def test_a_safety_floor_language_has_its_crisis_cards_and_the_hand_off(language):
    translations._messages.cache_clear()
    needed = translations.crisis_texts() + HAND_OFF
    untranslated = [text for text in needed if _is_words(text) and text not in translations._messages(language)]
    assert not untranslated, (language, untranslated[:5])


@pytest.mark.parametrize("language", ALL)
def test_translations_keep_placeholders_and_add_no_number(language):
    for text in _template_ids():
        translated = translations.translate(text, language)
        assert sorted(re.findall(r"{\w+}", translated)) == sorted(re.findall(r"{\w+}", text)), (language, text)
        assert set(re.findall(r"\d+", translated)) <= set(re.findall(r"\d+", text)), (language, text)


@pytest.mark.parametrize("language", SPOKEN)
def test_a_reply_is_said_in_the_language_of_the_request_with_the_directorys_contacts(language):
    with translations.speaking(language):
        reply = replies.signposting(DIRECTORY, ["financial_hardship", "dementia"])
        asked = replies.refining_question("lambeth")
    english = replies.signposting(DIRECTORY, ["financial_hardship", "dementia"])
    assert reply.text != english.text
    assert reply.services == english.services
    # Every number and address of the English reply is there, exactly as the directory has it.
    for contact in re.findall(r"\b0\d{3} ?\d{3} ?\d{4}\b|https?://\S+|\S+@\S+", english.text):
        assert contact in reply.text, (language, contact)
    assert asked.buttons[0].payload == "/affirm" and asked.buttons[0].title != "Yes"
    assert translations.current() == languages.ENGLISH  # the language ends with its request


def test_english_is_said_when_no_language_is_set():
    assert replies.privacy_notice(settings.load().retention_days).startswith("Privacy: we keep this chat")
    assert translations.translate("Yes", None) == "Yes" and translations.translate("Yes", "en") == "Yes"
