"""A first real conversation over the REST channel of the running bot."""
from __future__ import annotations

import pytest

from bot import settings
from bot.directory import schema
from tests.support.stack import texts

DIRECTORY = schema.read_directory()
HUB_PHONE = "020 7501 8970"
HUB_EMAIL = "connect@carershub.org.uk"


def test_greeting_carries_the_privacy_notice(bot, sender):
    reply = texts(bot.say(sender, "hello"))
    assert "help you find support" in reply
    assert f"keep this chat for {settings.load().retention_days} days" in reply  # passed in, not re-read
    assert "delete my conversation" in reply


def test_privacy_notice_comes_once(bot, sender):
    bot.say(sender, "hi")
    second = texts(bot.say(sender, "I need a break from caring for my dad"))
    assert "keep this chat for" not in second


@pytest.mark.parametrize("message, situation", [
    ("I look after my mum and I really need a break", "breaks_respite"),
    ("we are struggling with money and I don't know if I can get carers allowance", "financial_hardship"),
    ("I've been feeling really low and lonely since I started caring for my husband", "wellbeing"),
    ("im 14 and i look after my mum because shes ill", "young_carer"),
])
def test_a_stated_need_is_signposted_at_once_with_contacts_and_carers_hub(bot, sender, message, situation):
    messages = bot.say(sender, message)
    assert "keep this chat for" in messages[0]["text"], "the first reply starts with the privacy notice"
    reply = next(m["text"] for m in messages if "Here is who can help" in m.get("text", ""))
    fitting = [s for s in DIRECTORY.services_for(situation) if s.id != "carers_hub_lambeth"]
    named = [s for s in fitting if s.name in reply]
    assert named, f"no organisation for {situation} named in:\n{reply}"
    contacts = [c.value for s in named for c in s.verified_contacts("phone", "text", "web", "email")]
    assert any(value in reply for value in contacts), reply
    # Carers' Hub closes the signposting (a refining question may follow it).
    signposting = reply.split("\n\n")
    hub_block = next(i for i, block in enumerate(signposting) if block.startswith("Carers' Hub Lambeth"))
    assert all(not block.startswith("- ") for block in signposting[hub_block + 1:]), reply
    assert HUB_PHONE in signposting[hub_block] and HUB_EMAIL in signposting[hub_block]


def test_explicit_crisis_gets_crisis_contacts_first(bot, sender):
    messages = bot.say(sender, "I want to kill myself")
    first = messages[0]["text"]
    assert "999" in first
    assert "0800 731 2864" in first  # SLaM 24-hour crisis line
    assert "116 123" in first  # Samaritans
    assert first.index("999") < first.index("Carers' Hub") if "Carers' Hub" in first else True


def test_crisis_in_the_middle_of_a_conversation(bot, sender):
    bot.say(sender, "hi")
    bot.say(sender, "I care for my dad who has dementia")
    reply = bot.say(sender, "dad has collapsed and he isn't breathing")[0]["text"]
    assert reply.splitlines()[1].endswith("999"), reply


def test_not_safe_in_answer_to_the_safety_question_gets_the_crisis_contacts(bot, sender):
    first = texts(bot.say(sender, "I'm exhausted and I can't cope with looking after dad"))
    assert "Are you safe right now?" in first
    reply = bot.say(sender, "no")[0]["text"]
    assert "999" in reply and "116 123" in reply


def test_safe_in_answer_to_the_safety_question(bot, sender):
    bot.say(sender, "I feel completely overwhelmed and hopeless since I started caring for my wife")
    assert "glad" in texts(bot.say(sender, "yes I'm safe"))


def test_unsure_classifier_but_clear_rules_still_signposts(bot, sender):
    reply = texts(bot.say(sender, "im 13 and i care for my mum"))
    assert "Young carers" in reply and "020 7501 8970" in reply


def test_nothing_comes_between_a_crisis_card_and_the_reader_and_the_notice_follows_next_turn(bot, sender):
    messages = bot.say(sender, "my husband has collapsed and he is not breathing")
    assert "999" in messages[0]["text"]
    assert not any("keep this chat for" in m.get("text", "") for m in messages)
    later = texts(bot.say(sender, "I care for him, he has dementia and I need some support"))
    assert "keep this chat for" in later
    assert "keep this chat for" not in texts(bot.say(sender, "thank you"))
