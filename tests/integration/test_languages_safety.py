"""The safety floor in Portuguese, Spanish and Polish over the real servers (issue 15): a
crisis written in the language gets the crisis card, in that language, first in the reply to
that very message, with only the directory's numbers; the staff index flags it a crisis."""
from __future__ import annotations

import pytest

from bot.dialogue import translations
from bot.directory.schema import read_directory
from bot.safety import KINDS
from bot.safety.languages import LANGUAGES
from tests.contact_check import unknown_contacts

DIRECTORY = read_directory()
CASES = [(module.LANGUAGE, kind, module.CATCHES[kind][1]) for module in LANGUAGES for kind in KINDS]


@pytest.mark.parametrize("language, kind, text", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_a_crisis_in_another_language_gets_its_card_first_in_that_language(bot, sender, language, kind, text):
    from bot.safety import assess

    messages = bot.say(sender, text)
    first = messages[0]["text"]
    assert "999" in first, (text, first)
    found = assess(text)
    if found.language:  # not also seen by the English rules
        title = translations.translate(DIRECTORY.crisis[found.kinds[0]].title, found.language)
        assert first.startswith(title), (text, first)
        assert title != DIRECTORY.crisis[found.kinds[0]].title
    assert not unknown_contacts("\n".join(m.get("text") or "" for m in messages), DIRECTORY)


def test_the_staff_index_flags_a_crisis_written_in_polish(bot, sender):
    polish = next(module for module in LANGUAGES if module.LANGUAGE == "pl")
    bot.say(sender, polish.CATCHES["suicidal"][0])
    tracker = bot.tracker(sender)
    user = [event for event in tracker["events"] if event.get("event") == "user"][-1]
    assert user["parse_data"]["intent"]["name"] == "crisis"
    assert any(e.get("entity") == "crisis_language" and e.get("value") == "pl" for e in user["parse_data"]["entities"])
