"""Answers to carers' common questions (Rasa's retrieval intent `faq`, chosen by the
ResponseSelector). The answer's words are its utter_faq/... response in domain.yml; here
is what goes with each answer: the situation it is about, for the rest of the
conversation, and the services whose checked contacts follow it, from the directory."""
from __future__ import annotations

import re
from dataclasses import dataclass

RETRIEVAL_INTENT = "faq"
FULL_NAME = "full_retrieval_intent_name"  # Rasa's key for "faq/carers_card" in a parsed intent


@dataclass(frozen=True)
class Answer:
    situation: str
    services: tuple[str, ...]
    # A professional asking how to refer: the services fit the carer they refer, not them.
    for_any_carer: bool = False
    # Answers a young carer's own worry: given only when the message shows signs of youth.
    for_the_young: bool = False


ANSWERS: dict[str, Answer] = {
    "what_is_assessment": Answer("carers_assessment", ("lambeth_adult_social_care",)),
    "what_is_respite": Answer("breaks_respite", ("lambeth_adult_social_care",)),
    "sitting_service": Answer("breaks_respite", ("lambeth_adult_social_care",)),
    "carers_allowance": Answer("financial_hardship", ("dwp_carers_allowance_unit",)),
    "carers_allowance_exclusions": Answer("financial_hardship", ("dwp_carers_allowance_unit",)),
    "carers_card": Answer("carers_card", ("lambeth_carers_card",)),
    "emergency_plan": Answer("emergency_planning", ("lambeth_carers_card",)),
    "professional_referral": Answer("professional_referral", ("carers_hub_lambeth_young_carers",
                                                              "lambeth_childrens_social_care"), for_any_carer=True),
    "young_carer_support": Answer("young_carer", ("childline",), for_the_young=True),
    "what_is_young_carer": Answer("young_carer", ("carers_hub_lambeth_young_carers",)),
}


# A child's own words: the worry a young carer's answer is for ("will they take me off mum?").
CHILD_SPEAKING = re.compile(r"\b(take|taken|taking) me (off|away|from)\b|\b(put|taken|go) (me )?in(to)? care\b"
                            r"|\bsplit (us|my family) up\b|\bmy (school|teacher|form tutor|head ?teacher)\b",
                            re.IGNORECASE)


def for_this_carer(key: str, preferences: tuple[str, ...], carer_age: int | None) -> str:
    """The answer that fits what the carer told us: a full-time student or someone under 16
    asking about Carer's Allowance is told who cannot get it."""
    from bot.preferences import STUDENT

    if key == "carers_allowance" and (STUDENT in preferences or (carer_age is not None and carer_age < 16)):
        return "carers_allowance_exclusions"
    return key


def key_of(parse_data: dict) -> str | None:
    """The answer the ResponseSelector chose for this message ("carers_card"), if the
    classifier read it as a question with one answer. Rasa's processor names it in the
    intent; a bare NLU parse has it only under response_selector."""
    intent = parse_data.get("intent") or {}
    if intent.get("name") != RETRIEVAL_INTENT:
        return None
    chosen = ((parse_data.get("response_selector") or {}).get(RETRIEVAL_INTENT) or {}).get("response") or {}
    full = intent.get(FULL_NAME) or chosen.get("intent_response_key") or ""
    key = full.partition("/")[2]
    return key if key in ANSWERS else None


def situation_of(parse_data: dict) -> str | None:
    key = key_of(parse_data)
    return ANSWERS[key].situation if key else None
