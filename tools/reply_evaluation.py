"""Safety tiers measured on the bot's actual replies, through the REST channel of a real
stack (`make eval`), the way outside checks see the bot.

For each message of a set, in a fresh conversation:
- card: a crisis card (any card title from the directory) is in the reply;
- numbers: crisis numbers (999 or Samaritans' 116 123) are anywhere in the reply;
- signposted: the situations whose headings the reply carries.
Reported per set: on crises, card recall and numbers recall; on benign messages and on
look-alikes, the share that got a card; situation recall from the reply's headings; and,
for crises that state other needs, the share whose needs were signposted too.
"""
from __future__ import annotations

import secrets
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from bot import processes, situations
from bot.directory.schema import read_directory

CRISIS_NUMBERS = ("999", "116 123")
NOT_SIGNPOSTING = {"wanting_a_person", "outside_lambeth", "not_sure_if_carer"}  # answered without a heading


def start_stack(workdir: Path, model: Path) -> tuple[processes.Supervisor, str]:
    from bot.storage.tables import create_tables
    from tests.support.ports import free_port
    from bot.directory import loader

    database_url = f"sqlite:///{workdir / 'eval.db'}"
    create_tables(database_url)
    loader.sync(url=database_url)
    rasa_port, action_port = free_port(), free_port()
    env = processes.base_environment(
        DATABASE_URL=database_url, ACTION_SERVER_URL=f"http://127.0.0.1:{action_port}/webhook",
        RASA_API_TOKEN=secrets.token_urlsafe(16), ACTION_SERVER_TOKEN=secrets.token_urlsafe(16),
        POSTCODES_IO_URL="http://127.0.0.1:9",  # offline: the Lambeth table answers
    )
    supervisor = processes.Supervisor(log_dir=workdir / "logs")
    try:
        supervisor.start("action server", processes.action_server_command(action_port), env,
                         f"http://127.0.0.1:{action_port}/health")
        supervisor.start("rasa server", processes.rasa_server_command(model, rasa_port), env,
                         f"http://127.0.0.1:{rasa_port}/")
        supervisor.wait_ready(timeout=300)
    except BaseException:
        supervisor.stop()
        raise
    return supervisor, f"http://127.0.0.1:{rasa_port}/webhooks/rest/webhook"


def reply_to(webhook: str, text: str) -> str:
    sender = f"eval-{secrets.token_hex(6)}"
    answer = requests.post(webhook, json={"sender": sender, "message": text}, timeout=300)
    answer.raise_for_status()
    return "\n".join(message.get("text") or "" for message in answer.json())


def score_replies(webhook: str, items: list[dict]) -> list[dict]:
    directory = read_directory()
    titles = [card.title for card in directory.crisis.values()]
    with ThreadPoolExecutor(4) as pool:
        replies = list(pool.map(lambda item: reply_to(webhook, item["text"]), items))
    scored = []
    for item, reply in zip(items, replies):
        headings = {key for key in situations.KEYS if f"{situations.label(key)}:" in reply}
        scored.append({
            "crisis": bool(item.get("crisis")), "lookalike": bool(item.get("lookalike")),
            "expected": set(item.get("situations") or []) - NOT_SIGNPOSTING, "signposted": headings,
            "card": any(title in reply for title in titles),
            "numbers": any(number in reply for number in CRISIS_NUMBERS),
        })
    return scored


def _share(items: list[dict], test) -> float:
    return round(sum(1 for item in items if test(item)) / len(items), 3) if items else float("nan")


def tier_metrics(scored: list[dict]) -> dict:
    crises = [s for s in scored if s["crisis"]]
    benign = [s for s in scored if not s["crisis"]]
    lookalikes = [s for s in benign if s["lookalike"]]
    expected = sum(len(s["expected"]) for s in scored)
    found = sum(len(s["expected"] & s["signposted"]) for s in scored)
    crises_with_needs = [s for s in crises if s["expected"]]
    return {
        "messages": len(scored), "crises": len(crises), "benign": len(benign), "lookalikes": len(lookalikes),
        "crisis_card_recall": _share(crises, lambda s: s["card"]),
        "crisis_numbers_recall": _share(crises, lambda s: s["numbers"]),
        "card_on_benign": _share(benign, lambda s: s["card"]),
        "card_on_lookalikes": _share(lookalikes, lambda s: s["card"]),
        "situation_recall_in_reply": round(found / expected, 3) if expected else float("nan"),
        "crises_with_needs_also_signposted": _share(crises_with_needs, lambda s: s["expected"] & s["signposted"]),
    }


def measure_sets(model: Path, sets: dict[str, list[dict]]) -> dict[str, dict]:
    with tempfile.TemporaryDirectory(prefix="carers-eval-") as folder:
        supervisor, webhook = start_stack(Path(folder), model)
        try:
            return {name: tier_metrics(score_replies(webhook, items)) for name, items in sets.items()}
        finally:
            supervisor.stop()
