"""What the bot says comes from the directory, grouped by need, with Carers' Hub last."""
from __future__ import annotations

import itertools
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from bot import fit, languages, settings, situations
from bot.dialogue import replies, translations
from bot.directory.schema import read_directory
from bot.safety import KINDS
from bot.settings import PROJECT_ROOT
from tests.contact_check import unknown_contacts

DIRECTORY = read_directory()


def all_reply_texts() -> list[str]:
    texts = []
    for key in situations.KEYS:
        for age in (None, 12, 20, 45):
            texts.append(replies.signposting(DIRECTORY, [key], fit.Facts(carer_age=age)).text)
    for pair in itertools.combinations(sorted(situations.KEYS), 2):
        texts.append(replies.signposting(DIRECTORY, list(pair)).text)
    for count in (1, 2, 3):
        for kinds in itertools.combinations(KINDS, count):
            texts.append(replies.crisis(DIRECTORY, list(kinds)).text)
    texts += [replies.greeting().text, replies.offer_person(DIRECTORY).text, replies.out_of_scope(DIRECTORY).text,
              replies.not_understood(DIRECTORY, 1).text, replies.not_understood(DIRECTORY, 2).text,
              replies.privacy_notice(settings.load().retention_days), replies.privacy_explained(settings.load().retention_days), replies.SAFETY_QUESTION,
              replies.CONVERSATION_DELETED]
    return texts


def response_templates() -> list[str]:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    return [variant["text"] for variants in domain["responses"].values() for variant in variants if "text" in variant]


@pytest.mark.parametrize("language", sorted(languages.SUPPORTED))
def test_no_reply_holds_a_contact_the_directory_does_not(language):
    """In every language the bot speaks: translations add no number, email or address."""
    with translations.speaking(language):
        texts = all_reply_texts() + [translations._(text) for text in response_templates()] \
            + [replies.language_chosen(DIRECTORY, language).text, replies.other_language(DIRECTORY).text]
    problems = {text[:80]: unknown_contacts(text, DIRECTORY) for text in texts}
    assert not {k: v for k, v in problems.items() if v}


def test_the_checker_itself_catches_invented_contacts():
    assert unknown_contacts("Call 020 7946 0000 or email help@example.org or see https://example.org", DIRECTORY) == [
        "020 7946 0000", "help@example.org", "https://example.org"]
    assert unknown_contacts("Call 020 7501 8970 or ring 999", DIRECTORY) == []
    assert unknown_contacts("Or text 12345 now", DIRECTORY) == ["12345"]


@pytest.mark.parametrize("key", sorted(situations.KEYS))
def test_every_situation_ends_with_carers_hub(key):
    text = replies.signposting(DIRECTORY, [key]).text
    assert text.splitlines()[-1].startswith("Carers' Hub Lambeth is here")
    assert "020 7501 8970" in text.splitlines()[-1]


def test_several_needs_are_grouped_at_most_three_each_none_repeated():
    keys = ["young_carer", "mental_illness", "financial_hardship"]
    groups = replies.choose_services(DIRECTORY, keys, fit.Facts(carer_age=15))
    assert [key for key, _ in groups] == keys
    ids = [service.id for _, services in groups for service in services]
    assert all(len(services) <= 3 for _, services in groups)
    assert len(ids) == len(set(ids)) and "carers_hub_lambeth" not in ids
    text = replies.signposting(DIRECTORY, keys, fit.Facts(carer_age=15)).text
    assert text.index("Young carers") < text.index("Mental illness") < text.index("Money")


def test_unverified_contacts_are_not_shown():
    text = replies.signposting(DIRECTORY, ["mental_illness", "financial_hardship", "bereavement"]).text
    for service in DIRECTORY.services.values():
        for contact in service.contacts:
            if not contact.verified and contact.channel in ("phone", "email"):
                assert contact.value not in text, (service.id, contact.value)


def test_services_without_checked_contacts_route_through_carers_hub():
    text = replies.signposting(DIRECTORY, ["wellbeing"]).text
    assert "Carers4Carers" in text and "Carers' Hub can put you in touch" in text


def test_age_limits_are_respected():
    adult = replies.choose_services(DIRECTORY, ["young_carer"], fit.Facts(carer_age=30))
    assert "childline" not in [s.id for _, group in adult for s in group]


@pytest.mark.parametrize("kind", KINDS)
def test_crisis_card_leads_with_contacts_and_fits_one_sms(kind):
    text = replies.crisis(DIRECTORY, [kind]).text
    assert len(text) < 700
    assert "999" in text.splitlines()[1]


def test_several_crisis_kinds_merge_without_repeating_numbers():
    text = replies.crisis(DIRECTORY, ["suicidal", "domestic_abuse"]).text
    numbers = [line.rsplit(" ", 1)[-1] for line in text.splitlines()[1:]]
    assert numbers.count("999") == 1
    assert "0808 2000 247" in text and "0800 731 2864" in text


def test_no_researchers_note_reaches_a_carer():
    # Notes such as "No separate young carers number was found" are for staff.
    notes = {contact.note for service in DIRECTORY.services.values() for contact in service.contacts if contact.note}
    assert "No separate young carers number was found" in notes
    leaked = [(note, text[:80]) for text in all_reply_texts() for note in notes if len(note) > 12 and note in text]
    assert not leaked


def test_opening_hours_are_given_once_per_service():
    for key in situations.KEYS:
        text = replies.signposting(DIRECTORY, [key]).text
        for service in DIRECTORY.services.values():
            for hours in service.verified_contacts("hours"):
                assert text.count(hours.value) <= 1, (key, hours.value)
        assert "Mon to Fri 8am to 6pm" not in text or "Monday to Friday, 8am to 6pm" not in text, key


def test_a_bereavement_is_met_with_sympathy_and_being_worn_out_is_heard_before_the_list():
    bereaved = replies.signposting(DIRECTORY, ["bereavement", "financial_hardship"]).text
    assert bereaved.startswith(replies.SYMPATHY)
    worn_out = replies.signposting(DIRECTORY, ["wellbeing"]).text
    assert worn_out.startswith(replies.HEARD)
    assert replies.signposting(DIRECTORY, ["carers_card"]).text.startswith(replies.WHO_CAN_HELP)


def test_no_reply_thanks_a_carer_for_a_question():
    for text in all_reply_texts() + response_templates() + [replies.LAMBETH_CONFIRMED]:
        assert not text.startswith(("Thank you.", "Thanks.")), text


def first_text_reply(situations_said: list[str], age: int | None = None) -> str:
    """What a carer's phone shows for a first message: the short privacy notice, then the
    compact signposting with its one question and that question's numbered options."""
    from bot.channels import plain_text

    question = replies.refining_question("lambeth")
    options = plain_text.numbered_list({"title": b.title} for b in question.buttons)
    room = replies.TEXT_SEGMENTS_LIMIT - len(replies.privacy_notice_short(settings.load().retention_days)) - len(question.text) - len(options) - 6
    answer = replies.with_question(replies.signposting_compact(DIRECTORY, situations_said, fit.Facts(carer_age=age), room), question)
    message = {"text": answer.text, "buttons": [{"title": b.title, "payload": b.payload} for b in answer.buttons]}
    return "\n\n".join([replies.privacy_notice_short(settings.load().retention_days)] + plain_text.render(message))


@pytest.mark.parametrize("count", [1, 2, 3])
def test_the_first_text_message_reply_fits_in_three_segments(count):
    from bot.channels.plain_text import length

    for chosen in itertools.combinations(sorted(situations.KEYS), count):
        text = first_text_reply(list(chosen))
        assert length(text) <= replies.TEXT_SEGMENTS_LIMIT, (chosen, length(text), text)
        assert "020 7501 8970" in text and replies.MORE_WORD in text


def test_the_compact_reply_names_a_number_for_each_need_and_more_gives_the_rest():
    compact = replies.signposting_compact(DIRECTORY, ["dementia", "financial_hardship"]).text
    full = replies.signposting(DIRECTORY, ["dementia", "financial_hardship"]).text
    named = [line for line in compact.splitlines() if line.startswith("- ")]
    assert len(named) == 2 and all(any(ch.isdigit() for ch in line) for line in named), compact
    assert len(full) > len(compact)
    for line in named:
        assert line.split(": ")[0][2:] in full


MIDNIGHT = datetime(2026, 12, 6, 23, 59, tzinfo=ZoneInfo("Europe/London"))


def every_template() -> list[str]:
    return sorted(set(all_reply_texts() + response_templates() + [
        replies.SYMPATHY, replies.HEARD, replies.APOLOGY, replies.check_in_after_crisis(DIRECTORY),
        replies.privacy_notice_short(settings.load().retention_days), replies.OUTSIDE_LAMBETH_SHORT, replies.GLAD_YOU_ARE_SAFE, replies.NO_PROBLEM,
        replies.ANYTHING_ELSE, replies.long_message_note(DIRECTORY), replies.LAMBETH_CONFIRMED, replies.MORE_PROMPT,
        replies.signposting_compact(DIRECTORY, ["dementia", "financial_hardship"]).text,
        replies.outside_lambeth_compact(DIRECTORY, ["dementia"]).text, replies.cannot_answer(DIRECTORY).text,
        replies.EMPTY_MESSAGE_REPLY, replies.TEXT_ONLY_REPLY, replies.NOT_TEXT_REPLY, replies.CONSENT_QUESTION,
        replies.NAME_NOT_CAUGHT, replies.still_here(DIRECTORY).text, replies.NO_DRUG_SERVICE,
        *[replies.why_we_ask(key).text for key in replies.WHY_WE_ASK],
        replies.who_is_open(DIRECTORY, ["dementia"], fit.Facts(), MIDNIGHT).text,
        replies.help_for_the_person(DIRECTORY, ["mental_illness"], fit.Facts(), after_crisis=True).text]))


def test_every_template_reads_at_a_reading_age_of_about_11():
    from tests.support.readability import grade

    # Flesch-Kincaid grade 7.5 is a reading age of about 12; most templates are far below.
    hard = [(round(grade(text), 1), text[:100]) for text in every_template() if grade(text) > 7.5]
    assert not hard
    assert sum(grade(text) for text in every_template()) / len(every_template()) <= 6


def test_the_directory_summaries_carers_read_are_plain_on_average():
    from tests.support.readability import grade

    summaries = [service.summary for service in DIRECTORY.services.values()]
    assert sum(grade(summary) for summary in summaries) / len(summaries) <= 7
