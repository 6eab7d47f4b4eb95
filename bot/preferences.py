"""What a carer has said they do not want, or cannot have, held for the rest of the
conversation (issue 14: "Stated preferences hold").

- "I don't want money, I want someone to talk to": no money services after that.
- A full-time student cannot get Carer's Allowance (situations.md: not while in full-time
  education or studying 21 hours a week or more), so it is not offered to one.
"""
from __future__ import annotations

import re

NO_MONEY = "no_money"
STUDENT = "student"
# The money services a carer who wants none is not offered.
MONEY_SERVICES = frozenset({"dwp_carers_allowance_unit", "lambeth_financial_support", "norwood_brixton_foodbank",
                            "brixton_advice_centre", "citizens_advice"})
NOT_FOR = {NO_MONEY: MONEY_SERVICES, STUDENT: frozenset({"dwp_carers_allowance_unit"})}
NOT_SITUATIONS = {NO_MONEY: frozenset({"financial_hardship"})}

_NO_MONEY = re.compile(
    r"\b(do not|don't|dont|not|never) (want|need|looking for|asking for|after|about)( any)? "
    r"(money|benefits?|cash|financial help|handouts?|carer'?s allowance|grants?)\b"
    r"|\b(it'?s|its|this is) not (about|for) (the )?money\b|\bmoney is(n't| not) the (problem|issue)\b", re.IGNORECASE)
_STUDENT = re.compile(
    r"\b(full[ -]?time (student|at (uni|university|college))|(at|in) (uni|university)\b|university student"
    r"|(i'?m|i am) (a )?student|studying full[ -]?time|doing my degree)", re.IGNORECASE)


def stated(text: str, earlier: list[str] | None = None) -> list[str]:
    """The preferences this message states, added to those stated before."""
    found = list(earlier or [])
    for name, pattern in ((NO_MONEY, _NO_MONEY), (STUDENT, _STUDENT)):
        if pattern.search(text or "") and name not in found:
            found.append(name)
    return found


def excluded_services(preferences: list[str] | None) -> frozenset[str]:
    return frozenset().union(*(NOT_FOR.get(name, frozenset()) for name in preferences or []))


def without_unwanted(situations: list[str], preferences: list[str] | None) -> list[str]:
    unwanted = frozenset().union(*(NOT_SITUATIONS.get(name, frozenset()) for name in preferences or []))
    return [situation for situation in situations if situation not in unwanted]
