"""Long messages read sentence by sentence (bot/nlu/sentences.py)."""
from __future__ import annotations

from bot.nlu import sentences

POST = ("My mum has dementia and she keeps wandering at night. I work full time at a school and my manager "
        "is getting fed up with me leaving early. We are also behind on the council tax this year. She is 84. "
        "I haven't had a day off in months and I'm exhausted.")


def test_a_long_message_is_split_into_sentences_with_short_ones_joined_to_the_next():
    found = sentences.windows(POST)
    assert found[0] == "My mum has dementia and she keeps wandering at night."
    assert "She is 84. I haven't had a day off in months and I'm exhausted." in found


def test_a_short_message_is_read_whole():
    assert sentences.windows("My mum has dementia. I need a break.") == []


def test_each_clear_topic_is_added_once_and_whole_message_acts_are_left_alone():
    guesses = {"My mum has dementia and she keeps wandering at night.": ("dementia", 0.99),
               "We are also behind on the council tax this year.": ("financial_hardship", 0.9)}

    def parse(text: str) -> dict:
        name, confidence = guesses.get(text, ("ask_for_person", 0.99))
        return {"intent": {"name": name, "confidence": confidence}}

    parsed = sentences.add_window_intents({"text": POST, "entities": []}, parse,
                                          frozenset({"dementia", "financial_hardship", "ask_for_person"}))
    values = [e["value"] for e in parsed["entities"] if e["entity"] == sentences.SENTENCE_INTENT]
    assert values == ["dementia", "financial_hardship"]


def test_windows_are_marked_so_the_crisis_components_can_skip_them():
    assert sentences.is_window({sentences.WINDOW_MARK: True})
    assert not sentences.is_window(None) and not sentences.is_window({})
