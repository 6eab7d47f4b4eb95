"""Reading a long message sentence by sentence.

The classifier gives one intent per message, which suits a short message. Carers' real
posts run to a paragraph or three and state several needs, often one per sentence, so a
long message is also classified one sentence at a time (a very short sentence joined to
the next). Each sentence's clear guess of a topic is added to the parse as a `sentence_intent` entity, and situation recognition
(bot/situations.py) counts it like a rule entity. Short messages are read as before.
"""
from __future__ import annotations

from typing import Callable

from bot.safety.vocabulary import split_sentences

LONG_MESSAGE_WORDS = 40  # shorter messages are one thought; the whole-message intent serves
SHORT_SENTENCE_CHARS = 40  # "She is 84." joins the sentence after it
MAX_WINDOWS = 16  # bounded work per message, whatever its length
CLEAR_GUESS = 0.75
SENTENCE_INTENT = "sentence_intent"
# Set in a window's metadata: the crisis components skip it (the whole message was checked).
WINDOW_MARK = "sentence_window"
# What a whole message does ("can I talk to someone?", "am I even a carer?", "I live in
# Croydon"), not a topic one sentence raises: these stay with the whole-message reading.
NOT_FROM_ONE_SENTENCE = frozenset({"ask_for_person", "not_sure_if_carer", "outside_lambeth"})


def windows(text: str) -> list[str]:
    """Each sentence on its own (a very short one joined to the next), at most MAX_WINDOWS."""
    if len(text.split()) < LONG_MESSAGE_WORDS:
        return []
    sentences = split_sentences(text)
    if len(sentences) < 2:
        return []
    grouped: list[str] = []
    current = ""
    for sentence in sentences:
        current = f"{current} {sentence}".strip()
        if len(current) >= SHORT_SENTENCE_CHARS:
            grouped.append(current)
            current = ""
    if current:
        grouped.append(current)
    return grouped[:MAX_WINDOWS] if len(grouped) > 1 else []


def add_window_intents(parse_data: dict, parse: Callable[[str], dict], situation_intents: frozenset[str]) -> dict:
    """parse_data with a `sentence_intent` entity for each window's clear situation guess."""
    found = []
    for window in windows(parse_data.get("text") or ""):
        intent = parse(window).get("intent") or {}
        name, confidence = intent.get("name"), intent.get("confidence") or 0
        if (name in situation_intents and name not in NOT_FROM_ONE_SENTENCE and confidence >= CLEAR_GUESS
                and name not in found):
            found.append(name)
    if found:
        parse_data["entities"] = list(parse_data.get("entities") or []) + [
            {"entity": SENTENCE_INTENT, "value": name, "start": 0, "end": 0, "confidence_entity": 1.0,
             "extractor": "SentenceWindows"} for name in found]
    return parse_data


def is_window(metadata: object) -> bool:
    return isinstance(metadata, dict) and bool(metadata.get(WINDOW_MARK))
