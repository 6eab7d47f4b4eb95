"""Reading Twilio's webhook requests: the signature (the real RequestValidator) and the fields."""
from __future__ import annotations

from urllib.parse import urlencode

import pytest
from twilio.request_validator import RequestValidator

from bot.channels.twilio_inbound import form_params, read_message, signature_is_valid, signed_url, InboundMessage

TOKEN = "test-auth-token"
URL = "https://carers-bot.example.org/webhooks/twilio/webhook"
FORM = "application/x-www-form-urlencoded"
SMS = {"MessageSid": "SM" + "a" * 32, "From": "+447700900123", "To": "+442079460000", "Body": "hello",
       "NumMedia": "0"}


def signed(fields: dict[str, str], token: str = TOKEN, url: str = URL) -> tuple[dict, str]:
    params = form_params(urlencode(fields).encode(), FORM)
    return params, RequestValidator(token).compute_signature(url, fields)


def test_a_request_signed_with_the_auth_token_over_the_public_url_is_valid():
    params, signature = signed(SMS)
    assert signature_is_valid(TOKEN, URL, params, signature)


def test_a_media_message_with_an_empty_body_is_valid():
    # Twilio signs the empty Body too; a parser that drops blank values breaks the check.
    params, signature = signed({**SMS, "Body": "", "NumMedia": "1", "MediaUrl0": "https://api.twilio.com/m/1"})
    assert signature_is_valid(TOKEN, URL, params, signature)


@pytest.mark.parametrize("case", ["another token", "another url", "altered body", "no signature", "no token"])
def test_anything_else_is_invalid(case):
    params, signature = signed(SMS)
    token, url = TOKEN, URL
    if case == "another token":
        params, signature = signed(SMS, token="forged")
    elif case == "another url":
        params, signature = signed(SMS, url="http://127.0.0.1:5005/webhooks/twilio/webhook")
    elif case == "altered body":
        params = form_params(urlencode({**SMS, "Body": "something else"}).encode(), FORM)
    elif case == "no signature":
        signature = None
    elif case == "no token":
        token = ""
    assert not signature_is_valid(token, url, params, signature)


def test_the_signed_url_is_the_public_one():
    assert signed_url("https://bot.example.org/", "/webhooks/twilio/webhook", "") == \
        "https://bot.example.org/webhooks/twilio/webhook"
    assert signed_url("https://bot.example.org", "/webhooks/twilio/webhook", "a=1") == \
        "https://bot.example.org/webhooks/twilio/webhook?a=1"


def test_only_form_bodies_are_read():
    assert form_params(b'{"From": "+447700900123"}', "application/json") is None
    assert form_params(b"Body=%FF", FORM) is None  # not UTF-8
    assert form_params(b"Body=caf%C3%A9", FORM + "; charset=utf-8") == {"Body": ["café"]}


def test_an_sms_and_a_whatsapp_message_are_read():
    message = read_message(form_params(urlencode(SMS).encode(), FORM))
    assert isinstance(message, InboundMessage)
    assert (message.sender, message.bot_address, message.text, message.channel) == (
        "+447700900123", "+442079460000", "hello", "sms")
    whatsapp = read_message({**{k: [v] for k, v in SMS.items()},
                             "From": ["whatsapp:+447700900123"], "To": ["whatsapp:+14155238886"]})
    assert whatsapp.channel == "whatsapp" and whatsapp.bot_address == "whatsapp:+14155238886"
    assert "7700" not in repr(whatsapp)


@pytest.mark.parametrize("change, problem", [
    ({"From": None}, "missing 'From'"),
    ({"MessageSid": None, "To": None}, "missing 'MessageSid', 'To'"),
    ({"From": "hello"}, "'From' is not a phone number"),
    ({"From": "messenger:12345678"}, "'From' must be a phone number or a whatsapp: address"),
    ({"From": "whatsapp:+447700900123"}, "'From' and 'To' must both be"),
    ({"MessageSid": "SM' OR 1=1"}, "'MessageSid' is not a Twilio message id"),
    ({"NumMedia": "many"}, "'NumMedia' must be a whole number"),
])
def test_malformed_fields_are_named(change, problem):
    fields = {k: [v] for k, v in SMS.items()}
    for name, value in change.items():
        if value is None:
            fields.pop(name)
        else:
            fields[name] = [value]
    assert read_message(fields).startswith(problem)


def test_a_repeated_field_is_refused():
    assert read_message({**{k: [v] for k, v in SMS.items()}, "From": ["+447700900123", "+447700900124"]}) == \
        "'From' must be given once"


def test_media_and_locations_are_noticed():
    media = read_message({**{k: [v] for k, v in SMS.items()}, "Body": [""], "NumMedia": ["2"]})
    assert media.media_count == 2 and media.text == ""
    location = read_message({**{k: [v] for k, v in SMS.items()}, "Body": [""], "Latitude": ["51.46"],
                             "Longitude": ["-0.11"]})
    assert location.is_location
