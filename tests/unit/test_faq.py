"""Answers to questions: each FAQ answer in domain.yml has its services in bot/faq.py, holds
no contact details of its own, and reads plainly; the reply adds only checked contacts."""
from __future__ import annotations

import re

import yaml

from bot import faq, fit, preferences, settings
from bot.dialogue import replies
from bot.directory.schema import read_directory
from bot.training import PROJECT_ROOT
from tests.contact_check import unknown_contacts
from tests.support.readability import grade

DIRECTORY = read_directory()
DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
ANSWER_TEXTS = {name.partition("/")[2]: variants[0]["text"] for name, variants in DOMAIN["responses"].items()
                if name.startswith("utter_faq/")}
TRAINED = {block["intent"].partition("/")[2]
           for block in yaml.safe_load((PROJECT_ROOT / "data/nlu/faq.yml").read_text())["nlu"]}


def test_every_answer_has_words_training_examples_and_services_that_exist():
    assert set(ANSWER_TEXTS) == set(faq.ANSWERS) == TRAINED
    for key, answer in faq.ANSWERS.items():
        assert answer.situation in DIRECTORY.situations, key
        assert all(service in DIRECTORY.services for service in answer.services), key


def test_answers_give_no_number_or_address_themselves():
    # Contacts come from the directory, beside the answer, so they are checked in one place.
    for key, text in ANSWER_TEXTS.items():
        without_money_or_years = re.sub(r"£\d+(\.\d+)?|\b20\d\d\b", "", text)
        assert not re.search(r"\d{3,}|@|https?://|www\.", without_money_or_years), key


def test_every_answer_reply_reads_plainly_and_holds_only_directory_contacts():
    for key, answer in faq.ANSWERS.items():
        reply = replies.faq_answer(DIRECTORY, ANSWER_TEXTS[key], answer.services, fit.Facts(), answer.situation)
        assert not unknown_contacts(reply.text, DIRECTORY), key
        assert grade(ANSWER_TEXTS[key]) <= 7.5, key
        assert reply.text.rstrip().endswith(replies.hub_line(DIRECTORY)), key


def test_a_student_asking_about_carers_allowance_is_not_sent_to_claim_it():
    answer = faq.ANSWERS["carers_allowance"]
    student = fit.Facts(preferences=(preferences.STUDENT,))
    reply = replies.faq_answer(DIRECTORY, ANSWER_TEXTS["carers_allowance"], answer.services, student, answer.situation)
    assert "0800 731 0297" not in reply.text
    assert "full-time" in ANSWER_TEXTS["carers_allowance_exclusions"] or "study full time" in ANSWER_TEXTS[
        "carers_allowance_exclusions"]


def test_a_first_text_message_answer_fits_three_segments():
    room = replies.TEXT_SEGMENTS_LIMIT - len(replies.privacy_notice_short(settings.load().retention_days)) - 2
    for key, answer in faq.ANSWERS.items():
        full = replies.faq_answer(DIRECTORY, ANSWER_TEXTS[key], answer.services, fit.Facts(), answer.situation)
        short = replies.faq_answer_compact(DIRECTORY, ANSWER_TEXTS[key], full.services, room)
        assert len(short.text) <= room, key
        assert "020 7501 8970" in short.text, key
        assert short.text.split("\n")[0].strip(), key  # some of the answer itself


def test_the_chosen_answer_is_read_from_rasas_parse_data():
    parsed = {"intent": {"name": "faq", "full_retrieval_intent_name": "faq/carers_card"}}
    assert faq.key_of(parsed) == "carers_card" and faq.situation_of(parsed) == "carers_card"
    bare = {"intent": {"name": "faq"},
            "response_selector": {"faq": {"response": {"intent_response_key": "faq/what_is_respite"}}}}
    assert faq.key_of(bare) == "what_is_respite"
    assert faq.key_of({"intent": {"name": "dementia"}}) is None
    assert faq.key_of({"intent": {"name": "faq", "full_retrieval_intent_name": "faq/unknown"}}) is None


def test_help_for_the_person_who_harmed_the_carer_is_for_them_not_for_children():
    reply = replies.help_for_the_person(DIRECTORY, [], fit.Facts(cared_for=fit.ADULT), after_crisis=True)
    assert "lambeth_adult_social_care" in reply.services and "slam" in reply.services
    assert "lambeth_childrens_social_care" not in reply.services
    assert "999" in reply.text and not unknown_contacts(reply.text, DIRECTORY)
    child = replies.help_for_the_person(DIRECTORY, [], fit.Facts(cared_for=fit.CHILD), after_crisis=False)
    assert "lambeth_childrens_social_care" in child.services and "lambeth_adult_social_care" not in child.services


def test_a_gas_bill_is_not_met_with_a_foodbank_until_food_is_mentioned():
    said = preferences.stated("I can't pay the gas bill this month")
    reply = replies.signposting(DIRECTORY, ["financial_hardship"], fit.Facts(preferences=tuple(said)))
    assert "norwood_brixton_foodbank" not in reply.services
    said = preferences.stated("and now there's no food in the house either", said)
    reply = replies.signposting(DIRECTORY, ["financial_hardship"], fit.Facts(preferences=tuple(said)))
    assert "norwood_brixton_foodbank" in reply.services


def test_an_adult_is_not_sent_to_cruses_young_peoples_site():
    adult = replies.signposting(DIRECTORY, ["bereavement"], fit.Facts(carer_age=52))
    assert "hopeagain" not in adult.text
    young = replies.signposting(DIRECTORY, ["bereavement", "young_carer"], fit.Facts(carer_age=15))
    assert "hopeagain" in young.text


def test_a_student_or_a_child_asking_about_carers_allowance_is_told_who_cannot_get_it():
    assert faq.for_this_carer("carers_allowance", (preferences.STUDENT,), None) == "carers_allowance_exclusions"
    assert faq.for_this_carer("carers_allowance", (), 15) == "carers_allowance_exclusions"
    assert faq.for_this_carer("carers_allowance", (), 40) == "carers_allowance"
    assert faq.for_this_carer("carers_card", (preferences.STUDENT,), 15) == "carers_card"
