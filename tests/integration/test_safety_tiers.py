"""Safety tiers and long posts over the real servers (issue 13): a crisis card never hides
the other needs, an unsure message gets a safety line with the numbers and the question,
the tier is kept for staff, and a long post is read sentence by sentence."""
from __future__ import annotations

import pytest

from bot import situations
from tests.support.stack import texts

DEMENTIA = situations.label("dementia") + ":"
MONEY = situations.label("financial_hardship") + ":"
WORK = situations.label("working_carer") + ":"


def tiers_of(bot, sender: str) -> list[str]:
    events = bot.tracker(sender)["events"]
    latest = [e for e in events if e["event"] == "user"][-1]
    return [e["value"] for e in latest["parse_data"]["entities"] if e["entity"] == "safety_tier"]


@pytest.mark.parametrize("message", [
    "My dad has dementia and we are behind on the rent. Tonight I just want to end my life, I have his tablets here.",
    "mum has alzheimers and i cant pay the gas bill. i keep thinking about killing myself",
])
def test_a_crisis_card_comes_first_and_the_other_needs_are_still_signposted(bot, sender, message):
    replies = [m.get("text", "") for m in bot.say(sender, message)]
    assert "999" in replies[0] and "116 123" in replies[0]  # the card, first
    rest = "\n".join(replies[1:])
    assert DEMENTIA in rest and MONEY in rest
    assert "020 7501 8970" in rest
    assert any(tier.startswith("card: the crisis rules saw suicidal") for tier in tiers_of(bot, sender))


@pytest.mark.parametrize("message", [
    "I'm exhausted and I can't cope with looking after dad",
    "I feel completely overwhelmed and hopeless since I started caring for my wife",
    "I'm not suicidal, just worn out from caring for my son",
])
def test_an_unsure_message_gets_the_safety_line_and_question_not_a_card(bot, sender, message):
    reply = texts(bot.say(sender, message))
    assert "call 999" in reply and "Samaritans free on 116 123" in reply
    assert "Are you safe right now?" in reply
    assert "If you or someone you care for is thinking about suicide" not in reply  # no card
    assert any(tier.startswith("safety line") for tier in tiers_of(bot, sender))


def test_an_ordinary_message_has_no_tier_and_no_safety_line(bot, sender):
    reply = texts(bot.say(sender, "my mum has dementia and I need a break"))
    assert "Samaritans" not in reply and tiers_of(bot, sender) == []


def test_a_long_post_is_read_sentence_by_sentence(bot, sender):
    post = ("My mum has dementia and she keeps wandering at night. I work full time at a school and my manager "
            "is getting fed up with me leaving early. We are also behind on the council tax and I don't know if "
            "I can claim anything. I haven't had a day off in months and I'm exhausted.")
    reply = texts(bot.say(sender, post))
    for heading in (DEMENTIA, WORK, MONEY):
        assert heading in reply, heading


@pytest.mark.parametrize("message", ["How can I have a say in the carers strategy?",
                                     "how do i get involved in the carers strategy"])
def test_having_a_say_reaches_the_carers_strategy_development_manager(bot, sender, message):
    reply = texts(bot.say(sender, message))
    assert "Carers Strategy Development Manager" in reply
    assert "020 7501 8970" in reply and "connect@carershub.org.uk" in reply


@pytest.mark.parametrize("message", ["What's the number for Carers' Hub?", "carers hub phone number please",
                                     "how do I contact Carers Hub Lambeth?"])
def test_asking_for_carers_hubs_number_gets_it(bot, sender, message):
    assert "020 7501 8970" in texts(bot.say(sender, message))
