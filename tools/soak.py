"""`make soak`: the cluster under load, with a Rasa server and an action server killed.

50 conversations talk at once (REST, the widget's socket.io and signed Twilio SMS, mixed),
20 messages each, all through nginx, on loopback only. When half the messages have been
answered, the Rasa server holding the socket.io clients and one action server are killed
with SIGKILL, then started again. A REST message that gets a 502 or 503 is sent again, and a
socket.io message whose connection dropped, as the widget would, with the same
`client_message_id`; Twilio delivers a message again only when it got no 200, with the same
MessageSid, as Twilio does.

At the end PostgreSQL must hold every answered message exactly once, in order within its
conversation, and no answer may have gone to another conversation. Writes reports/soak.json;
exits 1 when a message was lost or stored twice. Bounded: `--conversations`, 20 messages each.
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import requests
import socketio
import sqlalchemy as sa
from twilio.request_validator import RequestValidator

from bot import processes, settings, training
from bot.channels import repeats
from bot.cluster import run
from bot.cluster.layout import Layout
from bot.directory import loader
from bot.privacy.pseudonyms import conversation_ids_for_number
from bot.settings import PROJECT_ROOT
from bot.storage import db
from bot.storage.tables import create_tables
from tests.fakes.twilio_api import FakeTwilioApi
from tests.support.ports import free_port
from tests.support.stack import REDIS_URL, fresh_postgres_database

REPORT = PROJECT_ROOT / "reports" / "soak.json"
MESSAGES = (  # what carers write over a conversation: needs, follow-ups, thanks
    "hi", "I look after my mum, she has dementia and gets very confused at night",
    "I'm exhausted and haven't had a break in months", "is there anyone who could sit with her for a few hours?",
    "what is a carer's assessment?", "how do I ask for one?", "money is tight too, can I get carer's allowance?",
    "I work part time, does that matter?", "thanks", "my brother won't help at all", "I feel really alone with it",
    "are there groups for carers near Brixton?", "what about at weekends?", "who is open now?",
    "she keeps trying to go out at night", "what happens if I get ill?", "can someone call me back?", "no thanks",
    "ok that's helpful", "bye",
)
ACCOUNT_SID, AUTH_TOKEN = "AC" + secrets.token_hex(16), secrets.token_hex(16)
PUBLIC_URL, TWILIO_PATH, BOT_NUMBER = "https://carers-bot.example.org", "/webhooks/twilio/webhook", "+442079460000"
RETRIES, ANSWER_TIMEOUT = 10, 90.0
lock = threading.Lock()


@dataclass
class Figures:
    sent: int = 0
    answered: int = 0
    retried: int = 0
    lost: int = 0
    lost_by_channel: dict = field(default_factory=dict)
    misdirected: int = 0
    reconnected: int = 0
    latencies: dict = field(default_factory=lambda: {"before": [], "during": [], "after": []})
    answered_texts: dict = field(default_factory=dict)  # conversation id -> texts answered, in order


class Phase:
    def __init__(self) -> None:
        self.name = "before"


def lose(figures: Figures, channel: str) -> None:
    with lock:
        figures.lost += 1
        figures.lost_by_channel[channel] = figures.lost_by_channel.get(channel, 0) + 1


def record(figures: Figures, phase: Phase, conversation: str, text: str, seconds: float) -> None:
    with lock:
        figures.answered += 1
        figures.latencies[phase.name].append(seconds * 1000)
        figures.answered_texts.setdefault(conversation, []).append(text)


def rest_conversation(base: str, number: int, figures: Figures, phase: Phase) -> None:
    sender = f"soak-rest-{number}-{secrets.token_hex(3)}"
    for text in MESSAGES:
        with lock:
            figures.sent += 1
        began, client_id = time.perf_counter(), secrets.token_hex(8)  # the same on every resend
        for attempt in range(RETRIES):
            try:
                reply = requests.post(f"{base}/webhooks/rest/webhook", timeout=ANSWER_TIMEOUT, json={
                    "sender": sender, "message": text, "metadata": {repeats.KEY: client_id}})
                status = reply.status_code
            except requests.RequestException:
                status = 0
            if status == 200:
                if any(message.get("recipient_id") != sender for message in reply.json()):
                    with lock:
                        figures.misdirected += 1
                record(figures, phase, sender, text, time.perf_counter() - began)
                break
            with lock:
                figures.retried += 1
            time.sleep(1 + attempt)
        else:
            lose(figures, "rest")


def socketio_conversation(base: str, number: int, figures: Figures, phase: Phase) -> None:
    session_id = secrets.token_hex(16)
    arrived = threading.Condition()
    received: list[dict] = []
    client = socketio.Client(reconnection=True, reconnection_delay=1, reconnection_delay_max=3)

    @client.on("bot_uttered")
    def on_bot(data):
        with arrived:
            received.append(data)
            arrived.notify_all()

    connects = [0]

    @client.on("connect")
    def on_connect():
        connects[0] += 1
        if connects[0] > 1:
            with lock:
                figures.reconnected += 1
        client.emit("session_request", {"session_id": session_id})  # the same session after a reconnect
        with arrived:
            arrived.notify_all()

    client.connect(base, socketio_path="/socket.io", transports=["websocket"], wait_timeout=30)
    try:
        for text in MESSAGES:
            with lock:
                figures.sent += 1
            began, client_id = time.perf_counter(), secrets.token_hex(8)
            for attempt in range(RETRIES):
                before, connected_as = len(received), connects[0]
                try:
                    client.emit("user_uttered", {"message": text, "session_id": session_id,
                                                 "metadata": {repeats.KEY: client_id}})
                except socketio.exceptions.BadNamespaceError:
                    time.sleep(1 + attempt)  # not connected yet: try again once it is
                    with lock:
                        figures.retried += 1
                    continue
                # Sent again only when the connection dropped meanwhile, as the widget would.
                with arrived:
                    arrived.wait_for(lambda: len(received) > before or connects[0] != connected_as,
                                     timeout=ANSWER_TIMEOUT)
                if len(received) > before:
                    time.sleep(1.0)  # a turn may send several messages
                    record(figures, phase, session_id, text, time.perf_counter() - began)
                    break
                with lock:
                    figures.retried += 1
            else:
                lose(figures, "socketio")
    finally:
        client.disconnect()


def twilio_conversation(base: str, number: int, figures: Figures, phase: Phase, fake: FakeTwilioApi) -> None:
    phone = f"+447700{900000 + number:06d}"
    for text in MESSAGES:
        with lock:
            figures.sent += 1
        fields = {"MessageSid": "SM" + secrets.token_hex(16), "AccountSid": ACCOUNT_SID, "From": phone,
                  "To": BOT_NUMBER, "Body": text, "NumMedia": "0", "NumSegments": "1", "ApiVersion": "2010-04-01"}
        signature = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_URL + TWILIO_PATH, fields)
        before, began = len(fake.to(phone)), time.perf_counter()
        for attempt in range(RETRIES):  # Twilio retries with the same MessageSid
            try:
                status = requests.post(base + TWILIO_PATH, data=urlencode(fields), timeout=ANSWER_TIMEOUT, headers={
                    "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}).status_code
            except requests.RequestException:
                status = 0
            if status == 200:  # taken: Twilio never delivers it again, it waits for the answer
                if len(fake.wait_for(phone, before + 1, timeout=ANSWER_TIMEOUT)) > before:
                    time.sleep(1.0)
                    record(figures, phase, conversation_ids_for_number(phone)[0], text, time.perf_counter() - began)
                else:
                    lose(figures, "twilio")
                break
            with lock:
                figures.retried += 1
            time.sleep(1 + attempt)
        else:
            lose(figures, "twilio")


def busiest_rasa(layout: Layout) -> int:
    """The Rasa server with the most open connections: the one nginx pins the socket.io
    clients to (they all come from 127.0.0.1)."""
    def established(port: int) -> int:
        lines = Path("/proc/net/tcp").read_text().splitlines()[1:] + Path("/proc/net/tcp6").read_text().splitlines()[1:]
        return sum(1 for line in lines if int(line.split()[1].rsplit(":", 1)[1], 16) == port and line.split()[3] == "01")
    counts = [established(layout.port(address)) for address in layout.rasa_servers]
    return counts.index(max(counts)) + 1


def stored_check(database_url: str, figures: Figures) -> tuple[int, int]:
    """(duplicated, out of order) among the answered messages, from PostgreSQL."""
    duplicated = out_of_order = 0
    with db.engine(database_url).connect() as connection:
        for conversation, texts in figures.answered_texts.items():
            rows = connection.execute(sa.text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'user' "
                                              "ORDER BY id"), {"s": conversation}).scalars().all()
            stored = [json.loads(row)["text"] for row in rows]
            duplicated += max(0, len(stored) - len(texts))
            out_of_order += stored[:len(texts)] != texts and sorted(stored) == sorted(texts)
    return duplicated, out_of_order


def percentiles(values: list[float]) -> dict:
    if not values:
        return {"p50_ms": None, "p95_ms": None, "messages": 0}
    ordered = sorted(values)
    return {"p50_ms": round(statistics.median(ordered), 1),
            "p95_ms": round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 1),
            "messages": len(ordered)}


def soak(conversations: int, workdir: Path) -> dict:
    pseudonym_secret = secrets.token_urlsafe(24)
    os.environ["PSEUDONYM_SECRET"] = pseudonym_secret  # conversation ids here, as the servers make them
    settings.load.cache_clear()
    model = training.ensure_trained()
    fake = FakeTwilioApi(ACCOUNT_SID)
    with fresh_postgres_database("carers_soak") as database_url:
        create_tables(database_url)
        loader.sync(url=database_url)
        local = [f"127.0.0.1:{free_port()}" for _ in range(7)]
        layout = Layout(local[0], local[1], tuple(local[2:4]), tuple(local[4:6]), local[6])
        env = processes.base_environment(
            DATABASE_URL=database_url, REDIS_URL=REDIS_URL.rsplit("/", 1)[0] + "/13",
            RASA_API_TOKEN=secrets.token_urlsafe(16), ACTION_SERVER_TOKEN=secrets.token_urlsafe(16),
            PSEUDONYM_SECRET=pseudonym_secret, RETENTION_CHECK_HOURS="0", TWILIO_ACCOUNT_SID=ACCOUNT_SID,
            TWILIO_AUTH_TOKEN=AUTH_TOKEN, TWILIO_PUBLIC_URL=PUBLIC_URL, TWILIO_API_BASE_URL=fake.url)
        supervisor = run.start(layout, model, env, workdir / "nginx", log_dir=workdir / "logs")
        figures, phase = Figures(), Phase()
        killed: dict = {}
        try:
            kinds = ("rest", "socketio", "twilio")
            with ThreadPoolExecutor(max_workers=conversations) as pool:
                futures = []
                for number in range(conversations):
                    kind = kinds[number % 3]
                    if kind == "rest":
                        futures.append(pool.submit(rest_conversation, layout.public_url, number, figures, phase))
                    elif kind == "socketio":
                        futures.append(pool.submit(socketio_conversation, layout.public_url, number, figures, phase))
                    else:
                        futures.append(pool.submit(twilio_conversation, layout.public_url, number, figures, phase, fake))
                half = conversations * len(MESSAGES) // 2
                while figures.answered < half and not all(future.done() for future in futures):
                    time.sleep(0.2)
                target = busiest_rasa(layout)
                phase.name = "during"
                killed = {"rasa": run.rasa_name(target), "actions": run.action_name(1), "at_answered": figures.answered}
                run.kill(supervisor, killed["rasa"])
                run.kill(supervisor, killed["actions"])
                run_env = run.environment(layout, env)
                run.restart(supervisor, layout, model, run_env, killed["rasa"])
                run.restart(supervisor, layout, model, run_env, killed["actions"])
                phase.name = "after"
                for future in futures:
                    future.result()
        finally:
            supervisor.stop()
            fake.close()
        duplicated, out_of_order = stored_check(database_url, figures)
    return {"conversations": conversations, "messages_per_conversation": len(MESSAGES), "killed": killed,
            "sent": figures.sent, "answered": figures.answered, "retried": figures.retried, "lost": figures.lost,
            "lost_by_channel": figures.lost_by_channel,
            "duplicated": duplicated, "out_of_order": out_of_order, "misdirected": figures.misdirected,
            "socketio_reconnections": figures.reconnected,
            "latency": {name: percentiles(values) for name, values in figures.latencies.items()}}


def table(result: dict) -> str:
    """The README's soak table."""
    lines = ["| messages sent | answered | retried | lost | duplicated | out of order | to another conversation | "
             "socket.io reconnections |", "|---|---|---|---|---|---|---|---|",
             f"| {result['sent']} | {result['answered']} | {result['retried']} | {result['lost']} | "
             f"{result['duplicated']} | {result['out_of_order']} | {result['misdirected']} | "
             f"{result['socketio_reconnections']} |", "", "| latency | before the kill | during | after |",
             "|---|---|---|---|"]
    for figure in ("p50_ms", "p95_ms"):
        cells = [f"{value} ms" if (value := result["latency"][phase][figure]) is not None else "–"
                 for phase in ("before", "during", "after")]
        lines.append(f"| {figure.split('_')[0]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Load and kill test of the cluster (make soak).")
    parser.add_argument("--conversations", type=int, default=50)
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="carers-soak-") as folder:
        result = soak(args.conversations, Path(folder))
    args.report.parent.mkdir(exist_ok=True)
    args.report.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    print(table(result))
    failed = result["lost"] or result["duplicated"] or result["out_of_order"] or result["misdirected"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
