"""Flesch-Kincaid grade of a carer-facing text, for the reading-age test. A UK reading age is
about the US grade plus 5, so a reading age of 11 is a grade of about 6.

Contact details and the names of services are left out: a phone number or
"Lambeth Council - Adult Social Care" is read as a name, not as a sentence.
"""
from __future__ import annotations

import re

_CONTACT = re.compile(r"https?://\S+|\S+@\S+|\b\d[\d ]{2,}\d\b|\b(Call|Text|Email|Website|Open)\b[^\n|]*")
_SENTENCE = re.compile(r"[.!?]+|\n+|:")
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def syllables(word: str) -> int:
    word = word.lower().strip("'")
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", word)
    word = re.sub(r"^y", "", word)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", word)))


def grade(text: str) -> float:
    lines = []
    for line in _CONTACT.sub(" ", text).splitlines():
        if line.lstrip().startswith("- "):  # "- Name of a service: what it does": the summary is read
            line = line.split(": ", 1)[1] if ": " in line else ""
        lines.append(line)
    prose = "\n".join(lines)
    sentences = [part for part in _SENTENCE.split(prose) if _WORD.search(part)]
    words = _WORD.findall(prose)
    if not words or not sentences:
        return 0.0
    return 0.39 * len(words) / len(sentences) + 11.8 * sum(syllables(w) for w in words) / len(words) - 15.59
