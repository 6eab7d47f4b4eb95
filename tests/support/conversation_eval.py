"""The blind multi-turn conversations (tests/holdout/conversations/), held with a real stack:
REST conversations through the REST channel, SMS ones as signed Twilio requests whose
replies a local fake of Twilio's API captures.

Each turn's reply is checked against what the set's authors expected of it:
- crisis_contacts: true means a crisis card (a card title from the directory) is in the
  reply; false means no card is (the safety line alone is not a card);
- mention_any: at least one of these is in the reply (empty: no check);
- mention_all: every one of these is;
- must_not_mention: none of these is.
Matching ignores case; a phone number also matches with other spacing. A conversation
passes when every one of its turns does.

`python -m tests.support.conversation_eval` writes reports/conversations.json; its first
run records the set's first measurement in reports/eval.json and reports/eval.md, before
anyone on the team reads the set. That figure stands.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import requests
import sqlalchemy as sa
import yaml
from twilio.request_validator import RequestValidator

from bot.directory.schema import read_directory
from bot.settings import PROJECT_ROOT
from tests.fakes.twilio_api import FakeTwilioApi
from tests.support.stack import start_stack
from tools import evaluation

CONVERSATIONS = PROJECT_ROOT / "tests" / "holdout" / "conversations" / "conversations.yml"
FIRST_LOOK_KEY = "first_look_conversations"  # the first set's; a later set's key ends with its file's name
ACCOUNT_SID = "AC" + secrets.token_hex(16)
AUTH_TOKEN = secrets.token_hex(16)
PUBLIC_URL = "https://carers-bot.example.org"
WEBHOOK_PATH = "/webhooks/twilio/webhook"
BOT_NUMBER = "+442079460000"
TURN_TIMEOUT = 180.0


def card_titles() -> list[str]:
    return [card.title.lower() for card in read_directory().crisis.values()]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def mentions(reply: str, wanted: str) -> bool:
    """Case-insensitive; a phone number (mostly digits) also matches with any spacing."""
    if wanted.lower() in reply.lower():
        return True
    digits = _digits(wanted)
    return len(digits) >= 3 and len(digits) >= len(wanted.replace(" ", "")) - 1 and digits in _digits(reply)


def check_turn(reply: str, expect: dict, titles: list[str]) -> list[str]:
    """What this reply got wrong, in words; empty when it met every expectation."""
    problems = []
    has_card = any(title in reply.lower() for title in titles)
    if expect.get("crisis_contacts") and not has_card:
        problems.append("no crisis card")
    if expect.get("crisis_contacts") is False and has_card:
        problems.append("a crisis card it should not have")
    wanted_any = expect.get("mention_any") or []
    if wanted_any and not any(mentions(reply, w) for w in wanted_any):
        problems.append(f"none of {wanted_any}")
    missing = [w for w in expect.get("mention_all") or [] if not mentions(reply, w)]
    if missing:
        problems.append(f"missing {missing}")
    unwanted = [w for w in expect.get("must_not_mention") or [] if mentions(reply, w)]
    if unwanted:
        problems.append(f"mentions {unwanted}")
    return problems


class RestCarer:
    def __init__(self, rasa_port: int) -> None:
        self.url = f"http://127.0.0.1:{rasa_port}/webhooks/rest/webhook"
        self.sender = f"blind-{secrets.token_hex(8)}"

    def say(self, text: str) -> str:
        answer = requests.post(self.url, json={"sender": self.sender, "message": text}, timeout=TURN_TIMEOUT)
        answer.raise_for_status()
        return "\n".join(message.get("text") or "" for message in answer.json())


class SmsCarer:
    """A phone writing the way Twilio delivers: signed form posts; replies come back
    through Twilio's API (the fake), and the turn is over once the message is stored."""

    def __init__(self, rasa_port: int, fake: FakeTwilioApi, database_url: str, number: str) -> None:
        self.rasa_port, self.fake, self.number = rasa_port, fake, number
        self.engine = sa.create_engine(database_url)
        self.turns = 0

    def say(self, text: str) -> str:
        before = len(self.fake.to(self.number))
        fields = {"MessageSid": "SM" + secrets.token_hex(16), "AccountSid": ACCOUNT_SID, "From": self.number,
                  "To": BOT_NUMBER, "Body": text, "NumMedia": "0", "NumSegments": "1", "ApiVersion": "2010-04-01"}
        signature = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_URL + WEBHOOK_PATH, fields)
        answer = requests.post(f"http://127.0.0.1:{self.rasa_port}{WEBHOOK_PATH}", data=urlencode(fields).encode(),
                               headers={"Content-Type": "application/x-www-form-urlencoded",
                                        "X-Twilio-Signature": signature}, timeout=TURN_TIMEOUT)
        answer.raise_for_status()
        self.turns += 1
        deadline = time.monotonic() + TURN_TIMEOUT
        while time.monotonic() < deadline:
            sent = self.fake.to(self.number)[before:]
            if sent and self._turn_stored():
                return "\n".join(message.body for message in sent)
            time.sleep(0.2)
        return "\n".join(message.body for message in self.fake.to(self.number)[before:])

    def _turn_stored(self) -> bool:
        from bot.privacy.pseudonyms import conversation_ids_for_number

        conversation_id = conversation_ids_for_number(self.number)[0]
        with self.engine.connect() as connection:
            stored = connection.execute(sa.text(
                "SELECT count(*) FROM events WHERE type_name = 'user' AND sender_id = :id"),
                {"id": conversation_id}).scalar()
        return stored == self.turns


def run(conversations: list[dict], workdir: Path) -> list[dict]:
    from bot import settings, training

    fake = FakeTwilioApi(ACCOUNT_SID)
    pseudonym_secret = secrets.token_urlsafe(24)
    database_url = f"sqlite:///{workdir / 'conversations.db'}"
    stack = start_stack(workdir, training.ensure_trained(), database_url,
                        TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN, TWILIO_PUBLIC_URL=PUBLIC_URL,
                        TWILIO_API_BASE_URL=fake.url, PSEUDONYM_SECRET=pseudonym_secret,
                        POSTCODES_IO_URL="http://127.0.0.1:9")
    os.environ["PSEUDONYM_SECRET"] = pseudonym_secret  # this process computes the SMS conversation ids
    settings.load.cache_clear()
    titles = card_titles()
    results = []
    try:
        for index, conversation in enumerate(conversations):
            if conversation.get("channel") == "sms":
                carer = SmsCarer(stack.rasa_port, fake, database_url, f"+447700901{index:03d}")
            else:
                carer = RestCarer(stack.rasa_port)
            turns = []
            for turn in conversation["turns"]:
                reply = carer.say(turn["user"])
                turns.append({"user": turn["user"], "reply": reply,
                              "problems": check_turn(reply, turn.get("expect") or {}, titles)})
            results.append({"id": conversation["id"], "kind": conversation.get("kind", ""),
                            "channel": conversation.get("channel", "rest"),
                            "passed": not any(t["problems"] for t in turns), "turns": turns})
            print(f"{index + 1}/{len(conversations)}", end="\r", flush=True)
    finally:
        stack.supervisor.stop()
        fake.close()
    return results


def summary(results: list[dict]) -> dict:
    by_kind: dict[str, list[bool]] = {}
    for result in results:
        by_kind.setdefault(result["kind"], []).append(result["passed"])
    turns = [t for r in results for t in r["turns"]]
    return {
        "conversations": len(results),
        "passed": round(sum(r["passed"] for r in results) / max(len(results), 1), 3),
        "turns_passed": round(sum(not t["problems"] for t in turns) / max(len(turns), 1), 3),
        "by_channel": {channel: round(sum(r["passed"] for r in results if r["channel"] == channel)
                                      / max(sum(r["channel"] == channel for r in results), 1), 3)
                       for channel in sorted({r["channel"] for r in results})},
        "by_kind": {kind: round(sum(passed) / len(passed), 3) for kind, passed in sorted(by_kind.items())},
    }


def main(path: Path = CONVERSATIONS) -> int:
    from bot import training

    conversations = yaml.safe_load(path.read_text())
    with tempfile.TemporaryDirectory() as workdir:
        results = run(conversations, Path(workdir))
    figures = summary(results)
    reports = evaluation.REPORTS
    reports.mkdir(exist_ok=True)
    suffix = "" if path == CONVERSATIONS else f"_{path.stem}"
    (reports / f"conversations{suffix}.json").write_text(
        json.dumps({"summary": figures, "results": results}, indent=2) + "\n")
    eval_json = reports / "eval.json"
    report = json.loads(eval_json.read_text()) if eval_json.exists() else {"model": training.model_path().name, "sets": {}}
    report[f"conversations{suffix}"] = {**figures, "model": training.model_path().name, "file": str(path.name)}
    if FIRST_LOOK_KEY + suffix not in report:  # recorded before anyone reads the set: the figure that counts
        report[FIRST_LOOK_KEY + suffix] = report[f"conversations{suffix}"]
    eval_json.write_text(json.dumps(report, indent=2) + "\n")
    (reports / "eval.md").write_text(evaluation.markdown(report))
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(*(Path(arg) for arg in sys.argv[1:2])))
