"""Services fit the carer and the person cared for (bot/fit.py, issue 14)."""
from __future__ import annotations

import pytest

from bot import fit, preferences
from bot.dialogue import replies
from bot.directory.schema import read_directory

DIRECTORY = read_directory()


def named(situations, carer_age=None, cared_for=None, preferences=()) -> set[str]:
    facts = fit.Facts(carer_age, cared_for, tuple(preferences))
    return {service.id for _, services in replies.choose_services(DIRECTORY, situations, facts) for service in services}


def entity(name, value) -> dict:
    return {"entity": name, "value": value}


@pytest.mark.parametrize("entities, expected", [
    ([entity("relationship", "mother")], fit.ADULT),
    ([entity("relationship", "partner"), entity("condition", "dementia")], fit.ADULT),
    ([entity("relationship", "child"), entity("person_age", 6)], fit.CHILD),
    ([entity("relationship", "child"), entity("person_age", 34)], fit.ADULT),
    ([entity("person_age", 86)], fit.ADULT),
    ([entity("relationship", "child")], None),
    ([], None),
])
def test_who_is_cared_for_is_read_from_what_the_carer_said(entities, expected):
    assert fit.cared_for_from(entities) == expected


def test_what_was_said_before_holds_until_the_carer_says_otherwise():
    assert fit.cared_for_from([], fit.ADULT) == fit.ADULT
    assert fit.cared_for_from([entity("person_age", 7)], fit.ADULT) == fit.CHILD


def test_childrens_short_breaks_are_never_offered_for_an_adult():
    assert "lambeth_send_short_breaks" not in named(["breaks_respite"], cared_for=fit.ADULT)
    assert "lambeth_send_short_breaks" not in named(["breaks_respite", "dementia"])  # nothing says a child
    assert "lambeth_send_short_breaks" in named(["breaks_respite"], cared_for=fit.CHILD)
    assert "lambeth_send_short_breaks" in named(["parent_carer"])


def test_an_adults_service_is_not_offered_for_a_child():
    assert "lambeth_adult_social_care" not in named(["breaks_respite"], cared_for=fit.CHILD)
    assert "lambeth_adult_social_care" in named(["breaks_respite"], cared_for=fit.ADULT)


def test_the_young_carers_service_needs_a_young_carer():
    young_only = "carers_hub_lambeth_young_carers"
    assert young_only not in named(["not_sure_if_carer"])  # a neighbour helping an older woman
    assert young_only not in named(["professional_referral"], carer_age=52)
    assert young_only not in named(["professional_referral"])
    assert young_only in named(["young_carer"])
    assert young_only in named(["not_sure_if_carer"], carer_age=14)


@pytest.mark.parametrize("text", ["I don't want money, I just want someone to talk to", "it's not about the money",
                                  "we don't need benefits, we need a break"])
def test_a_carer_who_wants_no_money_is_offered_none_for_the_rest_of_the_conversation(text):
    said = preferences.stated(text)
    assert said == [preferences.NO_MONEY]
    assert preferences.stated("dad has dementia", said) == said  # it holds
    offered = named(["working_carer", "older_person"], preferences=said)
    assert not offered & preferences.MONEY_SERVICES
    assert preferences.without_unwanted(["financial_hardship", "wellbeing"], said) == ["wellbeing"]


@pytest.mark.parametrize("text", ["I'm a full-time student and I look after my mum", "I'm at uni in Brixton",
                                  "I'm 19 and studying full time"])
def test_a_full_time_student_is_not_offered_carers_allowance(text):
    said = preferences.stated(text)
    assert "dwp_carers_allowance_unit" not in named(["young_adult_carer", "financial_hardship"], preferences=said)
    assert "dwp_carers_allowance_unit" in named(["young_adult_carer", "financial_hardship"])


@pytest.mark.parametrize("text", ["I need money for the gas bill", "I want to talk to someone about money",
                                  "my mum is a student nurse"])
def test_ordinary_words_about_money_or_study_state_no_preference(text):
    said = preferences.stated(text)
    assert preferences.NO_MONEY not in said and preferences.STUDENT not in said
