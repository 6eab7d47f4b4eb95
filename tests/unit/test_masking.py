"""Masking personal data in conversation text: each kind, in the ways people write it,
and the everyday words and public contact details that must stay readable."""
from __future__ import annotations

import pytest

from bot.directory.schema import read_directory
from bot.privacy.masking import masker_for, normalise_phone, valid_nhs_number, Masker


@pytest.fixture(scope="module")
def masker() -> Masker:
    return masker_for(read_directory())


def assert_masked(masker: Masker, text: str, secret: str, label: str, known=()) -> str:
    masked = masker.mask(text, known)
    assert secret.lower() not in masked.lower(), (text, masked)
    assert f"[{label}]" in masked, (text, masked)
    return masked


@pytest.mark.parametrize("text, secret", [
    ("Hi, my name is Jane Smith and I care for my dad", "Jane Smith"),
    ("my name is chiamaka", "chiamaka"),
    ("MY NAME IS OLUWASEUN ADEBAYO", "OLUWASEUN"),
    ("Name: Priya Patel", "Priya Patel"),
    ("I'm Chiamaka, I look after my brother", "Chiamaka"),
    ("i'm called tremaine", "tremaine"),
    ("Call me Bukola please", "Bukola"),
    ("This is Kwame Mensah from Stockwell", "Kwame Mensah"),
    ("Mrs O'Brien next door helps sometimes", "O'Brien"),
    ("Dr Okonkwo is her consultant", "Okonkwo"),
    ("Mr. Nowak said to message you", "Nowak"),
    ("I look after my mum Margaret who has dementia", "Margaret"),
    ("my husband, Desmond, has parkinsons", "Desmond"),
    ("my son Tiago is autistic", "Tiago"),
    ("jane said I should write here", "jane"),
    ("Mary Okafor is my neighbour", "Okafor"),
    ("I asked Grace to sit with mum", "Grace"),
    ("Grace is my sister and she can't help", "Grace"),
    ("Thanks, Winston", "Winston"),
])
def test_names(masker, text, secret):
    assert_masked(masker, text, secret, "name")


@pytest.mark.parametrize("text, secret", [
    ("ring me on 07700 900123", "900123"),
    ("my number is 07700900123", "07700900123"),
    ("+44 7700 900123 is my mobile", "7700 900123"),
    ("call +447700900123 after 5", "7700900123"),
    ("home phone (020) 7946 0958", "7946 0958"),
    ("landline 020-7946-0958", "7946-0958"),
    ("it's 0044 7700 900 123", "900 123"),
    ("+44 (0)20 7946 0958", "7946 0958"),
    ("020.7946.0958", "7946.0958"),
    ("0161 496 0000", "496 0000"),
    ("my cousin abroad is on +1 415 555 2671", "555 2671"),
    ("0 7 7 0 0 9 0 0 1 2 3", "9 0 0 1 2 3"),
])
def test_phone_numbers(masker, text, secret):
    assert_masked(masker, text, secret, "phone number")


@pytest.mark.parametrize("text, secret", [
    ("email me at jane.smith@example.co.uk", "jane.smith@example.co.uk"),
    ("JANE.SMITH+carer@Example.ORG please", "JANE.SMITH+carer@Example.ORG"),
    ("my email is o'brien_k@mail.lambeth.gov.uk.", "o'brien_k@mail.lambeth.gov.uk"),
    ("jane dot smith at gmail dot com", "smith at gmail"),
    ("jsmith(at)example(dot)org", "jsmith(at)example"),
    ("it is kwame at hotmail.co.uk", "kwame at hotmail"),
])
def test_email_addresses(masker, text, secret):
    assert_masked(masker, text, secret, "email address")


@pytest.mark.parametrize("text, secret", [
    ("we're in SW9 8AB", "SW9 8AB"), ("postcode sw98ab", "sw98ab"), ("SE11 5QY", "SE11 5QY"),
    ("W1A 1AA", "W1A 1AA"), ("sw2 1rw is mine", "sw2 1rw"), ("SE27 0AB", "SE27 0AB"),
])
def test_postcodes(masker, text, secret):
    assert_masked(masker, text, secret, "postcode")


@pytest.mark.parametrize("text, secret", [
    ("I live at 12 Acre Lane", "12 Acre Lane"),
    ("Flat 3, 45 Brixton Hill", "45 Brixton Hill"),
    ("come to 14b Coldharbour Lane tomorrow", "14b Coldharbour"),
    ("i live on railton road", "railton"),
    ("we moved to Loughborough Park last year", "Loughborough"),
    ("it's 7 stockwell park crescent", "stockwell park crescent"),
    ("we are at flat 12 in the block", "flat 12"),
])
def test_street_addresses(masker, text, secret):
    assert_masked(masker, text, secret, "address")


@pytest.mark.parametrize("text, secret, label", [
    ("her DOB is 12/03/1958", "12/03/1958", "date of birth"),
    ("date of birth: 3rd March 1958", "3rd March 1958", "date of birth"),
    ("he was born on 12.3.58", "12.3.58", "date of birth"),
    ("mum was born in 1941", "1941", "date of birth"),
    ("my birthday is March 3rd", "March 3rd", "date of birth"),
    ("d.o.b. 1958-03-12", "1958-03-12", "date of birth"),
    ("dad, 12 March 1950, needs help", "12 March 1950", "date"),
    ("appointment on 05/06/2024", "05/06/2024", "date"),
])
def test_dates_of_birth_and_full_dates(masker, text, secret, label):
    assert_masked(masker, text, secret, label)


@pytest.mark.parametrize("text, secret, label", [
    ("NHS number 943 476 5919", "943 476 5919", "NHS number"),
    ("her nhs no is 9434765919", "9434765919", "NHS number"),
    ("943-476-5919", "943-476-5919", "NHS number"),
    ("ref 1234567890", "1234567890", "reference number"),
    ("my NI number is QQ 12 34 56 C", "QQ 12 34 56 C", "reference number"),
])
def test_nhs_and_other_reference_numbers(masker, text, secret, label):
    assert_masked(masker, text, secret, label)


def test_nhs_number_check_digit():
    assert valid_nhs_number("9434765919")
    assert not valid_nhs_number("9434765918")
    assert not valid_nhs_number("12345")


def test_values_given_in_forms_are_masked_wherever_they_appear(masker):
    known = [("name", "Ngozi Eze"), ("contact", "07700 900987"), ("form_answer", "weekday mornings")]
    masked = masker.mask("Thank you, Ngozi Eze. We'll call 07700900987 on weekday mornings. Bye NGOZI!", known)
    assert "Ngozi" not in masked and "NGOZI" not in masked and "Eze" not in masked
    assert "900987" not in masked and "weekday mornings" not in masked
    assert masked.count("[name]") == 2 and "[phone number]" in masked and "[form answer]" in masked
    email = masker.mask("send it to N.Eze@Example.com", [("contact", "n.eze@example.com")])
    assert email == "send it to [email address]"
    # A form answer that is just the name, typed in lower case
    assert masker.mask("ngozi eze", known) == "[name]"


@pytest.mark.parametrize("text", [
    "I'm 15 and I look after my mum who has depression",
    "my dad has dementia and I need a break",
    "we can't afford food, the bills are £250 a month",
    "I need 3 days off a week",
    "I hope you can help. Will you call me back?",
    "May I ask something about carers allowance?",
    "I'm tired and I'm worried about money",
    "my son is 12 and autistic",
    "it started in March and got worse in 2023",
    "10 years in the Park with 3 kids",
])
def test_everyday_sentences_are_left_alone(masker, text):
    assert masker.mask(text) == text


@pytest.mark.parametrize("text", [
    "Call Carers' Hub Lambeth on 020 7501 8970 or email connect@carershub.org.uk.",
    "Samaritans: call 116 123, free, any time. In danger now: call 999.",
    "Lambeth Council - Adult Social Care: Call 020 7926 5555 | Email adultsocialcare@lambeth.gov.uk",
    "Dementia UK - Admiral Nurse Dementia Helpline: Call 0800 888 6678 (Free)",
])
def test_the_bots_own_public_contacts_stay_readable(masker, text):
    assert masker.mask(text) == text


def test_markup_is_not_masking_business(masker):
    # Escaping is the templates' job; masking must not eat or alter it.
    assert masker.mask("<script>alert('hi')</script>") == "<script>alert('hi')</script>"


def test_several_kinds_in_one_message(masker):
    text = ("I'm Kemi Adeyemi, DOB 04/07/1979, at 22 Railton Road SE24 0JN, "
            "07700 900555 or kemi.a@example.com, NHS 943 476 5919")
    masked = masker.mask(text)
    for secret in ("Kemi", "Adeyemi", "04/07/1979", "22 Railton", "SE24 0JN", "900555", "kemi.a@", "943 476 5919"):
        assert secret not in masked, (secret, masked)
    for label in ("[name]", "[date of birth]", "[address]", "[postcode]", "[phone number]", "[email address]", "[NHS number]"):
        assert label in masked, (label, masked)


def test_segments_mark_what_was_masked(masker):
    parts = masker.segments("call Jane on 07700 900123")
    assert parts == [("call ", None), ("name", "name"), (" on ", None), ("phone number", "phone")]


def test_phone_numbers_are_compared_in_one_form():
    assert normalise_phone("+44 (0)20 7501 8970") == normalise_phone("020 7501 8970") == "02075018970"
    assert normalise_phone("0044 7700 900123") == "07700900123"
