"""The cluster (`make cluster`) survives a dead process, through the real nginx, PostgreSQL
and Redis: two Rasa servers and two action servers behind nginx; one of each is killed
with SIGKILL midway, conversations carry on with their history on the survivors, the
killed Rasa server is started again and takes work once the other is killed too. Every
message that got an answer is stored once, in order, and each answer went to its own
conversation. (The full soak with load and a report is issue 18's `make soak`.)"""
from __future__ import annotations

import json
import shutil
import time

import pytest
import requests
import sqlalchemy as sa

from bot import processes
from bot.cluster import run
from bot.cluster.layout import Layout
from bot.directory import loader
from bot.storage import db
from bot.storage.tables import create_tables
from tests.support import carer_words
from tests.support.ports import free_port
from tests.support.stack import REDIS_URL, fresh_postgres_database, postgres_available

CONVERSATIONS = 10
ROUNDS = ("hello", "I look after my mum, she has dementia and I am exhausted", "who can help her?",
          "thank you", "can I get a carer's assessment?")
RETRIES = 8  # a 502 or 503 is tried again, as the widget would


@pytest.fixture(scope="module")
def cluster(trained_model, tmp_path_factory):
    if shutil.which("nginx") is None:
        pytest.skip("Debian's nginx is not installed (.ci/run installs it: apt-get install nginx)")
    reason = postgres_available()
    if reason:
        pytest.skip(reason)
    with fresh_postgres_database("carers_cluster") as database_url:
        create_tables(database_url)
        loader.sync(url=database_url)
        local = [f"127.0.0.1:{free_port()}" for _ in range(7)]
        layout = Layout(proxy_address=local[0], actions_proxy_address=local[1], rasa_servers=tuple(local[2:4]),
                        action_servers=tuple(local[4:6]), web_server=local[6])
        folder = tmp_path_factory.mktemp("cluster")
        env = processes.base_environment(DATABASE_URL=database_url, REDIS_URL=REDIS_URL.rsplit("/", 1)[0] + "/14",
                                         RASA_API_TOKEN="cluster-test", ACTION_SERVER_TOKEN="cluster-test-actions",
                                         RETENTION_CHECK_HOURS="0", STAFF_COOKIE_SECURE="false")
        supervisor = run.start(layout, trained_model, env, folder / "nginx", log_dir=folder / "logs")
        try:
            yield layout, supervisor, run.environment(layout, env), trained_model, database_url
        finally:
            supervisor.stop()


def say(layout: Layout, sender: str, text: str, counts: dict) -> list[dict]:
    carer_words.remember(text)  # no log of any process may hold it (checked at the session's end)
    for attempt in range(RETRIES):
        try:
            reply = requests.post(f"{layout.public_url}/webhooks/rest/webhook",
                                  json={"sender": sender, "message": text}, timeout=120)
        except requests.ConnectionError:
            reply = None
        if reply is not None and reply.status_code == 200:
            return reply.json()
        counts["retried"] += 1
        time.sleep(1 + attempt)
    raise AssertionError(f"{sender}: no answer to {text!r} after {RETRIES} tries")


def stored_user_messages(database_url: str, sender: str) -> list[str]:
    with db.engine(database_url).connect() as connection:
        rows = connection.execute(sa.text("SELECT data FROM events WHERE sender_id = :s AND type_name = 'user' "
                                          "ORDER BY id"), {"s": sender}).scalars().all()
    return [json.loads(row)["text"] for row in rows]


def test_conversations_carry_on_when_a_rasa_and_an_action_server_die(cluster):
    layout, supervisor, env, model, database_url = cluster
    senders = [f"cluster-{number}-{time.monotonic_ns()}" for number in range(CONVERSATIONS)]
    counts = {"retried": 0}
    sent: dict[str, list[str]] = {sender: [] for sender in senders}
    answers: dict[str, list[list[dict]]] = {sender: [] for sender in senders}

    def round_of(text: str) -> None:
        for sender in senders:
            answers[sender].append(say(layout, sender, text, counts))
            sent[sender].append(text)

    round_of(ROUNDS[0])
    round_of(ROUNDS[1])
    run.kill(supervisor, run.rasa_name(1))
    run.kill(supervisor, run.action_name(1))
    round_of(ROUNDS[2])  # on the survivors, with the history from PostgreSQL
    run.restart(supervisor, layout, model, env, run.rasa_name(1))
    run.restart(supervisor, layout, model, env, run.action_name(1))
    round_of(ROUNDS[3])
    run.kill(supervisor, run.rasa_name(2))  # now only the restarted one can answer
    round_of(ROUNDS[4])

    for sender in senders:
        assert stored_user_messages(database_url, sender) == sent[sender]  # each once, in order
        for reply in answers[sender]:
            assert reply and all(message.get("recipient_id") == sender for message in reply)
        # The survivors knew each conversation so far: the privacy notice, given once per
        # conversation, was not given again after the kills.
        notices = ["keep this chat for" in " ".join(message.get("text", "") for message in reply)
                   for reply in answers[sender]]
        assert notices == [True, False, False, False, False], (sender, notices)
    assert counts["retried"] <= CONVERSATIONS  # nginx itself moves refused requests on
