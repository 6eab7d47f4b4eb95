"""Benchmark of the staff review app at scale, for `make bench` (tools/bench.py calls
`measure`): 100,000 generated conversations, then p95 latency of the list page, search
pages and filtered pages over real HTTP to the web app, signed in.

The conversations are written straight into the events table in the format Rasa's
SQL tracker store writes (one row per event, the event as JSON), with the shape of
real conversations: a session start, carer messages with intents, entities and
intent rankings, the bot's replies with buttons, slots for situations and
organisations named, crises, misunderstandings, callback requests with form values,
and personal data in some messages. The staff app's own index is then built from
them by the same code the web app runs.

Run alone: python -m tools.staff_bench [--conversations N] [--database-url URL]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests
import sqlalchemy as sa

from bot import processes
from bot.storage import db, rasa_events
from tests.support.event_rows import ConversationWriter
from tests.support.ports import free_port

CONVERSATIONS = 100_000
REPEATS = 40  # requests per measured page
TARGET_P95_MS = 300.0
DAYS = 80  # spread over the last 80 days: inside the default 90-day retention
SEED = 7

SITUATION_MESSAGES = {
    "dementia": ["my {rel} has dementia and keeps forgetting things", "{rel} was diagnosed with alzheimers last year",
                 "my {rel} gets confused and wanders at night"],
    "breaks_respite": ["I need a break, I haven't had a day off in months", "can someone sit with my {rel} for a few hours",
                       "I am exhausted and need respite"],
    "financial_hardship": ["we can't afford food this week", "how do I claim carers allowance",
                           "the bills are piling up and I'm in debt"],
    "wellbeing": ["I feel so lonely and stressed", "I'm not sleeping and I feel low", "caring is wearing me down"],
    "young_carer": ["I'm 14 and I look after my {rel}", "im 15 and i help my {rel} every day after school"],
    "mental_illness": ["my {rel} has schizophrenia", "my {rel} has bipolar and won't take the tablets",
                       "{rel} has severe depression"],
    "learning_disability": ["my son is autistic and I need help", "my {rel} has a learning disability"],
    "carers_assessment": ["how do I get a carers assessment", "what am I entitled to as a carer"],
    "hospital_discharge": ["my {rel} is coming home from hospital on friday", "they want to discharge {rel} and I can't cope"],
    "working_carer": ["I work full time and care for my {rel}", "my employer won't give me time off to care"],
    "older_person": ["my {rel} is 89 and very frail", "I look after my elderly {rel}"],
    "substance_misuse": ["my {rel} drinks too much", "{rel} is using drugs again"],
}
RELATIONS = ["mum", "dad", "husband", "wife", "son", "daughter", "nan", "brother", "partner", "grandad"]
GENERIC = ["hello", "hi", "thanks", "thank you so much", "ok", "yes", "no thanks", "bye"]
NOT_UNDERSTOOD = ["blah", "what", "asdfgh", "can you do my shopping", "is it raining in brixton", "??", "hmm ok then"]
CRISIS = ["I want to end it all", "he hit me again last night", "my dad has collapsed and isn't breathing"]
PERSONAL = ["my name is {name} and my number is {phone}", "you can email me at {email}", "we live at {house} Acre Lane {postcode}",
            "her NHS number is 943 476 5919", "I'm {name}, my mum {name2} has dementia"]
NAMES = ["Jane Smith", "Kwame Mensah", "Maria Silva", "Tomasz Nowak", "Aisha Ahmed", "Patricia Brown", "Chidi Okafor"]
CHANNELS = [("socketio", 0.55), ("twilio-sms", 0.2), ("twilio-whatsapp", 0.2), ("rest", 0.05)]
SERVICES = ["carers_hub_lambeth", "lambeth_adult_social_care", "carers4carers", "alzheimers_society", "dementia_uk",
            "age_uk_lambeth", "norwood_brixton_foodbank", "citizens_advice", "slam", "mind_infoline", "childline"]
SIGNPOST_REPLY = ("Here is who can help.\n\n{label}:\n- Carers' Hub Lambeth: advice, groups and someone to talk to.\n"
                  "  Call 020 7501 8970 | Email connect@carershub.org.uk\n- Lambeth Council - Adult Social Care: ask for "
                  "a carer's assessment.\n  Call 020 7926 5555 | Email adultsocialcare@lambeth.gov.uk\n- Also: Age UK "
                  "Lambeth. Carers' Hub can put you in touch.\n\nCarers' Hub Lambeth is here for every carer in Lambeth: "
                  "call 020 7501 8970 or email connect@carershub.org.uk. https://www.carershub.org.uk")
INTENTS = list(SITUATION_MESSAGES) + ["greet", "thank", "affirm", "deny", "goodbye", "inform", "ask_for_person"]


def _conversation(number: int, now: float, rng: random.Random) -> tuple[list[dict], dict | None]:
    channel = rng.choices([name for name, _ in CHANNELS], [weight for _, weight in CHANNELS])[0]
    if channel.startswith("twilio"):
        sender = f"{channel.split('-')[1]}-{rng.getrandbits(128):032x}"
        channel = "twilio"
    else:
        sender = f"web-{number:06d}-{rng.getrandbits(64):016x}"
    writer = ConversationWriter(sender, now - rng.uniform(0.1, DAYS) * 86400, channel)
    writer.start()
    writer.user(rng.choice(GENERIC[:2]), "greet", 0.97, ranking=rng.sample(INTENTS, 9), gap=rng.uniform(5, 90))
    writer.action("action_greet")
    writer.bot("Hello, I can help you find support as a carer in Lambeth. Tell me a little about what is happening.")
    writer.bot("Privacy: we keep this chat for 90 days so Carers' Hub Lambeth staff can help you. "
               "Type 'delete my conversation' at any time.")
    writer.slot("privacy_notice_shown", True)
    writer.listen()
    situations, signposted = [], []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.03:
            writer.user(rng.choice(CRISIS), "crisis", 1.0, ranking=rng.sample(INTENTS, 9), gap=rng.uniform(5, 90))
            writer.action("action_crisis_response")
            writer.bot("If you or someone you care for is in danger now: call 999. Samaritans: call 116 123, free, any time.")
            writer.slot("crisis", True)
        elif roll < 0.13:
            writer.user(rng.choice(NOT_UNDERSTOOD), "nlu_fallback", 0.35, ranking=rng.sample(INTENTS, 9),
                        gap=rng.uniform(5, 90))
            writer.action("action_default_fallback")
            writer.bot("Sorry, I didn't quite understand. Could you tell me a bit more, in a few words?")
        else:
            situation = rng.choice(list(SITUATION_MESSAGES))
            text = rng.choice(SITUATION_MESSAGES[situation]).format(rel=rng.choice(RELATIONS))
            if rng.random() < 0.08:
                name = rng.choice(NAMES)
                text += ". " + rng.choice(PERSONAL).format(
                    name=name, name2=rng.choice(NAMES).split()[0], phone=f"07700 9{rng.randint(0, 99999):05d}",
                    email=f"{name.split()[0].lower()}{rng.randint(1, 99)}@example.com", house=rng.randint(1, 200),
                    postcode=f"SW{rng.randint(2, 9)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}")
            writer.user(text, situation, round(rng.uniform(0.5, 0.99), 4),
                        [{"entity": "relationship", "value": "parent", "start": 3, "end": 6, "extractor": "RuleEntityExtractor"}],
                        ranking=rng.sample(INTENTS, 9), gap=rng.uniform(5, 90))
            writer.action("action_signpost")
            writer.bot(SIGNPOST_REPLY.format(label=situation.replace("_", " ").capitalize()),
                       buttons=[{"title": "Talk to a person", "payload": "/ask_for_person"},
                                {"title": "Something else", "payload": "/start_again"}])
            if situation not in situations:
                situations.append(situation)
            signposted += [service for service in rng.sample(SERVICES, 3) if service not in signposted]
            writer.slot("situations", list(situations))
            writer.slot("signposted", list(signposted))
        writer.listen()
    callback = None
    if rng.random() < 0.05:
        name, phone = rng.choice(NAMES), f"07700 9{rng.randint(0, 99999):05d}"
        for text, intent, slot, value in (("can I talk to someone", "ask_for_person", None, None),
                                          (name, "nlu_fallback", "callback_name", name),
                                          (phone, "inform", "callback_contact", phone),
                                          ("after 5pm", "inform", "callback_time", "after 5pm")):
            writer.user(text, intent, 0.9, ranking=rng.sample(INTENTS, 9), gap=rng.uniform(5, 90))
            if slot:
                writer.slot(slot, value)
            writer.action("callback_form")
            writer.bot("When is a good time to contact you?" if slot else "What name should they ask for?")
            writer.listen()
        writer.bot(f"Thank you, {name}. Your request is saved.")
        callback = {"conversation_id": sender, "channel": channel, "name": name, "contact": phone, "contact_kind": "phone",
                    "best_time": "after 5pm", "consent": True, "consent_text": f"Do you agree ... on {phone}?",
                    "situations": ",".join(situations), "created_at": dt.datetime.utcfromtimestamp(writer.clock),
                    "status": rng.choice(["open", "contacted", "closed"]), "status_note": "", "notify_error": ""}
    writer.user(rng.choice(GENERIC[2:]), "thank", 0.95, ranking=rng.sample(INTENTS, 9), gap=rng.uniform(5, 90))
    writer.bot("You're welcome. Looking after someone is hard work, and asking for help is a good step.",
               utter="utter_you_are_welcome")
    writer.listen()
    return writer.rows, callback


def generate(database_url: str, conversations: int = CONVERSATIONS, seed: int = SEED) -> dict:
    """Writes `conversations` generated conversations; returns counts and timing."""
    from bot.handoff.models import CallbackRequest

    from bot.directory import loader

    started = time.perf_counter()
    loader.sync(url=database_url)  # also creates the project's tables
    engine = db.engine(database_url)
    rasa_events.ensure_table(database_url)
    rng, now = random.Random(seed), time.time()
    events = callbacks = 0
    batch_rows, batch_callbacks = [], []
    for number in range(conversations):
        rows, callback = _conversation(number, now, rng)
        batch_rows += rows
        if callback:
            batch_callbacks.append(callback)
        if len(batch_rows) >= 20_000 or number == conversations - 1:
            with engine.begin() as connection:
                connection.execute(rasa_events.EVENTS.insert(), batch_rows)
                if batch_callbacks:
                    connection.execute(CallbackRequest.__table__.insert(), batch_callbacks)
            events += len(batch_rows)
            callbacks += len(batch_callbacks)
            batch_rows, batch_callbacks = [], []
    return {"conversations": conversations, "events": events, "callback_requests": callbacks,
            "generate_seconds": round(time.perf_counter() - started, 1)}


def build_index(database_url: str) -> dict:
    from bot.staff.review import indexing

    started = time.perf_counter()
    progress = indexing.refresh(database_url, max_events=10 ** 9)
    engine = db.engine(database_url)
    if engine.dialect.name == "postgresql":
        # What autovacuum does on a database in use: statistics, and the visibility map
        # that lets PostgreSQL answer from an index alone.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(sa.text("VACUUM ANALYZE"))
    return {"indexed_events": progress.new_events, "index_seconds": round(time.perf_counter() - started, 1)}


def _sign_in(base: str, username: str, password: str) -> requests.Session:
    session = requests.Session()
    form = session.get(f"{base}/staff/login", timeout=30).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    reply = session.post(f"{base}/staff/login", data={"csrf_token": token, "username": username, "password": password},
                         allow_redirects=False, timeout=30)
    if reply.status_code != 303:
        raise RuntimeError(f"could not sign in to the staff app ({reply.status_code})")
    return session


def _open_a_transcript(session: requests.Session, base: str) -> None:
    """The first transcript loads the masker (spaCy) into the web app, once per process;
    on a working day that has long happened, so it is not part of the figures."""
    listing = session.get(f"{base}/staff/conversations", timeout=60).text
    conversation_id = re.search(r'name="ids" value="([^"]+)"', listing).group(1)
    session.get(f"{base}/staff/transcript", params={"id": conversation_id}, timeout=300).raise_for_status()


def _p(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _time_pages(session: requests.Session, base: str, pages: dict[str, list[str]], repeats: int,
                expect: str = "conversation") -> dict:
    figures = {}
    for name, paths in pages.items():
        timings = []
        for path in paths[:2]:  # warm the caches the way a working day would
            session.get(base + path, timeout=60).raise_for_status()
        for repeat in range(repeats):
            path = paths[repeat % len(paths)]
            began = time.perf_counter()
            reply = session.get(base + path, timeout=60)
            timings.append((time.perf_counter() - began) * 1000)
            reply.raise_for_status()
            if expect not in reply.text:
                raise RuntimeError(f"unexpected page for {path}")
        figures[name] = {"p50_ms": round(statistics.median(timings), 1), "p95_ms": round(_p(timings, 0.95), 1),
                         "max_ms": round(max(timings), 1), "requests": len(timings)}
    return figures


PAGES = {
    "list": ["/staff/conversations", "/staff/conversations?page=2", "/staff/conversations?page=40",
             "/staff/conversations?page=1000"],
    "search": ["/staff/conversations?q=dementia", "/staff/conversations?q=demen", "/staff/conversations?q=carers+allowance",
               "/staff/conversations?q=lonely+stressed", "/staff/conversations?q=schizophrenia",
               "/staff/conversations?q=mum&page=3"],
    "filtered": ["/staff/conversations?situation=dementia&channel=sms", "/staff/conversations?crisis=yes",
                 "/staff/conversations?callback=yes", "/staff/conversations?situation=financial_hardship&crisis=no",
                 "/staff/conversations?from={from_date}&to={to_date}", "/staff/conversations?q=food&channel=web&from={from_date}"],
}

# Open Referral UK's list endpoint, as a partner's system pages through it (no sign-in).
OPENREFERRAL_PAGES = {"openreferral list": ["/openreferral/services", "/openreferral/services?page=2&per_page=10",
                                            "/openreferral/services?search=carers", "/openreferral/services?per_page=200"]}


def measure(database_url: str, conversations: int = CONVERSATIONS, repeats: int = REPEATS,
            log_dir: Path | None = None) -> dict:
    """Generates the conversations into `database_url`, builds the index, starts the web
    app on it, signs in and measures p50/p95 of list, search and filtered pages."""
    from bot.staff.signin import accounts

    result = {"database": sa.engine.make_url(database_url).get_backend_name()}
    result.update(generate(database_url, conversations))
    result.update(build_index(database_url))
    username, password = "bench-admin", secrets.token_urlsafe(18)
    with db.session_scope(database_url) as session:
        if accounts.find(session, username) is None:
            accounts.create(session, username, password, "admin")
        else:
            accounts.set_password(session, username, password)
    port = free_port()
    env = processes.base_environment(DATABASE_URL=database_url, WEB_PORT=str(port), STAFF_COOKIE_SECURE="false",
                                     RETENTION_CHECK_HOURS="0")
    supervisor = processes.Supervisor(log_dir=log_dir)
    base = f"http://127.0.0.1:{port}"
    supervisor.start("web app", processes.web_app_command(port), env, f"{base}/health")
    try:
        supervisor.wait_ready(timeout=120)
        session = _sign_in(base, username, password)
        _open_a_transcript(session, base)
        today = dt.date.today()
        dates = {"from_date": (today - dt.timedelta(days=30)).isoformat(), "to_date": (today - dt.timedelta(days=20)).isoformat()}
        pages = {name: [path.format(**dates) for path in paths] for name, paths in PAGES.items()}
        result["pages"] = _time_pages(session, base, pages, repeats)
        result["openreferral"] = _time_pages(requests.Session(), base, OPENREFERRAL_PAGES, repeats, expect="total_items")
    finally:
        supervisor.stop()
    result["target_p95_ms"] = TARGET_P95_MS
    result["within_target"] = all(figures["p95_ms"] <= TARGET_P95_MS for figures in result["pages"].values())
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=CONVERSATIONS)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--database-url", help="default: a new SQLite file in a temporary folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder) / 'staff-bench.db'}"
        print(json.dumps(measure(url, args.conversations, args.repeats, Path(folder) / "logs"), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
