"""One model for every language, or one per language? Measured, not assumed (issue 15).

Each language's training examples (data/nlu/languages/<code>.yml) are split: every fifth
example of each intent is held out. Two kinds of model are trained with config.yml:
- one model on all of data/nlu (English and every language) without the held-out examples;
- for each language, a model on that language's own examples (and vocabulary) only.
Both are scored on the held-out examples with the measure `make eval` uses (situation
macro-F1, tools/evaluation.py), and English is scored on the English blind sets by
`make eval` as usual. Writes reports/language_model_choice.json.
Run: `python -m tools.language_model_choice` (trains four models: about half an hour).
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

from bot import situations, training
from bot.settings import PROJECT_ROOT
from tools import evaluation

NLU = PROJECT_ROOT / "data" / "nlu"
LANGUAGE_DIR = NLU / "languages"
HOLD_OUT_EVERY = 5
REPORT = evaluation.REPORTS / "language_model_choice.json"


def split(path: Path) -> tuple[dict, list[dict]]:
    """The file without every fifth example of each intent, and those examples as scored items."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    held: list[dict] = []
    for block in data.get("nlu", []):
        if "intent" not in block:
            continue
        lines = [line for line in block["examples"].splitlines() if line.strip().startswith("- ")]
        kept = [line for number, line in enumerate(lines) if number % HOLD_OUT_EVERY != HOLD_OUT_EVERY - 1]
        for line in lines[HOLD_OUT_EVERY - 1::HOLD_OUT_EVERY]:
            intent = block["intent"]
            held.append({"text": line.strip()[2:], "crisis": intent == "crisis",
                         "situations": [intent] if intent in situations.KEYS else []})
        block["examples"] = "\n".join(kept) + "\n"
    return data, held


def _write(folder: Path, name: str, data: dict) -> None:
    (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def main() -> int:
    codes = sorted(path.stem for path in LANGUAGE_DIR.glob("*.yml") if "_" not in path.stem)
    results: dict = {"held_out_every": HOLD_OUT_EVERY, "one_model": {}, "per_language": {}}
    with tempfile.TemporaryDirectory(prefix="carers-choice-") as folder:
        work = Path(folder)
        together = work / "together"
        shutil.copytree(NLU, together)
        held_out: dict[str, list[dict]] = {}
        for code in codes:
            data, held_out[code] = split(LANGUAGE_DIR / f"{code}.yml")
            _write(together / "languages", f"{code}.yml", data)
            alone = work / f"alone-{code}"
            alone.mkdir()
            _write(alone, f"{code}.yml", data)
            for shared in (LANGUAGE_DIR / f"{code}_vocabulary.yml", NLU / "language_choice.yml",
                           NLU / "commands_in_other_languages.yml"):
                if shared.exists():
                    shutil.copy(shared, alone / shared.name)
        runs = {"one_model": together, **{f"alone-{code}": work / f"alone-{code}" for code in codes}}
        for name, data_dir in runs.items():
            print(f"Training {name}...", flush=True)
            trained = training.train(work / f"{name}.tar.gz", data=(str(data_dir), "data/rules", "data/stories"))
            parser = evaluation.Parser(trained)
            for code in codes if name == "one_model" else [name.removeprefix("alone-")]:
                figures = evaluation.metrics(evaluation.score(parser, held_out[code]))
                entry = {key: figures[key] for key in ("messages", "situation_macro_f1", "crisis_recall",
                                                       "crisis_false_positive_rate")}
                (results["one_model"] if name == "one_model" else results["per_language"])[code] = entry
                print(name, code, entry, flush=True)
    REPORT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
