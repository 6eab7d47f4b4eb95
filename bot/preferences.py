"""What a carer has said they do not want, or cannot have, held for the rest of the
conversation (issue 14: "Stated preferences hold").

- "I don't want money, I want someone to talk to": no money services after that.
- "I don't want counselling" or "I don't need groups or therapy": no talking therapy.
- A bill to pay (gas, electricity, water) is not a want of food: no foodbank for it,
  until the carer says they need food.
- A full-time student cannot get Carer's Allowance (situations.md: not while in full-time
  education or studying 21 hours a week or more), so it is not offered to one.
"""
from __future__ import annotations

import re

NO_MONEY = "no_money"
STUDENT = "student"
BILLS_NOT_FOOD = "bills_not_food"
NO_THERAPY = "no_therapy"
# The money services a carer who wants none is not offered.
MONEY_SERVICES = frozenset({"dwp_carers_allowance_unit", "lambeth_financial_support", "norwood_brixton_foodbank",
                            "brixton_advice_centre", "citizens_advice"})
NOT_FOR = {NO_MONEY: MONEY_SERVICES, STUDENT: frozenset({"dwp_carers_allowance_unit"}),
           BILLS_NOT_FOOD: frozenset({"norwood_brixton_foodbank"}),
           NO_THERAPY: frozenset({"lambeth_talking_therapies"})}
NOT_SITUATIONS = {NO_MONEY: frozenset({"financial_hardship"})}

_NO_MONEY = re.compile(
    r"\b(do not|don't|dont|not|never) (want|need|looking for|asking for|after|about)( any)? "
    r"(money|benefits?|cash|financial help|handouts?|carer'?s allowance|grants?)\b"
    r"|\b(it'?s|its|this is) not (about|for) (the )?money\b|\bmoney is(n't| not) the (problem|issue)\b", re.IGNORECASE)
_STUDENT = re.compile(
    r"\b(full[ -]?time (student|at (uni|university|college))|(at|in) (uni|university)\b|university student"
    r"|(i'?m|i am) (a )?student|studying full[ -]?time|doing my degree)", re.IGNORECASE)

_BILLS = re.compile(r"\b(gas|electric|electricity|energy|heating|water|council tax|phone|rent)( and \w+)? bills?\b"
                    r"|\b(bills?|arrears|debt) (for|on) (the )?(gas|electric|electricity|energy|heating|water)\b"
                    r"|\b(energy|gas|electric) (company|supplier|arrears|debt)\b", re.IGNORECASE)
_NO_THERAPY = re.compile(
    r"\b(do not|don't|dont|not|never) (want|need|looking for|asking for|interested in)( any| to do)?( more)? "
    r"(counselling|counseling|therapy|therapies|to talk about (my|how i) feel\w*|talking therap\w+)"
    r"|\b(do not|don't|dont) (want|need) (groups|chats)?,? ?(or |and )?(groups|chats)?,? (or|and) therapy\b"
    r"|\bno (counselling|counseling|therapy)\b|(counselling|counseling|therapy) (is not|isn't|isnt) (for me|what i need)",
    re.IGNORECASE)
_FOOD = re.compile(r"\b(food|foodbank|food bank|hungry|eat|eating|meals?|groceries|nothing in the fridge)\b",
                   re.IGNORECASE)


def stated(text: str, earlier: list[str] | None = None) -> list[str]:
    """The preferences this message states, added to those stated before."""
    found = list(earlier or [])
    for name, pattern in ((NO_MONEY, _NO_MONEY), (STUDENT, _STUDENT), (BILLS_NOT_FOOD, _BILLS),
                          (NO_THERAPY, _NO_THERAPY)):
        if pattern.search(text or "") and name not in found:
            found.append(name)
    if _FOOD.search(text or ""):
        found = [name for name in found if name != BILLS_NOT_FOOD]
    return found


def excluded_services(preferences: list[str] | None) -> frozenset[str]:
    return frozenset().union(*(NOT_FOR.get(name, frozenset()) for name in preferences or []))


def without_unwanted(situations: list[str], preferences: list[str] | None) -> list[str]:
    unwanted = frozenset().union(*(NOT_SITUATIONS.get(name, frozenset()) for name in preferences or []))
    return [situation for situation in situations if situation not in unwanted]
