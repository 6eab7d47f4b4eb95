"""Pseudonyms for SMS and WhatsApp numbers: stable, keyed, one per channel, findable by staff."""
from __future__ import annotations

import stat

import pytest

from bot import settings
from bot.privacy import pseudonyms
from bot.privacy.pseudonyms import conversation_id, conversation_ids_for_number, normalise_number


@pytest.fixture
def secret_from_environment(monkeypatch):
    monkeypatch.setenv("PSEUDONYM_SECRET", "a-test-secret")
    settings.load.cache_clear()
    yield "a-test-secret"
    monkeypatch.undo()
    settings.load.cache_clear()


@pytest.mark.parametrize("written", [
    "+447700900123", "+44 7700 900123", "07700 900123", "07700-900-123", "0044 7700 900123",
    "+44 (0)7700 900123", "447700900123", "whatsapp:+447700900123", "WhatsApp:+44 7700 900123", " 07700900123 ",
])
def test_the_ways_a_uk_number_is_written_are_one_number(written):
    assert normalise_number(written) == "+447700900123"


def test_a_number_from_abroad_keeps_its_country_code():
    assert normalise_number("+1 (415) 555-0100") == "+14155550100"


@pytest.mark.parametrize("not_a_number", ["", "hello", "+44", "12345", "+0447700900123", "whatsapp:", "0770090012x"])
def test_what_is_not_a_number_is_refused_without_repeating_it(not_a_number):
    with pytest.raises(ValueError) as raised:
        normalise_number(not_a_number)
    assert not_a_number.strip() == "" or not_a_number not in str(raised.value)


def test_sms_and_whatsapp_ids_are_stable_and_unrelated(secret_from_environment):
    sms = conversation_id("+447700900123")
    whatsapp = conversation_id("whatsapp:+447700900123")
    assert sms.startswith("sms-") and whatsapp.startswith("whatsapp-")
    assert sms.split("-", 1)[1] != whatsapp.split("-", 1)[1]
    assert conversation_id("+447700900123") == sms
    assert "7700900123" not in sms + whatsapp


def test_staff_find_both_conversations_from_the_number_as_the_carer_gives_it(secret_from_environment):
    assert conversation_ids_for_number("07700 900123") == [
        conversation_id("+447700900123"), conversation_id("whatsapp:+447700900123")]
    assert conversation_ids_for_number("07700 900124") != conversation_ids_for_number("07700 900123")
    with pytest.raises(ValueError):
        conversation_ids_for_number("not a number")


def test_the_id_depends_on_the_secret(monkeypatch, secret_from_environment):
    first = conversation_id("+447700900123")
    monkeypatch.setenv("PSEUDONYM_SECRET", "another-secret")
    settings.load.cache_clear()
    assert conversation_id("+447700900123") != first


def test_without_a_configured_secret_one_is_made_once_and_kept_private(monkeypatch, tmp_path):
    monkeypatch.delenv("PSEUDONYM_SECRET", raising=False)
    settings.load.cache_clear()
    try:
        first = pseudonyms.secret(tmp_path)
        path = tmp_path / pseudonyms.SECRET_FILE
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert len(first) >= 32
        pseudonyms._secret.cache_clear()  # as a new process would
        assert pseudonyms.secret(tmp_path) == first
        assert [p.name for p in tmp_path.iterdir()] == [pseudonyms.SECRET_FILE]  # no temporary file left
    finally:
        settings.load.cache_clear()
