"""Sentences about the past, about TV, study or training, or planning for "if it ever
happens" are set aside before the rules run, unless they also say it is happening now."""
from __future__ import annotations

import re

from bot.safety.vocabulary import split_sentences, NOW_WORDS

_NOT_NOW = re.compile(
    r"\b(years ago|last year|last (summer|spring|autumn|winter|christmas)|turned out to be|a decade|back in (19|20)\d\d|back in (january|february|march|april|may|june|july|august|september|october|november|december)|storyline|eastenders|coronation street|corrie|emmerdale|hollyoaks|soap|documentary|episode|in (19|20)\d\d|long before|as a (child|teenager|kid)"
    r"|when i was (young|younger|a child|little|a teenager|\d+)|watched a|watching a|on (the )?(telly|tv|news)|drama|gcse|essay"
    r"|speech on|training|volunteer|befriender|if (\S+ ){0,4}ever|plan ahead|just want to be ready|when should (i|we) (call|ring)"
    r"|what counts as|what would i do if)\b")
_RESOLVED = re.compile(r"\b(all |is |was |are |s )?(fine|ok|okay|better|safe|well|stable|recovered|in a good place|doing well) now\b"
                       r"|\bnow (he|she|they)('s|'re| is| are| s| re| has| have) (home|back home|back|out of hospital)\b")
# "if it ever happened again" is still about the future, not about now.
_IF_EVER = re.compile(r"\bif\b[^.]*\bever\b[^.]*")
# A threat is conditional in form but a danger now: "if I ever leave he'll kill me".
_THREAT = re.compile(r"\b(he|she|they)('ll| will| would|'d| is going to| said he would| said she would) "
                     r"(kill|hurt|stab|strangle|harm)( me| himself| herself| themselves| us| the kids)\b")


def set_aside_not_now(text: str) -> list[str]:
    """The sentences that are about now."""
    kept = []
    for sentence in split_sentences(text):
        lowered = sentence.lower()
        if (_NOT_NOW.search(lowered) and not _THREAT.search(lowered)
                and not NOW_WORDS.search(_IF_EVER.sub(" ", _RESOLVED.sub(" ", lowered)))):
            continue
        kept.append(sentence)
    return kept
