"""Normalising how people type before the crisis rules read a message: lower case, no
punctuation, apostrophes dropped, text-speak expanded, key words one typing slip away corrected."""
from __future__ import annotations

import re

from bot.text import edit_distance

# Every pattern matches whole words only: a top-level "|" needs its own \b on each side
# ("\bcoz|cos\b" once turned "cost" into "becauset"); tests/unit/test_normalise.py checks it.
_TEXT_SPEAK = {
    r"\bu\b": "you",
    r"\bur\b": "your",
    r"\br\b": "are",
    r"\bim\b": "i am",
    r"\bive\b": "i have",
    r"\bid\b": "i would",
    r"\bill\b(?= (do|be|go|end|kill|hurt|take|jump|never))": "i will",
    r"\bwanna\b": "want to",
    r"\bgonna\b": "going to",
    r"\bgotta\b": "got to",
    r"\bkms\b": "kill myself",
    r"\bunalive\b": "kill",
    r"\b(?:plz|pls)\b": "please",
    r"\b(?:coz|cos|cuz)\b": "because",
    r"\bwont\b": "will not",
    r"\bcant\b": "cannot",
    r"\bcan not\b": "cannot",
    r"\bdont\b": "do not",
    r"\bdoesnt\b": "does not",
    r"\bdidnt\b": "did not",
    r"\bisnt\b": "is not",
    r"\bwasnt\b": "was not",
    r"\baint\b": "is not",
    r"\bhes\b": "he is",
    r"\bshes\b": "she is",
    r"\btheyre\b": "they are",
    r"\btheres\b": "there is",
    r"\bthere s\b": "there is",
    r"\bmy self\b": "myself",
    r"\b(?:myslef|myelf|mysef)\b": "myself",
    r"\bher self\b": "herself",
    r"\bhim self\b": "himself",
    r"\b(?:them self|themself)\b": "themselves",
    r"\bn'?t\b": " not",
    r"\bno1\b|\bnoone\b|\bno 1\b": "no one",
    r"\bsum1\b|\bsome1\b": "someone",
    r"\b2nite\b|\b2night\b|\btonite\b": "tonight",
    r"\b2day\b": "today",
    r"\b2moro\b|\b2morrow\b|\btmrw\b|\btmw\b": "tomorrow",
    r"\bhosp\b|\bhospitl\b|\bhospial\b": "hospital",
    r"\bppl\b": "people",
    r"\bb4\b": "before",
    r"\bwiv\b|\bwif\b": "with",
    r"\bcud\b": "could",
    r"\bwud\b": "would",
    r"\bsuicidle\b|\bsuisidal\b|\bsuicdal\b": "suicidal",
    # dropped final g: "touchin" -> "touching"
    r"\b(touch|hitt|cutt|hurt|beat|drink|tak|look|kick|punch|push|shout|grabb|slapp|harm|burn|scratch|us)in\b": r"\1ing",
    r"\blil\b": "little",
    r"\bbf\b|\bboyf\b": "boyfriend",
    r"\bgf\b": "girlfriend",
    r"\bhubby\b": "husband",
    r"\bment\b": "meant",
    r"\bcancelld\b|\bcanceld\b": "cancelled",
    r"\bno[ -]?show(s|ed)?\b": "did not turn up",
    r"\b(respond|talk|mov|breath|wak|com|speak|answer|bleed|shak|fitt|seiz|go|do|hav|gett|lett|jump|think|say|walk|feel|cry|try|ly|plan|sleep|want|kill|end|stabb|pull|run|leav)in\b": r"\1ing",
    r"\bhavent\b": "have not",
    r"\btil\b": "till",
    r"\bgna\b|\bgunna\b": "going to",
    r"\b(nobody|no one|noone) 2\b": r"\1 to",
    r"\b(fill)in\b": r"\1ing",
    r"\bhasnt\b": "has not",
    r"\barent\b": "are not",
    r"\bwerent\b": "were not",
    r"\bcouldnt\b": "could not",
    r"\bwouldnt\b": "would not",
    r"\bshouldnt\b": "should not",
    r"\balot\b": "a lot",
    r"\bwhats\b": "what is",
    r"\bhed\b": "he would",
    r"\bhell\b(?= (break|kill|hurt|hit|stab|do|take|make|throw|burn))": "he will",
    r"\bshell\b(?= (break|kill|hurt|hit|stab|do|take|make|throw|burn|put))": "she will",
}


# Words a crisis turns on, corrected when a message has them one typing slip away
# ("colapsed", "unconcious", "sucide").
_KEY_WORDS = ("collapsed", "unconscious", "unresponsive", "breathing", "suicide", "suicidal", "overdose",
              "overdosed", "seizure", "bleeding", "responding", "ambulance", "paracetamol", "strangled")


def _correct_key_words(text: str) -> str:
    words = text.split(" ")
    for index, word in enumerate(words):
        if len(word) < 6 or word in _KEY_WORDS:
            continue
        for key in _KEY_WORDS:
            if abs(len(key) - len(word)) <= 1 and word[0] == key[0] and edit_distance(word, key, 1) <= 1:
                words[index] = key
                break
    return " ".join(words)


def normalise(text: str) -> str:
    """Lower-case, plain apostrophes dropped, text-speak expanded, spaces collapsed."""
    lowered = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    lowered = re.sub(r"(\w)'(s|re|m|ve|ll|d)\b", r"\1 \2", lowered)  # she's -> she s
    lowered = re.sub(r"(\w)n't\b", r"\1 not", lowered)  # can't -> ca not
    lowered = lowered.replace("ca not", "cannot").replace("wo not", "will not")
    lowered = re.sub(r"\bi m\b", "i am", lowered)
    lowered = re.sub(r"\b(he|she|it|that|there|what|who) s\b", r"\1 is", lowered)
    lowered = re.sub(r"\b(i|you|we|they) ve\b", r"\1 have", lowered)
    lowered = re.sub(r"\b(i|you|we|they|he|she) ll\b", r"\1 will", lowered)
    lowered = re.sub(r"\b(you|we|they) re\b", r"\1 are", lowered)
    lowered = re.sub(r"\b(i|you|we|they|he|she) d\b", r"\1 would", lowered)
    lowered = re.sub(r"[^a-z0-9&+\s]", " ", lowered)
    for pattern, replacement in _TEXT_SPEAK.items():
        lowered = re.sub(pattern, replacement, lowered)
    return _correct_key_words(re.sub(r"\s+", " ", lowered).strip())
