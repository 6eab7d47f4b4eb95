"""The words every crisis family shares: who (the carer, another person), when (now, soon,
not yet, in the past), negation, and how a message splits into sentences. One home for
each, so that a family's patterns and the decision read them the same way. Patterns read
normalised text (bot/safety/normalise.py): lower case, apostrophes and punctuation gone.
"""
from __future__ import annotations

import re

# Who.
SELF = r"(myself|my self|my life)"
PERSON = (r"(he|she|they|him|her|them|mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|nan"
          r"|nana|gran|granny|grandma|grandad|grandpa|grandfather|grandmother|friend|boyfriend|girlfriend|uncle|aunt"
          r"|auntie|child|kid|baby|neighbour)")
OTHER_SELF = r"(himself|herself|themselves|themself)"

# When.
SOON = r"(now|right now|tonight|today|again)"
# Read on the original sentence (bot/safety/not_now.py), before normalising.
NOW_WORDS = re.compile(r"\b(now|right now|tonight|today|this morning|at the moment|currently|again|just)\b")
IMMEDIATE = re.compile(r"\b(tonight|today|right now|this (morning|afternoon|evening)|in an hour|since (this|yesterday|last night"
                       r"|\w+day)|from today|from tomorrow|2 days|two days)\b")
NOT_YET = re.compile(r"\bnext (week|month|year)\b|\bin (\w+ )?(weeks|months)\b|\bin the (spring|summer|autumn|winter|new year)\b"
                     r"|\bif (i|ever|something|anything)\b|\bin (january|february|march|april|may|june|july|august|september"
                     r"|october|november|december)\b|\bin ?case\b|\bwhat if\b|\bplan ahead\b|\bback ?up plan\b")
PAST = re.compile(r"\b(last (week|month)|(\d+|a few|two|three|four) (days|weeks|months) ago)\b")

# Negation: a stated "not" just before self-directed crisis words ("I would never hurt myself").
NEGATED_SELF = re.compile(
    r"\b(not|never|no|nor|without)( \w+){0,2} (suicidal|kill(ing)? myself|hurt(ing)? myself|harm(ing)? myself"
    r"|self ?harm\w*|end(ing)? (it|my life))\b")

# Words that make a classifier's guess of "crisis" believable when no rule matched.
RISK_WORDS = re.compile(
    r"\b(die|dying|dead|kill|killing|suicid\w*|hurt|hurting|harm|harming|cut|cutting|blood|bleed\w*"
    r"|overdose\w*|pills|tablets|knife|hit|hits|hitting|abuse\w*|abusing|scared|frightened|afraid|terrified|unsafe"
    r"|danger\w*|police|ambulance|999|missing|collapsed|unconscious|breath\w*|burden|hopeless|worthless|trapped"
    r"|end it|give up on life|threat\w*|attack\w*|violent|violence|rape\w*|assault\w*)\b"
)

# Where one sentence ends and the next begins, on the carer's own text.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def split_sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(text) if part and part.strip()]
