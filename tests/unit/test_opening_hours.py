"""Who is open now: the directory's opening hours in words, read against London time."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot import fit, opening_hours
from bot.dialogue import replies
from bot.directory.schema import read_directory
from tests.contact_check import unknown_contacts

DIRECTORY = read_directory()
LONDON = opening_hours.LONDON


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """December 2026: the 7th is a Monday, the 13th a Sunday."""
    return datetime(2026, 12, day, hour, minute, tzinfo=LONDON)


@pytest.mark.parametrize("words, moment, expected", [
    ("Monday to Friday, 8am to 6pm", at(7, 10), True),
    ("Monday to Friday, 8am to 6pm", at(7, 18), False),
    ("Monday to Friday, 8am to 6pm", at(13, 10), False),
    ("Monday to Friday, 9.30am to 4pm", at(8, 9, 15), False),
    ("Monday to Friday, 9.30am to 4pm", at(8, 9, 45), True),
    ("8am to 7pm, seven days a week, including public holidays", at(13, 8, 30), True),
    ("8am to 7pm, seven days a week, including public holidays", at(13, 19, 30), False),
    ("Phone: Monday to Friday 8am to 10pm, weekends 9am to 6pm. Email and online form: any time", at(13, 20), False),
    ("Phone: Monday to Friday 8am to 10pm, weekends 9am to 6pm. Email and online form: any time", at(9, 21), True),
    ("Phone: Monday to Friday 8am to 10pm, weekends 9am to 6pm. Email and online form: any time", at(12, 10), True),
    ("24 hours a day, 365 days a year", at(13, 3), True),
    ("Monday to Friday, 9am to 5pm; call the same number out of hours and on public holidays", at(13, 23), True),
    ("Friday to Monday, 10am to 2pm", at(13, 11), True),
    ("Friday to Monday, 10am to 2pm", at(9, 11), False),
])
def test_hours_in_words_are_read_against_london_time(words, moment, expected):
    assert opening_hours.parse(words).open_at(moment) is expected


def test_a_moment_in_another_time_zone_is_read_in_london_time():
    # 17:30 UTC in summer is 18:30 in London: the Carer's Allowance Unit has closed.
    summer = datetime(2026, 7, 6, 17, 30, tzinfo=timezone.utc)
    assert opening_hours.parse("Monday to Friday, 8am to 6pm").open_at(summer) is False
    assert opening_hours.parse("Monday to Friday, 8am to 6pm").open_at(summer.replace(hour=16)) is True


@pytest.mark.parametrize("words", ["Evenings and weekends", "Seven days a week (exact times not confirmed)",
                                   "Ring for times", ""])
def test_hours_that_are_not_exact_are_unknown_never_open(words):
    assert opening_hours.parse(words) is None


def test_every_checked_opening_time_in_the_directory_is_read_or_known_to_be_vague():
    vague = {"Evenings and weekends", "Seven days a week (exact times not confirmed)"}
    for service in DIRECTORY.services.values():
        for contact in service.verified_contacts("hours"):
            assert opening_hours.parse(contact.value) is not None or contact.value in vague, (service.id, contact.value)


def test_on_a_sunday_evening_only_lines_that_are_open_are_named_with_the_24_hour_lines():
    reply = replies.who_is_open(DIRECTORY, ["financial_hardship"], fit.Facts(), at(13, 19))
    assert "Sunday, 7pm" in reply.text
    assert "0800 731 0297" not in reply.text  # the Carer's Allowance Unit: weekdays only
    assert "116 123" in reply.text and "111" in reply.text and "999" in reply.text
    assert "020 7501 8970" in reply.text  # Carers' Hub, with no claim that it is open
    assert "Carers' Hub Lambeth is open now" not in reply.text
    assert not unknown_contacts(reply.text, DIRECTORY)


def test_on_a_weekday_morning_the_open_services_for_the_carers_needs_come_first():
    reply = replies.who_is_open(DIRECTORY, ["financial_hardship"], fit.Facts(), at(7, 10))
    assert reply.text.index("0800 731 0297") < reply.text.index("116 123")
    assert "dwp_carers_allowance_unit" in reply.services


def test_at_night_an_adults_carer_is_never_given_childrens_services():
    reply = replies.who_is_open(DIRECTORY, ["breaks_respite", "wellbeing"], fit.Facts(cared_for=fit.ADULT), at(12, 23))
    assert "lambeth_childrens_social_care" not in reply.services and "childline" not in reply.services
    assert "lambeth_adult_social_care" in reply.services  # its number also answers out of hours
