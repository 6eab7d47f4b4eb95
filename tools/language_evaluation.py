"""Understanding and replies in other languages (issue 15), on blind sets written by helpers
who know each language and saw neither the rules nor the training data
(tests/holdout/languages/<code>.yml).

Per language:
- situation macro-F1, crisis recall and false alarms, from the trained model in this
  process (tools/evaluation.py, the same measure as for English);
- through the REST channel of a real stack, each message in a fresh conversation:
  crisis contacts in the reply to that very message (crises), a crisis card on benign
  messages, and whether the reply is in the carer's language (lingua on the reply, with
  its names and contacts taken out).
The first measurement of each set is kept in reports/eval.json ("first_look_languages")
before anyone reads the set, and reports/eval.md shows it; later runs are shown beside it.
Run: `python -m tools.language_evaluation` (part of `make eval`).
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

import yaml

from bot import languages, training
from bot.dialogue import translations
from bot.directory.schema import read_directory
from bot.language_detection import detect
from bot.settings import PROJECT_ROOT
from tools import evaluation, reply_evaluation

SETS_DIR = PROJECT_ROOT / "tests" / "holdout" / "languages"
REPORT_JSON = evaluation.REPORTS / "eval.json"
REPORT_MD = evaluation.REPORTS / "eval.md"
DETAILS = evaluation.REPORTS / "languages_details.json"  # per message, for whoever reads the sets later
SECTION_START, SECTION_END = evaluation.LANGUAGES_START, evaluation.LANGUAGES_END
FIRST_LOOK_KEY = evaluation.FIRST_LOOK_LANGUAGES


def load_sets() -> dict[str, list[dict]]:
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(SETS_DIR.glob("*.yml"))}


def _without_contacts(text: str) -> str:
    """The reply's own words: no names of organisations, numbers, addresses or emails."""
    directory = read_directory()
    for service in directory.services.values():
        text = text.replace(service.name, " ")
    text = re.sub(r"https?://\S+|\S+@\S+|www\.\S+|[\d()+][\d\s()+-]{2,}\d", " ", text)
    return re.sub(r"Carers' Hub Lambeth|Carers' Hub|Samaritans|NHS 111|Lambeth|MORE", " ", text)


def reply_language(reply: str) -> str | None:
    code, confidence = detect(_without_contacts(reply))
    return code if confidence >= 0.5 else None


def measure_replies(model_path: Path, sets: dict[str, list[dict]]) -> dict[str, list[dict]]:
    directory = read_directory()
    titles = {card.title for card in directory.crisis.values()}
    titles |= {translations.translate(title, code) for title in list(titles) for code in languages.SUPPORTED}
    contacts = {line.value for card in directory.crisis.values() for line in card.lines}
    with tempfile.TemporaryDirectory(prefix="carers-languages-") as folder:
        supervisor, webhook = reply_evaluation.start_stack(Path(folder), model_path)
        try:
            from concurrent.futures import ThreadPoolExecutor

            results = {}
            for code, items in sets.items():
                with ThreadPoolExecutor(4) as pool:
                    replies = list(pool.map(lambda item: reply_evaluation.reply_to(webhook, item["text"]), items))
                results[code] = [{
                    "crisis": bool(item.get("crisis")), "lookalike": bool(item.get("lookalike")),
                    "contacts": any(value in reply for value in contacts),
                    "card": any(title in reply for title in titles),
                    "reply_language": reply_language(reply), "lang": item.get("lang") or code,
                    "reply": reply,
                } for item, reply in zip(items, replies)]
            return results
        finally:
            supervisor.stop()


def _share(items: list[dict], test) -> float:
    return round(sum(1 for item in items if test(item)) / len(items), 3) if items else float("nan")


def second_opinion(parser: evaluation.Parser, items: list[dict]) -> dict:
    """Whether the sentence encoder's second opinion (English-trained all-MiniLM-L6-v2) helps in
    this language: crises it alone flagged, and benign messages it gave the safety line."""
    def by_encoder(item: dict) -> bool:
        entities = parser.parse(item["text"]).get("entities") or []
        return any(e.get("entity") == "safety_tier" and "second opinion" in str(e.get("value")) for e in entities)

    crises = [item for item in items if item.get("crisis")]
    benign = [item for item in items if not item.get("crisis")]
    return {"crises_only_it_flagged": _share(crises, by_encoder), "benign_given_the_safety_line": _share(benign, by_encoder)}


def language_metrics(understood: dict, replied: list[dict]) -> dict:
    crises = [r for r in replied if r["crisis"]]
    benign = [r for r in replied if not r["crisis"]]
    return {
        "messages": understood["messages"],
        "crisis_messages": understood["crisis_messages"],
        "crisis_contacts_in_reply": _share(crises, lambda r: r["contacts"]),
        # The whole card for that kind of crisis, not only 999 and Samaritans from the safety line.
        "crisis_card_in_reply": _share(crises, lambda r: r["card"]),
        "card_on_benign": _share(benign, lambda r: r["card"]),
        "card_on_lookalikes": _share([r for r in benign if r["lookalike"]], lambda r: r["card"]),
        "reply_in_language": _share(replied, lambda r: r["reply_language"] == r["lang"]),
        "situation_macro_f1": understood["situation_macro_f1"],
        "crisis_recall_nlu": understood["crisis_recall"],
        "crisis_false_positive_rate_nlu": understood["crisis_false_positive_rate"],
        "second_opinion": understood["second_opinion"],
    }


def table(results: dict[str, dict]) -> list[str]:
    lines = ["| language | messages | crises | crisis contacts in reply | whole crisis card | card on benign "
             "| card on look-alikes | reply in language | situation macro-F1 |", "|---|---|---|---|---|---|---|---|---|"]
    for code, m in results.items():
        lines.append(f"| {languages.ENGLISH_NAMES.get(code, code)} | {m['messages']} | {m['crisis_messages']} "
                     f"| {m['crisis_contacts_in_reply']} | {m.get('crisis_card_in_reply', 'not measured')} "
                     f"| {m['card_on_benign']} | {m['card_on_lookalikes']} "
                     f"| {m['reply_in_language']} | {m['situation_macro_f1']} |")
    return lines


def markdown(report: dict) -> str:
    first = report.get(FIRST_LOOK_KEY, {})
    lines = [SECTION_START, "## Other languages (issue 15)", "",
             "Blind sets in tests/holdout/languages/, one per language, written by helpers who know the language "
             "and saw neither the rules nor the training data. Targets per language: crisis contacts in the reply "
             "≥ 0.97, a card on ≤ 3% of benign messages, situation macro-F1 ≥ 0.85, replies in the carer's "
             "language. Somali has the safety floor only (its crisis card and the hand-off), so its macro-F1 and "
             "its replies to ordinary messages are not expected to meet these.", ""]
    if first:
        lines += [f"### First measurement, before anyone read the sets ({first.get('measured', '')})", ""]
        lines += table(first["results"]) + [""]
    latest = report.get("languages")
    if latest:
        lines += [f"### Latest run ({latest.get('measured', '')})", ""] + table(latest["results"]) + [""]
    if latest:
        lines += ["The sentence encoder's second opinion (trained on English) in these languages: share of crises "
                  "only it flagged, and of benign messages it gave the safety line: " + "; ".join(
                      f"{languages.ENGLISH_NAMES.get(code, code)} {m['second_opinion']['crises_only_it_flagged']} / "
                      f"{m['second_opinion']['benign_given_the_safety_line']}"
                      for code, m in latest["results"].items() if "second_opinion" in m) + ".", ""]
    lines.append(SECTION_END)
    return "\n".join(lines)


def write_markdown(report: dict) -> None:
    text = REPORT_MD.read_text(encoding="utf-8") if REPORT_MD.exists() else ""
    section = markdown(report)
    if SECTION_START in text:
        head, _, rest = text.partition(SECTION_START)
        _, _, tail = rest.partition(SECTION_END)
        text = head + section + tail
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    REPORT_MD.write_text(text, encoding="utf-8")


def main() -> int:
    import datetime as dt

    sets = load_sets()
    model_path = training.ensure_trained()
    parser = evaluation.Parser(model_path)
    understood = {code: evaluation.metrics(evaluation.score(parser, items)) for code, items in sets.items()}
    for code, items in sets.items():
        understood[code]["second_opinion"] = second_opinion(parser, items)
    replied = measure_replies(model_path, sets)
    results = {code: language_metrics(understood[code], replied[code]) for code in sets}
    report = json.loads(REPORT_JSON.read_text(encoding="utf-8")) if REPORT_JSON.exists() else {}
    measured = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    report["languages"] = {"measured": measured, "results": results}
    first = report.setdefault(FIRST_LOOK_KEY, {"measured": measured, "results": {}})
    for code, figures in results.items():
        first["results"].setdefault(code, figures)  # a set's first figure is never replaced
    REPORT_JSON.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    DETAILS.write_text(json.dumps({code: {"understood": understood[code], "replied": replied[code]}
                                   for code in sets}, indent=1, ensure_ascii=False, default=sorted), encoding="utf-8")
    write_markdown(report)
    print("\n".join(table(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
