"""Crisis rules and crisis cards in the other languages (bot/safety/languages, locale/):
each language's rules catch what they must for every kind and no look-alike; each
catalogue translates every text, keeps every placeholder and adds no number."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.dialogue import replies, translations
from bot.directory.schema import read_directory
from bot.safety import assess, KINDS
from bot.safety.languages import fold, LANGUAGES
from tests.contact_check import unknown_contacts

DIRECTORY = read_directory()
CATCHES = [(module.LANGUAGE, kind, text) for module in LANGUAGES for kind, texts in module.CATCHES.items()
           for text in texts]
LOOKALIKES = [(module.LANGUAGE, text) for module in LANGUAGES for text in module.LOOKALIKES]
# The training data written in each language (data/nlu/languages/<code>.yml; the
# <code>_vocabulary.yml files hold no crisis intent).
LANGUAGE_DATA = Path(__file__).parents[3] / "data" / "nlu" / "languages"
# The languages the bot is trained to understand (Somali has the safety floor only: no training data).
DATA_CODES = sorted(path.stem for path in LANGUAGE_DATA.glob("*.yml") if not path.stem.endswith("_vocabulary"))
MIN_CATCHES_PER_KIND = 8
MIN_LOOKALIKES = 30


def test_every_language_the_bot_understands_has_crisis_rules():
    assert set(DATA_CODES) == {"pt", "es", "pl"}
    assert set(DATA_CODES) <= {module.LANGUAGE for module in LANGUAGES}


def test_the_three_languages_have_rules():
    assert {module.LANGUAGE for module in LANGUAGES} >= {"pt", "es", "pl"}


@pytest.mark.parametrize("module", LANGUAGES, ids=lambda module: module.LANGUAGE)
def test_every_kind_has_rules_and_enough_messages_to_catch(module):
    assert set(module.PATTERNS) == set(KINDS), module.LANGUAGE
    for kind in KINDS:
        assert len(module.CATCHES.get(kind, ())) >= MIN_CATCHES_PER_KIND, (module.LANGUAGE, kind)
    assert len(module.LOOKALIKES) >= MIN_LOOKALIKES, module.LANGUAGE


@pytest.mark.parametrize("language, kind, text", CATCHES)
def test_each_language_catches_its_messages_as_their_kind(language, kind, text):
    found = assess(text)
    assert kind in found.kinds, (text, found)


@pytest.mark.parametrize("language, text", LOOKALIKES)
def test_no_language_is_fooled_by_a_look_alike(language, text):
    assert not assess(text).is_crisis, (text, assess(text))


def test_folding_reads_text_with_and_without_accents_alike():
    assert fold("Não aguento MAIS!") == fold("nao aguento mais") == " nao aguento mais "
    assert fold("Chcę się zabić, łóżko") == " chce sie zabic lozko "


def test_a_crisis_written_in_another_language_gets_the_card_in_that_language():
    checked = 0
    for module in LANGUAGES:
        for kind in KINDS:
            text = module.CATCHES[kind][0]
            found = assess(text)
            if found.language is None:
                continue  # English words in it (an "overdose") were seen by the English rules too
            assert found.language == module.LANGUAGE, (text, found)
            card = replies.crisis(DIRECTORY, list(found.kinds), found.language)
            assert "999" in card.text and not unknown_contacts(card.text, DIRECTORY), card.text
            title = DIRECTORY.crisis[found.kinds[0]].title
            assert translations.translate(title, found.language) in card.text
            checked += 1
    # Most first catches are seen by their own language's rules alone: the test is not empty.
    assert checked >= len(LANGUAGES) * len(KINDS) // 2, checked


def _examples_by_intent(path: Path) -> dict[str, list[str]]:
    examples: dict[str, list[str]] = {}
    for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
        if "intent" in block:
            examples.setdefault(block["intent"], []).extend(
                line.strip()[2:] for line in block["examples"].splitlines() if line.strip().startswith("- "))
    return examples


@pytest.mark.parametrize("code", DATA_CODES)
def test_the_rules_catch_every_crisis_of_a_language_s_training_data_and_nothing_else(code):
    path = LANGUAGE_DATA / f"{code}.yml"
    examples = _examples_by_intent(path)
    missed = [text for text in examples.get("crisis", []) if not assess(text).is_crisis]
    flagged = [(intent, text, assess(text).matched) for intent, texts in examples.items() if intent != "crisis"
               for text in texts if assess(text).is_crisis]
    assert examples.get("crisis"), f"{path.name} has no crisis examples"
    assert not missed, missed
    assert not flagged, flagged
