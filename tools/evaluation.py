"""`make eval`: how well the bot understands carers' messages it has never seen.

The held-out set (tests/holdout/messages.yml) is never used for training: the model
is trained on data/ only (bot/training.py). Each message goes through the whole NLU
pipeline, including the rule-based entities and the crisis rules, and then through
the same situation recognition the actions use (bot.situations.recognise).

Reported: per-situation precision and recall and macro-F1 (on messages that are not
crises, because a crisis reply replaces signposting), crisis recall, the crisis
false-positive rate over all non-crisis messages and over the look-alikes alone, and
the most common confusions. Written to reports/eval.json and reports/eval.md.
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot import situations as taxonomy
from bot.settings import PROJECT_ROOT

HOLDOUT = PROJECT_ROOT / "tests" / "holdout" / "messages.yml"
UNSEEN = PROJECT_ROOT / "tests" / "holdout" / "unseen.yml"
FINAL = PROJECT_ROOT / "tests" / "holdout" / "final.yml"
FOURTH = PROJECT_ROOT / "tests" / "holdout" / "fourth.yml"
FIFTH = PROJECT_ROOT / "tests" / "holdout" / "fifth.yml"
LONG_DEV = PROJECT_ROOT / "tests" / "holdout" / "long" / "long_dev.yml"
LONG_FINAL = PROJECT_ROOT / "tests" / "holdout" / "long" / "long_final.yml"
REPORTS = PROJECT_ROOT / "reports"
# Every set is kept out of training, each written by someone who saw neither the
# training data, the rules nor the other sets. Each was measured once before anyone on
# the team read it (its "first look"); the earlier ones were then used to improve the
# rules, so their later figures flatter the bot. The newest set is the honest measure.
SETS = {
    "long_dev": (LONG_DEV, "long forum-style posts, crises mixed with needs and alarming but safe posts (issue 13), "
                           "written blind; its first measurement is recorded above, after which it is development data"),
    "fifth": (FIFTH, "the newest blind set; measured twice before anyone on the team read it (figures above), "
                     "then read and used to broaden the crisis rules, so the figures below flatter the bot"),
    "fourth": (FOURTH, "written blind; its first measurement was taken, then it was used to broaden the rules"),
    "third": (FINAL, "written blind; its first measurement was taken, then it was used to broaden the rules"),
    "second": (UNSEEN, "written blind; its first measurement exposed weak crisis recall, "
                       "and it was then used to broaden the rules"),
    "development": (HOLDOUT, "written blind, then looked at while improving the rules from the start"),
}

# Each set's first measurement, kept in reports/eval.json from run to run (the third
# set's key predates the naming).
FIRST_LOOKS = (("first_look_fifth", "fifth"), ("first_look_fourth", "fourth"), ("first_look", "third"),
               ("first_look_second", "second"))
# Sets also measured on the bot's replies through a real stack (safety tiers,
# tools/reply_evaluation.py). A set with no first look yet gets one recorded, unread.
REPLY_SETS = ("long_dev",)
# The final set of long posts is held back: measured once, with `python -m tools.evaluation --final`.
FINAL_SETS = {"long_final": (LONG_FINAL, "the final set of long posts (issue 13), held back and measured once")}
LANGUAGES_START, LANGUAGES_END = "<!-- languages -->", "<!-- /languages -->"  # that section's edges in eval.md
FIRST_LOOK_LANGUAGES = "first_look_languages"
# Measurements of a set taken later but still before anyone read it (after development on
# other data), printed after the first looks.
UNREAD_LOOKS = (("fifth_unread_after_development", "fifth"),)


@dataclass
class Scored:
    text: str
    expected: set[str]
    predicted: set[str]
    crisis_expected: bool
    crisis_predicted: bool
    lookalike: bool
    intent: str
    style: str


def load_holdout(path: Path = HOLDOUT) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


class Parser:
    """Parses messages with a trained model, in this process (no server needed)."""

    def __init__(self, model_path: Path) -> None:
        os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
        os.chdir(PROJECT_ROOT)  # SpacyNLP's model path in config.yml is relative to the project
        logging.getLogger("rasa").setLevel(logging.WARNING)
        import structlog

        # Rasa logs every parse at debug level through structlog; an evaluation parses thousands.
        structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
        from rasa.core.agent import Agent

        self.agent = Agent.load(str(model_path))
        self.loop = asyncio.new_event_loop()

    def parse(self, text: str) -> dict:
        """As the server parses (bot/rasa_server.py): the whole message, then its windows."""
        from bot import situations
        from bot.nlu import sentences

        from rasa.core.channels.channel import UserMessage

        def parse_one(one: str, metadata: dict | None = None) -> dict:
            return self.loop.run_until_complete(self.agent.processor.parse_message(UserMessage(one, metadata=metadata)))

        return sentences.add_window_intents(parse_one(text), lambda window: parse_one(window, {sentences.WINDOW_MARK: True}),
                                            frozenset(situations.SITUATION_BY_INTENT))


def score(parser: Parser, holdout: list[dict]) -> list[Scored]:
    scored = []
    for item in holdout:
        parsed = parser.parse(item["text"])
        intent = (parsed.get("intent") or {}).get("name") or ""
        predicted = set(taxonomy.recognise(parsed.get("intent"), parsed.get("intent_ranking"), parsed.get("entities")))
        scored.append(Scored(
            text=item["text"], expected=set(item.get("situations") or []), predicted=predicted,
            crisis_expected=bool(item.get("crisis")), crisis_predicted=intent == "crisis",
            lookalike=bool(item.get("lookalike")), intent=intent, style=item.get("style", ""),
        ))
    return scored


def metrics(scored: list[Scored]) -> dict:
    signposting = [s for s in scored if not s.crisis_expected]
    per_situation = {}
    for key in sorted(taxonomy.KEYS):
        tp = sum(1 for s in signposting if key in s.expected and key in s.predicted)
        fp = sum(1 for s in signposting if key not in s.expected and key in s.predicted)
        fn = sum(1 for s in signposting if key in s.expected and key not in s.predicted)
        support = tp + fn
        if support == 0:
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / support
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_situation[key] = {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                              "support": support}
    macro_f1 = sum(v["f1"] for v in per_situation.values()) / len(per_situation)
    crises = [s for s in scored if s.crisis_expected]
    not_crises = [s for s in scored if not s.crisis_expected]
    lookalikes = [s for s in scored if s.lookalike]
    confusions = collections.Counter()
    for s in signposting:
        for missing in s.expected - s.predicted:
            extra = sorted(s.predicted - s.expected) or ["(nothing)"]
            for other in extra:
                confusions[f"{missing} -> {other}"] += 1
        for extra in s.predicted - s.expected:
            if not s.expected - s.predicted:
                confusions[f"(extra) {extra}"] += 1
    exact = sum(1 for s in signposting if s.expected == s.predicted)
    multi = [s for s in signposting if len(s.expected) > 1]
    return {
        "messages": len(scored),
        "situation_messages": len(signposting),
        "situation_macro_f1": round(macro_f1, 3),
        "situations_exactly_right": round(exact / len(signposting), 3),
        "multi_need_all_found": round(sum(1 for s in multi if s.expected <= s.predicted) / max(1, len(multi)), 3),
        "crisis_messages": len(crises),
        "crisis_recall": round(sum(s.crisis_predicted for s in crises) / max(1, len(crises)), 3),
        "crisis_false_positive_rate": round(sum(s.crisis_predicted for s in not_crises) / max(1, len(not_crises)), 3),
        "lookalike_false_positive_rate": round(sum(s.crisis_predicted for s in lookalikes) / max(1, len(lookalikes)), 3),
        "per_situation": per_situation,
        "top_confusions": confusions.most_common(15),
        "missed_crises": [s.text for s in crises if not s.crisis_predicted],
        "false_crises": [s.text for s in not_crises if s.crisis_predicted],
    }


def markdown_for(name: str, result: dict) -> str:
    path, about = {**SETS, **FINAL_SETS}[name]
    lines = [
        f"## {name.title()} set: `{path.relative_to(PROJECT_ROOT)}`",
        "",
        f"{result['messages']} messages, never used for training; {about}.",
        "",
        "| figure | value | target |",
        "|---|---|---|",
        f"| situation macro-F1 ({result['situation_messages']} non-crisis messages) | {result['situation_macro_f1']} | ≥ 0.92 |",
        f"| crisis recall ({result['crisis_messages']} crisis messages) | {result['crisis_recall']} | 1.0 |",
        f"| crisis false-positive rate (all non-crisis messages) | {result['crisis_false_positive_rate']} | ≤ 0.02 |",
        f"| crisis false-positive rate (look-alikes only) | {result['lookalike_false_positive_rate']} | |",
        f"| messages with exactly the right situations | {result['situations_exactly_right']} | |",
        f"| multi-need messages with every need found | {result['multi_need_all_found']} | |",
    ]
    if "tiers" in result:
        tiers = result["tiers"]
        lines += [
            "", "Safety tiers and signposting on the bot's replies (REST, a fresh conversation per message):", "",
            "| figure | value | target |", "|---|---|---|",
            f"| crisis card on crises ({tiers['crises']}) | {tiers['crisis_card_recall']} | ≥ 0.97 |",
            f"| crisis numbers anywhere in the reply on crises | {tiers['crisis_numbers_recall']} | 1.0 |",
            f"| crisis card on benign messages ({tiers['benign']}) | {tiers['card_on_benign']} | ≤ 0.03 |",
            f"| crisis card on look-alikes ({tiers['lookalikes']}) | {tiers['card_on_lookalikes']} | ≤ 0.10 |",
            f"| stated situations signposted in the reply | {tiers['situation_recall_in_reply']} | |",
            f"| crises with other needs whose needs were signposted too | {tiers['crises_with_needs_also_signposted']} | |",
        ]
    lines += [
        "",
        "### Per situation",
        "",
        "| situation | precision | recall | F1 | support |",
        "|---|---|---|---|---|",
    ]
    for key, values in result["per_situation"].items():
        lines.append(f"| {key} | {values['precision']} | {values['recall']} | {values['f1']} | {values['support']} |")
    lines += ["", "### Most common confusions (expected -> found instead)", ""]
    lines += [f"- {pair}: {count}" for pair, count in result["top_confusions"]]
    lines += ["", "### Crisis messages missed", ""] + ([f"- {t}" for t in result["missed_crises"]] or ["- none"])
    lines += ["", "### Non-crisis messages treated as a crisis", ""]
    lines += [f"- {t}" for t in result["false_crises"]] or ["- none"]
    return "\n".join(lines) + "\n"


def markdown(report: dict) -> str:
    lines = [
        "# How well the bot understands carers: held-out evaluation",
        "",
        f"Model `{report['model']}`, trained on `data/` only (`make eval`). Each message goes through the whole NLU "
        "pipeline (rule entities, DIET, the crisis rules) and the situation recognition the actions use. "
        "Situation figures are over messages that are not crises, because a crisis reply replaces signposting.",
        "",
    ]
    for name in REPLY_SETS + tuple(FINAL_SETS):
        first = report.get(f"first_look_{name}")
        if first:
            tiers = first["tiers"]
            lines += [
                f"The {name} set's first measurement, recorded before anyone on the team read it (model "
                f"`{first['model']}`): on the bot's replies, crisis card on {tiers['crisis_card_recall']} of "
                f"crises, crisis numbers on {tiers['crisis_numbers_recall']}, a card on {tiers['card_on_benign']} "
                f"of benign messages and {tiers['card_on_lookalikes']} of look-alikes, situations signposted in "
                f"the reply {tiers['situation_recall_in_reply']}, crises whose other needs were signposted too "
                f"{tiers['crises_with_needs_also_signposted']}; understanding: situation macro-F1 "
                f"{first['situation_macro_f1']}, multi-need messages with every need found "
                f"{first['multi_need_all_found']}.",
                "",
            ]
    for key in sorted(k for k in report if k.startswith("first_look_conversations")):
        first, latest = report[key], report.get(key.replace("first_look_", ""), {})
        lines += [
            f"Blind multi-turn conversations ({first.get('file', 'conversations.yml')}, issue 14): first measurement, "
            f"recorded before anyone on the team read them (model `{first['model']}`, "
            f"`python -m tests.support.conversation_eval`): {first['passed']} of {first['conversations']} "
            f"conversations passed every turn (target 0.85), {first['turns_passed']} of turns; by channel "
            f"{first['by_channel']}; by kind {first['by_kind']}.",
            "",
        ]
        if latest and latest.get("model") != first.get("model"):
            lines += [f"Its latest measurement, after the set was read and used as development data (so it "
                      f"flatters the bot; model `{latest['model']}`): {latest['passed']} of conversations, "
                      f"{latest['turns_passed']} of turns.", ""]
    for key, name in FIRST_LOOKS + UNREAD_LOOKS:
        if key in report:
            first = report[key]
            when = "first measurement" if (key, name) in FIRST_LOOKS else "measurement after " + first.get("after", "development")
            lines += [
                f"The {name} set's {when}, before anyone on the team had read it "
                f"(model `{first.get('model', '?')}`): situation macro-F1 {first['situation_macro_f1']}, "
                f"crisis recall {first['crisis_recall']}, crisis false-positive rate "
                f"{first['crisis_false_positive_rate']}, look-alike false-positive rate "
                f"{first['lookalike_false_positive_rate']}, multi-need messages with every need found "
                f"{first['multi_need_all_found']}.",
                "",
            ]
    for name in {**SETS, **FINAL_SETS}:
        if name in report["sets"]:
            lines.append(markdown_for(name, report["sets"][name]))
    if "cross_validation" in report:
        cv = report["cross_validation"]
        lines += ["## Rasa's own cross-validation on the training data (for comparison)", "",
                  f"`rasa test nlu --cross-validation --folds {cv['folds']}`"
                  + (f" (training data of model `{cv['model']}`)" if cv.get("model") else "")
                  + f": intent accuracy {cv['accuracy']}, "
                  f"macro-F1 {cv['macro_f1']}, weighted F1 {cv['weighted_f1']} over {cv['intents']} intents.",
                  "It measures one intent per training example (a long message with several needs still carries one "
                  "label), not the situations that intent and rule entities find together, so the two are not directly "
                  "comparable.", ""]
    return "\n".join(lines)


def cross_validation(folds: int = 3) -> dict:
    """Rasa's own `rasa test nlu --cross-validation` on the training data."""
    import subprocess
    import sys
    import tempfile

    from bot import processes
    from bot.nlu import spacy_model

    spacy_model.ensure_built()
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "rasa", "test", "nlu", "--nlu", "data/nlu", "--config", "config.yml",
                        "--cross-validation", "--folds", str(folds), "--out", out],
                       cwd=PROJECT_ROOT, env=processes.base_environment(), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        report = json.loads((Path(out) / "intent_report.json").read_text())
    intents = [k for k in report if k not in ("accuracy", "macro avg", "weighted avg", "micro avg")]
    return {"folds": folds, "accuracy": round(report["accuracy"], 3),
            "macro_f1": round(report["macro avg"]["f1-score"], 3),
            "weighted_f1": round(report["weighted avg"]["f1-score"], 3), "intents": len(intents)}


def main(with_cross_validation: bool = True, final: bool = False) -> int:
    from bot import training
    from tools import reply_evaluation

    model_path = training.ensure_trained()
    parser = Parser(model_path)
    report: dict = {"model": model_path.name, "sets": {}}
    previous = REPORTS / "eval.json"
    earlier: dict = json.loads(previous.read_text()) if previous.exists() else {}
    for key in earlier:  # keep every set's first measurement from run to run
        if key.startswith(("first_look", "conversations")) or key in dict(UNREAD_LOOKS) or key == "languages":
            report[key] = earlier[key]
    sets = dict(SETS)
    if final:
        if "first_look_long_final" in earlier:
            print("The final set was measured once already; its figure stands (reports/eval.md).")
            return 1
        sets.update(FINAL_SETS)
    for name, (path, _about) in sets.items():
        if path.exists():
            report["sets"][name] = metrics(score(parser, load_holdout(path)))
    reply_sets = [name for name in REPLY_SETS + (tuple(FINAL_SETS) if final else ()) if name in report["sets"]]
    if reply_sets:
        print(f"Measuring the replies of a running bot on {', '.join(reply_sets)}...", flush=True)
        tiers = reply_evaluation.measure_sets(model_path, {name: load_holdout(sets[name][0]) for name in reply_sets})
        for name, figures in tiers.items():
            report["sets"][name]["tiers"] = figures
    for name in reply_sets:
        key = f"first_look_{name}"
        if key not in report:  # recorded before anyone reads the set: this figure is the one that counts
            report[key] = {**_headline(report["sets"][name]), "model": model_path.name,
                           "tiers": report["sets"][name]["tiers"]}
    if with_cross_validation:
        print("Running Rasa's cross-validation (this trains the model once per fold)...", flush=True)
        report["cross_validation"] = {**cross_validation(), "model": model_path.name}
    elif "cross_validation" in earlier:
        report["cross_validation"] = earlier["cross_validation"]  # kept from the last run that did it
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / "eval.json").write_text(json.dumps(report, indent=2) + "\n")
    (REPORTS / "eval.md").write_text(markdown(report) + languages_section(REPORTS / "eval.md"))
    print(markdown(report))
    return 0


def languages_section(path: Path) -> str:
    """The other languages' section of eval.md, written by tools/language_evaluation.py,
    kept as it is when the English figures are rewritten."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if LANGUAGES_START not in text:
        return ""
    return "\n" + LANGUAGES_START + text.partition(LANGUAGES_START)[2].partition(LANGUAGES_END)[0] + LANGUAGES_END + "\n"


def command_line(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure understanding on the held-out messages (make eval).")
    parser.add_argument("--no-cross-validation", action="store_true", help="skip Rasa's own cross-validation")
    parser.add_argument("--final", action="store_true", help="also measure the held-back final set, once")
    args = parser.parse_args(argv)
    return main(with_cross_validation=not args.no_cross_validation, final=args.final)


def _headline(result: dict) -> dict:
    keys = ("situation_macro_f1", "crisis_recall", "crisis_false_positive_rate", "lookalike_false_positive_rate",
            "multi_need_all_found")
    return {key: result[key] for key in keys}


if __name__ == "__main__":
    sys.exit(command_line())
