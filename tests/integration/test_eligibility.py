"""The Lambeth check: postcodes.io (a local fake) first, the offline table when it fails."""
from __future__ import annotations

import pytest

from bot import eligibility
from tests.support.stack import texts


@pytest.fixture(autouse=True)
def use_fake(fake_postcodes, monkeypatch):
    # Point this test process's settings at the fake and start with an empty cache.
    from bot import settings

    monkeypatch.setenv("POSTCODES_IO_URL", fake_postcodes.url)
    settings.load.cache_clear()
    eligibility._cache = eligibility._Cache()
    fake_postcodes.mode = "up"
    yield
    fake_postcodes.mode = "up"
    settings.load.cache_clear()


@pytest.mark.parametrize("postcode, expected, district", [
    ("SW9 8AB", "yes", "Lambeth"), ("sw98ab", "yes", "Lambeth"), ("CR0 2AB", "no", "Croydon"),
    ("SE15 4AB", "no", "Southwark"), ("SW4", "unsure", "Lambeth and Wandsworth"), ("SE27", "yes", "Lambeth"),
])
def test_postcodes_io_answers(postcode, expected, district):
    answer = eligibility.check_postcode(postcode)
    assert (answer.in_lambeth, answer.how, answer.district) == (expected, "postcodes.io", district)


def test_answers_are_cached(fake_postcodes):
    before = fake_postcodes.lookups.count("/postcodes/SE115AB")
    eligibility.check_postcode("SE11 5AB")
    eligibility.check_postcode("se115ab")
    assert fake_postcodes.lookups.count("/postcodes/SE115AB") == before + 1


def test_unknown_postcode_is_unsure():
    assert eligibility.check_postcode("ZZ9 9ZZ").in_lambeth == "unsure"


@pytest.mark.parametrize("mode", ["down", "slow"])
def test_offline_table_when_postcodes_io_is_down_or_slow(fake_postcodes, mode):
    fake_postcodes.mode = mode
    fake_postcodes.slow_seconds = eligibility.TIMEOUT_SECONDS + 2
    assert eligibility.check_postcode("SW9 8AB") == eligibility.Answer("yes", "offline table")
    assert eligibility.check_postcode("SW16 1AA") == eligibility.Answer("unsure", "offline table")
    assert eligibility.check_postcode("CR0 2AB") == eligibility.Answer("no", "offline table")


def test_offline_answers_are_not_cached(fake_postcodes):
    fake_postcodes.mode = "down"
    eligibility.check_postcode("CR0 2AB")
    fake_postcodes.mode = "up"
    assert eligibility.check_postcode("CR0 2AB").how == "postcodes.io"


@pytest.mark.parametrize("area, expected", [("Brixton", "yes"), ("streatham", "yes"), ("Croydon", "no")])
def test_area_names(area, expected):
    assert eligibility.check_area(area).in_lambeth == expected


def test_outside_lambeth_gets_national_services_and_own_council(bot, sender):
    reply = texts(bot.say(sender, "I live in Croydon and look after my dad who has dementia"))
    assert "your own council" in reply.lower()
    assert "0800 888 6678" in reply  # Dementia UK, national
    assert "020 7926 5555" not in reply  # Lambeth's own adult social care is not for them


def test_a_postcode_outside_lambeth_answers_the_lambeth_question(bot, sender, fake_postcodes):
    first = bot.say(sender, "my mum has dementia and I need a break")
    assert any("live in Lambeth" in m.get("text", "") for m in first)
    reply = texts(bot.say(sender, "CR0 2AB"))
    assert "your own council" in reply.lower()
    assert "/postcodes/CR02AB" in fake_postcodes.lookups


def test_yes_to_the_lambeth_question_keeps_lambeth_services(bot, sender):
    first = texts(bot.say(sender, "I care for my husband who has dementia"))
    assert "live in Lambeth" in first
    assert "Lambeth services I named are for you" in texts(bot.say(sender, "yes"))


def test_the_bot_still_answers_when_postcodes_io_is_down(bot, sender, fake_postcodes):
    fake_postcodes.mode = "down"
    bot.say(sender, "I need a break from caring for my nan")
    reply = texts(bot.say(sender, "SW9 8AB"))
    assert "your own council" not in reply.lower() and reply
