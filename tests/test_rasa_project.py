"""Rasa's own checks on the project: data validation and test stories."""
from __future__ import annotations

import subprocess
import sys

from bot import processes
from bot.settings import PROJECT_ROOT
from bot.training import TRAINING_DATA


def rasa(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "rasa", *args], cwd=PROJECT_ROOT, env=processes.base_environment(),
        capture_output=True, text=True, timeout=900,
    )


def test_rasa_data_validate_is_clean():
    result = rasa("data", "validate", "--fail-on-warnings", "--domain", "domain.yml", "--data", *TRAINING_DATA)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]


def test_rasa_test_stories_pass(trained_model, tmp_path):
    result = rasa("test", "core", "--model", str(trained_model), "--stories", "tests/conversations",
                  "--out", str(tmp_path), "--fail-on-prediction-errors")
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
