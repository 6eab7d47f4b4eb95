"""Training the Rasa model only when its inputs changed.

The model file is named after a fingerprint of everything training reads: config,
domain, the NLU/stories/rules data, the custom NLU components and the Rasa version.
If models/ already holds that file, nothing is trained, so a second `make run` or
test session starts in seconds.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT

MODELS_DIR = PROJECT_ROOT / "models"
TRAINING_DATA = ("data/nlu", "data/rules", "data/stories")
# The custom components' code runs when the model loads, so only those whose work at
# training time is stored count: the entity vocabulary, the encoder's features DIET learns
# from, and the second opinion's classifier.
TRAINING_INPUTS = ("config.yml", "domain.yml", *TRAINING_DATA, "bot/nlu/components.py", "bot/nlu/encoder.py",
                   "bot/nlu/sentence_encoder_featurizer.py", "bot/nlu/crisis_second_opinion.py")


def _files(root: Path, inputs: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for name in inputs:
        path = root / name
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".yml", ".yaml", ".py", ".txt"))
        elif path.exists():
            found.append(path)
    return found


def fingerprint(root: Path = PROJECT_ROOT, inputs: tuple[str, ...] = TRAINING_INPUTS) -> str:
    import rasa

    digest = hashlib.sha256(f"rasa {rasa.__version__}".encode())
    for path in _files(root, inputs):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_path(name: str = "carers", root: Path = PROJECT_ROOT) -> Path:
    return root / "models" / f"{name}-{fingerprint(root)}.tar.gz"


def train(output: Path, root: Path = PROJECT_ROOT, data: tuple[str, ...] = TRAINING_DATA,
          extra_env: dict[str, str] | None = None) -> Path:
    """Runs `rasa train` into `output` (a .tar.gz path) and returns it."""
    from bot.nlu import spacy_model

    spacy_model.ensure_built()
    output.parent.mkdir(parents=True, exist_ok=True)
    # Train under a temporary name and rename: a half-written model is never picked up,
    # and two sessions training at once do not write the same file.
    partial = output.with_name(f"partial-{os.getpid()}-{output.name}")
    command = [
        sys.executable, "-m", "rasa", "train",
        "--config", "config.yml", "--domain", "domain.yml", "--data", *data,
        "--out", str(partial.parent), "--fixed-model-name", partial.name.removesuffix(".tar.gz"),
    ]
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", **(extra_env or {})}
    subprocess.run(command, cwd=root, env=env, check=True)
    if not partial.exists():
        raise RuntimeError(f"rasa train finished but {partial} is missing")
    partial.replace(output)
    return output


def ensure_trained(root: Path = PROJECT_ROOT) -> Path:
    """The model for the current training data, trained now only if it is missing.

    A lock file makes concurrent callers (a test session and `make run`, say) wait for
    one training instead of each training the same model."""
    import fcntl

    from bot.nlu import spacy_model

    path = model_path(root=root)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.parent / ".training.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        spacy_model.ensure_built()
        if path.exists():  # another process trained it while this one waited
            return path
        print(f"Training the model (its training data changed): {path.name}", flush=True)
        train(path, root)
        for old in path.parent.glob("carers-*.tar.gz"):  # models for data that no longer exists
            if old != path:
                old.unlink()
    return path
