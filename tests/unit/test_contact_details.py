from __future__ import annotations

import pytest

from bot.handoff import contact_details


@pytest.mark.parametrize("text, expected", [
    ("07700 900123", "07700 900123"),
    ("07700900123", "07700 900123"),
    ("+44 7700 900123", "07700 900123"),
    ("+447700900123", "07700 900123"),
    ("0044 7700 900 123", "07700 900123"),
    ("(020) 7946 0000", "020 7946 0000"),
    ("020-7946-0000", "020 7946 0000"),
    ("my number is 07700 900123 thanks", "07700 900123"),
])
def test_uk_phone_numbers_in_the_usual_forms(text, expected):
    detail = contact_details.contact_detail(text)
    assert detail == contact_details.ContactDetail("phone", expected)


@pytest.mark.parametrize("text, expected", [
    ("jo@example.org", "jo@example.org"),
    ("Jo.Bloggs+carer@Example.co.uk", "jo.bloggs+carer@example.co.uk"),
    ("email me at amir.khan@mail.com please", "amir.khan@mail.com"),
])
def test_emails(text, expected):
    assert contact_details.contact_detail(text) == contact_details.ContactDetail("email", expected)


@pytest.mark.parametrize("text", ["", "call me", "123", "0770090", "07700 9001234567", "jo@", "@example.org",
                                  "jo at example dot org", "+1 415 555 2671", "99999999999"])
def test_not_contact_details(text):
    assert contact_details.contact_detail(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Jo", "Jo"), ("my name is Amir Khan", "Amir Khan"), ("it's Siobhán", "Siobhán"), ("I'm Mrs Okafor.", "Mrs Okafor"),
])
def test_names(text, expected):
    assert contact_details.name(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "07700 900123", "jo@example.org", "1234", "x" * 101])
def test_not_names(text):
    assert contact_details.name(text) is None
