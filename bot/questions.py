"""Is a message a question? Used by understanding (bot/nlu/question_guard.py) and by the
actions (a question the bot cannot place gets an honest "I don't know" and a person)."""
from __future__ import annotations

import re

_QUESTION = re.compile(
    r"\?|^\W*(who|what|whats|where|when|why|how|which|is|are|can|could|will|would|do|does|did|should|shall|may|anyone"
    r"|any)\b|(^|[,;:.!]\s*|\b(so|and|but|then)\s+)(who|what|where|when|why|how|which)\b",
    re.IGNORECASE)
# A message that starts by greeting or answering yes is that, whatever follows ("yes
# please, can you call me?" accepts the offer); one that starts by thanking is a question
# only with a question mark ("thanks, who can I ring at the weekend?", not "thanks, what a help").
_YES_OR_HELLO_FIRST = re.compile(r"^\W*(yes|yeah|yep|yup|ok|okay|sure|please|hi|hello|hiya|hey|bye|goodbye)\b",
                                 re.IGNORECASE)
_THANKS_FIRST = re.compile(r"^\W*(thanks|thank you|thank u|ty|cheers)\b", re.IGNORECASE)


def is_question(text: str) -> bool:
    if _YES_OR_HELLO_FIRST.search(text):
        return False
    if _THANKS_FIRST.search(text):
        return "?" in text
    return bool(_QUESTION.search(text))


# "Tonight", "this weekend", "right now": the carer needs someone who answers now, so the
# reply says who is open (bot/opening_hours.py) as well as who can help.
_NOW = re.compile(r"\b(tonight|right now|this evening|at night|overnight|weekend|saturday|sunday|out of hours"
                  r"|bank holiday|after 5|middle of the night|(open|ring|call|phone|talk|speak|anyone|anybody) "
                  r"(now|today))\b", re.IGNORECASE)


def asks_about_now(text: str) -> bool:
    return bool(_NOW.search(text))


# A question back to the bot's own question: "why do you need to know?", "does it matter?".
_WHY = re.compile(r"^\W*(why\b|how come\b|does (it|that) matter|what difference does|is that important"
                  r"|do i (have|need) to (say|tell|answer)|what( has|s|'s) (that|it) got to do)", re.IGNORECASE)


def asks_why(text: str) -> bool:
    return bool(_WHY.search(text))
