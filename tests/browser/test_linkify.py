"""How the widget turns the bot's plain text into links, run in the browser on the widget's
own module, with the phone numbers the web app gives it from the directory."""
from __future__ import annotations

import pytest

from bot.directory.schema import read_directory

LINKIFY = """async ([text, numbers]) => {
  const { makeLinker } = await import('/widget/linkify.js');
  const box = document.createElement('div');
  box.append(makeLinker(numbers)(text));
  return { html: box.innerHTML, text: box.textContent,
           links: [...box.querySelectorAll('a')].map(a => [a.getAttribute('href'), a.firstChild.textContent]),
           tabs: [...box.querySelectorAll('a')].map(a => [a.target, a.rel]) };
}"""


@pytest.fixture(scope="module")
def numbers() -> list[dict[str, str]]:
    directory = read_directory()
    found = {c.value: c.channel for _s, c in directory.all_contacts() if c.verified and c.channel in ("phone", "text")}
    return [{"number": number, "kind": kind} for number, kind in found.items()]


@pytest.fixture
def linkify(new_context, web_app_without_bot, numbers):
    page = new_context().new_page()
    page.goto(web_app_without_bot.base + "/")

    def run(text: str) -> dict:
        return page.evaluate(LINKIFY, [text, numbers])
    return run


def digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def test_every_directory_number_becomes_a_call_or_text_link(linkify, numbers):
    for entry in numbers:
        scheme = "sms" if entry["kind"] == "text" else "tel"
        result = linkify(f"Ring them on {entry['number']}.")
        assert result["links"] == [[f"{scheme}:{digits(entry['number'])}", entry["number"]]], entry
        assert result["text"] == f"Ring them on {entry['number']}."  # no words lost or added


def test_short_numbers_inside_other_numbers_and_addresses_are_left_alone(linkify, numbers):
    # A 3-digit service number that also appears inside a longer directory number.
    pairs = [(short["number"], longer["number"]) for short in numbers for longer in numbers
             if len(short["number"]) == 3 and short["number"] in longer["number"] and longer != short]
    assert pairs, "the directory has no such pair any more: pick other test text"
    short, longer = pairs[0]
    result = linkify(f"Choose option 2 on {short}. Young people: {longer}. I'm 15. See https://{short}.nhs.uk/x.")
    hrefs = [href for href, _text in result["links"]]
    assert hrefs == [f"tel:{short}", f"tel:{digits(longer)}", f"https://{short}.nhs.uk/x"], result


def test_web_and_email_addresses_link_without_trailing_punctuation(linkify):
    result = linkify("Website https://www.carershub.org.uk. Or email help@example.org, any time.")
    assert result["links"] == [["https://www.carershub.org.uk", "carershub.org.uk"],
                               ["mailto:help@example.org", "help@example.org"]]
    assert "(opens in a new tab)" in result["text"]


LONG_ADDRESS = ("https://www.lambeth.gov.uk/benefits-financial-support/extra-support-people-crisis/"
                "emergency-support-scheme/who-can-use-scheme")


def test_a_web_address_shows_its_site_name_and_links_to_the_whole_address(linkify):
    # A screen reader reads a whole address out character by character: the link says
    # where it goes in two words instead, and still opens the exact page in a new tab.
    result = linkify(f"Emergency Support Scheme: {LONG_ADDRESS}")
    assert result["links"] == [[LONG_ADDRESS, "lambeth.gov.uk"]]
    assert result["tabs"] == [["_blank", "noopener noreferrer"]]
    assert result["text"] == "Emergency Support Scheme: lambeth.gov.uk (opens in a new tab)"
    assert "https://" not in result["text"] and "www." not in result["text"]


def test_sentence_punctuation_after_a_web_address_stays_out_of_the_link(linkify):
    result = linkify(f"Read who can use it ({LONG_ADDRESS}). Or see https://www.nhs.uk/conditions/dementia/, "
                     "https://en.wikipedia.org/wiki/Carer_(role). And http://example.org:8080/a?b=1#c!")
    assert result["links"] == [
        [LONG_ADDRESS, "lambeth.gov.uk"],
        ["https://www.nhs.uk/conditions/dementia/", "nhs.uk"],
        ["https://en.wikipedia.org/wiki/Carer_(role)", "en.wikipedia.org"],  # its own bracket is kept
        ["http://example.org:8080/a?b=1#c", "example.org"],
    ]
    assert result["text"] == ("Read who can use it (lambeth.gov.uk (opens in a new tab)). Or see nhs.uk (opens in "
                              "a new tab), en.wikipedia.org (opens in a new tab). And example.org (opens in a new tab)!")


def test_a_real_reply_shows_site_names_not_addresses(chat, hub):
    chat.open_chat()
    chat.send("I look after my mum and I need a break")
    reply = chat.wait_for_bot_text(hub.pattern, after=1)
    web_links = [link for link in chat.links() if link["href"].startswith("https://")]
    assert web_links, f"the reply has no web address to show: {reply}"
    for link in web_links:
        host = link["href"].split("/")[2].removeprefix("www.")
        assert link["text"] == f"{host} (opens in a new tab)", link
        assert link["target"] == "_blank" and "noopener" in link["rel"], link
    assert "https://" not in reply and "www." not in reply


def test_markup_and_scripts_in_text_stay_text(linkify):
    result = linkify('<img src=x onerror="alert(1)"> javascript:alert(1) data:text/html,hi')
    assert result["links"] == []
    assert "<img" not in result["html"] and "&lt;img" in result["html"]
