"""After the first reply (issue 14): questions are answered, not thanked; frustration gets an
apology and a person; a bereavement gets sympathy; being unseen is heard before any list."""
from __future__ import annotations

import pytest

from bot import replies
from tests.conftest import texts

HUB_PHONE = "020 7501 8970"


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
