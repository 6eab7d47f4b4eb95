"""After the first reply (issue 14): questions are answered, not thanked; frustration gets an
apology and a person; a bereavement gets sympathy; being unseen is heard before any list."""
from __future__ import annotations

import pytest

from bot.dialogue import replies
from bot.directory.schema import read_directory
from tests.support.stack import texts

HUB_PHONE = "020 7501 8970"
DIRECTORY = read_directory()


@pytest.mark.parametrize("question", [
    "Is there anyone who could sit with my wife so I can go out?",
    "It's Sunday, who can I actually ring today?",
    "is there somebody I can talk to about all this?",
])
def test_a_follow_up_question_is_never_thanked_or_welcomed(bot, sender, question):
    bot.say(sender, "I look after my wife, she has Parkinson's")
    reply = texts(bot.say(sender, question))
    assert "You're welcome" not in reply and not reply.startswith("Thank you"), reply
    assert "didn't quite understand" not in reply, reply
    assert HUB_PHONE in reply or "Here is who can help" in reply, reply


@pytest.mark.parametrize("complaint", ["you're useless", "this is f***ing useless", "ffs that's not what I asked",
                                       "stupid bot, you keep sending the same list"])
def test_frustration_or_swearing_gets_an_apology_and_a_person_at_once(bot, sender, complaint):
    bot.say(sender, "I need help with money, I care for my dad")
    reply = texts(bot.say(sender, complaint))
    assert replies.APOLOGY in reply and HUB_PHONE in reply, reply


def test_a_bereaved_carer_hears_sympathy_first(bot, sender):
    reply = texts(bot.say(sender, "My mum died last month. I looked after her for ten years and now I don't know what to do"))
    assert replies.SYMPATHY in reply, reply
    assert reply.index(replies.SYMPATHY) < reply.index("- "), reply


def test_someone_who_feels_unseen_is_heard_before_the_list(bot, sender):
    reply = texts(bot.say(sender, "No one ever asks how I am. I'm exhausted from looking after my husband"))
    assert replies.HEARD in reply and reply.index(replies.HEARD) < reply.index("- "), reply


@pytest.mark.parametrize("crisis, follow_up", [
    ("I've got mum's tablets in front of me and I'm thinking of taking them all",
     "ok I put them down. who can sit with mum tonight, she has dementia"),
    ("my son hit me again last night, I'm scared of him", "I look after him, he has schizophrenia. who can help him?"),
])
def test_after_a_crisis_the_next_reply_first_asks_how_they_are(bot, sender, crisis, follow_up):
    card = bot.say(sender, crisis)
    assert "999" in card[0]["text"]
    after = bot.say(sender, follow_up)
    assert after[0]["text"].startswith("Thank you for writing back. How are you now?"), after
    assert "999" in after[0]["text"]
    assert "Short breaks for disabled children" not in texts(after)
    # Only once: the turn after that is an ordinary one.
    assert "How are you now?" not in texts(bot.say(sender, "I also need help with money"))


YOUNG_CARERS_SERVICE = "Carers' Hub Lambeth - Young Carers"
CHILDRENS_SHORT_BREAKS = "short breaks for disabled children"
CARERS_ALLOWANCE_UNIT = "Carer's Allowance Unit"


@pytest.mark.parametrize("message, must_not", [
    ("I look after my mum who has Parkinson's and I really need a break", CHILDRENS_SHORT_BREAKS),
    ("My husband has dementia and I need a break from it", CHILDRENS_SHORT_BREAKS),
    ("I'm a GP and I'd like to refer a 52 year old patient who cares for her husband", YOUNG_CARERS_SERVICE),
    ("I help the old lady next door with her shopping, does that make me a carer?", YOUNG_CARERS_SERVICE),
    ("I don't want money, I just want someone to talk to. I look after my dad who has COPD", CARERS_ALLOWANCE_UNIT),
    ("I'm 19 and a full-time student at uni, and I look after my mum who has MS. Can I get any money?",
     CARERS_ALLOWANCE_UNIT),
])
def test_services_that_do_not_fit_the_person_are_not_offered(bot, sender, message, must_not):
    reply = texts(bot.say(sender, message))
    assert "020 7501 8970" in reply
    assert must_not.lower() not in reply.lower(), reply


def test_a_preference_holds_for_the_rest_of_the_conversation(bot, sender):
    bot.say(sender, "I don't want money or benefits, I just need some time to myself. I care for my wife")
    reply = texts(bot.say(sender, "she has dementia and I work full time"))
    assert CARERS_ALLOWANCE_UNIT.lower() not in reply.lower(), reply


@pytest.mark.parametrize("question", ["will they take me off mum if i ring them?", "who can help HIM?",
                                      "what happens at the meeting next week?"])
def test_a_question_the_bot_cannot_place_gets_an_honest_answer_and_a_person(bot, sender, question):
    reply = texts(bot.say(sender, question))
    assert "didn't quite understand" not in reply and "You're welcome" not in reply, reply
    assert HUB_PHONE in reply, reply


# --- answers to questions (the ResponseSelector's FAQ, with the directory's contacts) ----------

@pytest.mark.parametrize("question, words, contact", [
    ("what is a carers assessment?", "free talk", "020 7926 5555"),
    ("sorry what does respite actually mean", "break", "020 7926 5555"),
    ("Is there anyone who could sit with my wife so I can go out?", "sitting service", "020 7926 5555"),
    ("how much is carers allowance?", "£86.45", "0800 731 0297"),
    ("can you get carer's allowance if you're a full time student", "21 hours", None),
    ("what do you actually get with the lambeth carers card", "18", None),
    ("what happens to my husband if I end up in hospital?", "emergency plan", None),
    ("I'm a GP - is there a referral form or do I just ring?", "refer", None),
    ("will they take me off mum if i ring them", "not to get anyone in trouble", "0800 1111"),
    ("what are young carers?", "under 18", None),
])
def test_a_question_with_one_answer_gets_that_answer_and_only_checked_contacts(bot, sender, question, words, contact):
    from tests.contact_check import unknown_contacts

    bot.say(sender, "hi, I look after my husband")
    reply = texts(bot.say(sender, question))
    assert words.lower() in reply.lower(), reply
    if contact:
        assert contact in reply, reply
    assert HUB_PHONE in reply, reply
    assert not unknown_contacts(reply, DIRECTORY), reply


def test_a_student_asking_about_carers_allowance_gets_who_cannot_get_it(bot, sender):
    bot.say(sender, "I'm 20 and at uni full time, I look after my mum")
    reply = texts(bot.say(sender, "can I get carers allowance?"))
    assert "21 hours" in reply or "full time" in reply.lower(), reply


# --- who can be rung now ---------------------------------------------------------------------

@pytest.mark.parametrize("question", ["It's Sunday, who can I actually ring today?", "is anyone open now?",
                                      "who can I call tonight"])
def test_who_can_be_rung_now_names_only_what_is_open_now_in_london_and_the_24_hour_lines(bot, sender, question):
    from bot import opening_hours

    bot.say(sender, "I'm struggling with money and I care for my dad")
    moment = opening_hours.now()
    reply = texts(bot.say(sender, question))
    assert "116 123" in reply and "999" in reply, reply
    unit_open = opening_hours.parse("Monday to Friday, 8am to 6pm").open_at(moment)
    # The Carer's Allowance Unit is named as open only when it is (checked against the same
    # clock a moment before; a reply on the hour's edge is not a failure worth chasing).
    if "Open now for what you told me" in reply and not unit_open:
        assert "0800 731 0297" not in reply.split("Open day and night")[0], reply
    assert "Carers' Hub Lambeth is open now" not in reply  # its hours are unknown


def test_after_a_crisis_a_question_about_tonight_gets_the_check_in_and_lines_open_now(bot, sender):
    bot.say(sender, "I've got mum's tablets in front of me and I'm thinking of taking them all")
    after = texts(bot.say(sender, "ok I put them down… who can sit with mum tonight"))
    assert after.startswith("Thank you for writing back. How are you now?"), after
    assert "Open day and night" in after and "116 123" in after, after
    assert "lambethsaferchildren" not in after and "Short breaks for disabled children" not in after, after


def test_who_can_help_him_after_harm_names_services_for_him(bot, sender):
    bot.say(sender, "I'm 71 and the son I care for hit me last night")
    reply = texts(bot.say(sender, "who can help HIM?"))
    assert "didn't quite understand" not in reply, reply
    assert "020 7926 5555" in reply and "0800 731 2864" in reply, reply  # adult social care, SLaM
    assert "Children's Social Care" not in reply, reply


# --- a question back to the bot's question -----------------------------------------------------

def test_why_do_you_need_to_know_gets_the_reason_and_the_question_again(bot, sender):
    first = texts(bot.say(sender, "I need a break from caring for my mum"))
    assert "live in Lambeth" in first, first
    reply = texts(bot.say(sender, "why do you need to know?"))
    assert "I ask because" in reply and "live in Lambeth" in reply, reply
    # The answer still counts against the question.
    assert replies.LAMBETH_CONFIRMED in texts(bot.say(sender, "yes"))


def test_just_after_a_crisis_card_unplaced_words_are_not_met_with_misunderstanding(bot, sender):
    bot.say(sender, "I want to end my life")
    reply = texts(bot.say(sender, "ok"))
    assert "didn't quite understand" not in reply, reply
    assert HUB_PHONE in reply or "How are you now?" in reply, reply
