"""What staff do with the app, over real HTTP: list, filter, search and page through
conversations; read a masked transcript; export; work the callback queue; read the
summary."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import time

import pytest
import sqlalchemy as sa

from bot.handoff.models import CallbackRequest
from bot.staff import times
from bot.storage import db
from tests.integration import staff_support as support
from tests.integration.staff_support import DAY

NOW = time.time()
NAME, PHONE, EMAIL = "Ngozi Eze", "07700 900432", "ngozi.eze@example.com"


def _conversations() -> tuple[list[dict], dict[str, dict]]:
    """60 conversations with known properties, and those properties by id."""
    rows, facts = [], {}
    channels = ("socketio", "twilio", "rest")
    for number in range(60):
        channel = channels[number % 3]
        conversation_id = (f"sms-{number:032x}" if channel == "twilio" else f"review-{number:02d}")
        situation = ("dementia", "financial_hardship", "wellbeing", "breaks_respite")[number % 4]
        crisis = number % 10 == 0
        age = number * 2 + 0.5  # days since the conversation, every other day
        text = {"dementia": "my nan has dementia", "financial_hardship": "we cannot afford the gas bill",
                "wellbeing": "I feel so lonely", "breaks_respite": "I need a break from caring"}[situation]
        messages = [("hello", "greet"), (text, situation)] + ([("I can't go on", "crisis")] if crisis else [])
        rows += support.conversation(conversation_id, NOW - age * DAY, messages, channel=channel,
                                     situations=[situation], signposted=["carers_hub_lambeth"])
        facts[conversation_id] = {"channel": {"socketio": "web", "twilio": "sms", "rest": "rest"}[channel],
                                  "situation": situation, "crisis": crisis, "age": age}
    rows += support.conversation("review-personal", NOW - 0.1 * DAY, [
        ("hi", "greet"), (f"I'm {NAME}, my mum has dementia. Ring {PHONE} or email {EMAIL}", "dementia"),
        ("=HYPERLINK(\"http://evil.example\")", "nlu_fallback"), ("wibble wobble", "nlu_fallback")],
        situations=["dementia"], form={"callback_name": NAME, "callback_contact": PHONE, "callback_time": "weekday mornings"})
    facts["review-personal"] = {"channel": "rest", "situation": "dementia", "crisis": False, "age": 0.1}
    return rows, facts


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    rows, facts = _conversations()
    started = support.start_staff_app(tmp_path_factory.mktemp("staff-review"), rows, callbacks=(
        ("review-personal", NAME, PHONE), ("review-06", "Kofi Boateng", "kofi@example.com", {"kind": "email",
                                                                                          "status": "closed"})))
    started.facts = facts
    yield started
    started.stop()


def _shown_ids(html: str) -> list[str]:
    return re.findall(r'name="ids" value="([^"]+)"', html)


def _total(html: str) -> int:
    found = re.search(r'id="results-heading">([\d,]+) conversation', html)
    return int(found.group(1).replace(",", ""))


def test_the_list_pages_through_every_conversation_newest_first(app):
    reviewer = app.session(support.REVIEWER, support.REVIEWER_PASSWORD)
    first = reviewer.get("/staff/conversations")
    assert _total(first.text) == 61
    seen = []
    for page in (1, 2, 3):
        html = reviewer.get(f"/staff/conversations?page={page}").text
        seen += _shown_ids(html)
        assert f"Page {page} of 3" in html
    assert len(seen) == len(set(seen)) == 61
    assert seen[0] == "review-personal" and seen[1] == "review-00"
    assert seen[1:] == sorted(seen[1:], key=lambda cid: app.facts[cid]["age"])


@pytest.mark.parametrize("query, matches", [
    ({"channel": "sms"}, lambda f: f["channel"] == "sms"),
    ({"situation": "dementia"}, lambda f: f["situation"] == "dementia"),
    ({"crisis": "yes"}, lambda f: f["crisis"]),
    ({"crisis": "no", "situation": "wellbeing"}, lambda f: not f["crisis"] and f["situation"] == "wellbeing"),
    ({"q": "lonely"}, lambda f: f["situation"] == "wellbeing"),
    ({"q": "afford gas", "channel": "web"}, lambda f: f["situation"] == "financial_hardship" and f["channel"] == "web"),
    ({"from": "{d30}", "to": "{d10}"}, lambda f: 10 - 1 <= f["age"] <= 30 + 1),
])
def test_filters_and_search_find_exactly_the_matching_conversations(app, query, matches):
    reviewer = app.session(support.REVIEWER, support.REVIEWER_PASSWORD)
    today = times.london(times.utc_now()).date()
    query = {name: value.format(d30=(today - dt.timedelta(days=30)).isoformat(),
                                d10=(today - dt.timedelta(days=10)).isoformat()) for name, value in query.items()}
    html = reviewer.get("/staff/conversations", params=query).text
    expected = {cid for cid, facts in app.facts.items() if matches(facts)}
    if "from" in query:  # London days: allow the edge days either way, check the middle exactly
        shown = set(_shown_ids(html))
        assert {cid for cid, f in app.facts.items() if 11 <= f["age"] <= 29} <= shown <= expected
        return
    assert _total(html) == len(expected)
    assert set(_shown_ids(html)) == expected


def test_callback_filter(app):
    reviewer = app.session(support.REVIEWER, support.REVIEWER_PASSWORD)
    assert set(_shown_ids(reviewer.get("/staff/conversations?callback=yes").text)) == {"review-personal", "review-06"}
    assert _total(reviewer.get("/staff/conversations?callback=no").text) == 59


def test_the_list_shows_situations_channels_crisis_callback_and_length(app):
    reviewer = app.session(support.REVIEWER, support.REVIEWER_PASSWORD)
    html = reviewer.get("/staff/conversations?crisis=yes&channel=web").text
    text = support.visible_text(html)
    assert "Website chat" in text and "Crisis" in text and "Carers' Hub Lambeth" in text.replace("&#39;", "'")
    personal = support.visible_text(reviewer.get("/staff/conversations?callback=yes").text)
    assert "Open" in personal and "Closed" in personal
    assert NAME not in personal and PHONE not in personal


def test_a_transcript_shows_messages_intents_and_actions_with_personal_data_masked(app):
    reviewer = app.session(support.REVIEWER, support.REVIEWER_PASSWORD)
    html = reviewer.get("/staff/transcript?id=review-personal").text
    text = support.visible_text(html)
    for secret in (NAME, "Ngozi", PHONE, "900432", EMAIL, "weekday mornings"):
        assert secret not in html, secret
    for shown in ("[name]", "[phone number]", "[email address]", "[form answer]", "Bot understood: dementia (87% sure)",
                  "Named organisations that fit", "Did not understand", "Dementia and memory problems",
                  "Asked for callback details", "Carers' Hub Lambeth on 020 7501 8970"):
        assert shown in text.replace("&#39;", "'"), shown
    assert reviewer.get("/staff/transcript?id=no-such-conversation").status_code == 404


def test_an_admin_reveals_personal_data_only_with_a_reason(app):
    admin = app.session()
    html = admin.get("/staff/transcript?id=review-personal").text
    assert PHONE not in html and "Reveal personal data" in html
    revealed = admin.post("/staff/transcript/reveal", {"id": "review-personal", "reason": "safeguarding follow-up call"})
    assert revealed.status_code == 200
    assert PHONE in revealed.text and NAME in revealed.text and "Personal data is shown" in revealed.text


def test_export_is_masked_as_csv_and_json(app):
    reviewer = app.session(support.REVIEWER, support.REVIEWER_PASSWORD)
    reply = reviewer.post("/staff/export", {"ids": ["review-personal", "review-03"], "format": "csv", "scope": "selected"})
    assert reply.status_code == 200 and reply.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in reply.headers["Content-Disposition"] and "masked" in reply.headers["Content-Disposition"]
    for secret in (NAME, PHONE, EMAIL):
        assert secret not in reply.text
    rows = list(csv.DictReader(io.StringIO(reply.text)))
    assert {row["conversation_id"] for row in rows} == {"review-personal", "review-03"}
    carer = [row for row in rows if row["speaker"] == "carer" and row["conversation_id"] == "review-personal"]
    assert "[phone number]" in carer[1]["text"] and carer[1]["intent"] == "dementia"
    assert carer[2]["text"].startswith("'=HYPERLINK")  # a formula is never a formula in a spreadsheet
    exported = reviewer.post("/staff/export", {"ids": "review-personal", "format": "json", "scope": "selected"}).json()
    assert exported["masked"] is True
    conversation = exported["conversations"][0]
    assert conversation["situations"] == ["Dementia and memory problems"]
    assert NAME not in json.dumps(exported) and any("[email address]" in m["text"] for m in conversation["messages"])


def test_export_of_the_whole_filtered_list(app):
    reviewer = app.session(support.REVIEWER, support.REVIEWER_PASSWORD)
    reply = reviewer.post("/staff/export", {"format": "json", "scope": "all", "situation": "wellbeing"})
    ids = {item["conversation_id"] for item in reply.json()["conversations"]}
    assert ids == {cid for cid, facts in app.facts.items() if facts["situation"] == "wellbeing"}
    assert reviewer.post("/staff/export", {"format": "csv", "scope": "selected"}).status_code == 400


def test_the_callback_queue_is_worked_with_notes(app):
    reviewer = app.session(support.REVIEWER, support.REVIEWER_PASSWORD)
    queue = reviewer.get("/staff/callbacks").text
    assert NAME in queue and PHONE in queue and 'href="tel:07700900432"' in queue  # staff need them to call back
    assert "Kofi" not in queue  # closed requests are on their own tab
    with db.session_scope(app.url) as session:
        request_id = session.execute(sa.select(CallbackRequest.id).where(
            CallbackRequest.conversation_id == "review-personal")).scalar()
    done = reviewer.post(f"/staff/callbacks/{request_id}", {"status": "contacted", "note": "Left a voicemail"})
    assert done.status_code == 303
    assert NAME not in reviewer.get("/staff/callbacks").text
    contacted = support.visible_text(reviewer.get("/staff/callbacks?status=contacted").text)
    assert "Left a voicemail" in contacted and support.REVIEWER in contacted
    closed = reviewer.get("/staff/callbacks?status=closed").text
    assert "Kofi" not in closed and "kofi@example.com" not in closed and "[email address]" in closed
    with db.session_scope(app.url) as session:
        request = session.get(CallbackRequest, request_id)
        assert (request.status, request.status_note, request.updated_by) == ("contacted", "Left a voicemail", support.REVIEWER)
    assert reviewer.post("/staff/callbacks/999999", {"status": "closed", "note": ""}).status_code == 404
    assert reviewer.post(f"/staff/callbacks/{request_id}", {"status": "deleted", "note": ""}).status_code == 400


def test_the_summary_counts_weeks_channels_situations_crises_callbacks_and_misunderstandings(app):
    reviewer = app.session(support.REVIEWER, support.REVIEWER_PASSWORD)
    html = reviewer.get("/staff/summary").text
    text = support.visible_text(html).replace("&#39;", "'")
    assert "<svg" in html and 'role="img"' in html
    week_rows = re.findall(r'<tr><th scope="row">(\d\d \w{3} \d{4})</th><td class="number">(\d+)</td>', html)
    within = [cid for cid, facts in app.facts.items()
              if times.week_start(dt.datetime.utcfromtimestamp(NOW - facts["age"] * DAY))
              >= times.week_start(times.utc_now()) - dt.timedelta(weeks=11)]
    assert sum(int(count) for _, count in week_rows) == len(within)
    assert "Messages the bot did not understand" in text
    assert "wibble wobble" in text and "hyperlink" in text.lower()
    assert NAME not in text and PHONE not in text
    for label in ("Website chat", "SMS", "Dementia and memory problems", "Crisis", "Callback requests"):
        assert label in text
