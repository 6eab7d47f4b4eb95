"""Starting and stopping the bot's processes: Rasa server, action server, web app.

Used by `python -m bot run`, by the tests and by the benchmark, so all three run the
system the same way. Each process gets its own process group, so stopping it also
stops whatever it started.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import requests

from bot.settings import PROJECT_ROOT


def base_environment(**overrides: str) -> dict[str, str]:
    env = dict(os.environ)
    # One BLAS thread per call: the sentence encoder's small products gain nothing from a
    # second thread, and under concurrent requests its spinning took a quarter of the CPU
    # (400 encodes in 10 threads: 5.1 s with two BLAS threads, 3.8 s with one).
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    env.update({
        "RASA_TELEMETRY_ENABLED": "false",  # Rasa reports usage by default; never here
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    })
    env.update(overrides)
    return env


def rasa_server_command(model: Path, port: int) -> list[str]:
    """`rasa run`, through bot.rasa_server so the project's fixes for Rasa 3.6.21 apply.
    The API token, address and allowed origins are not arguments: the server reads them
    from the settings itself, so no secret shows in the process list."""
    return [
        sys.executable, "-m", "bot.rasa_server", "run",
        "--model", str(model), "--port", str(port),
        "--endpoints", "endpoints.yml", "--credentials", "credentials.yml",
    ]


def action_server_command(port: int) -> list[str]:
    return [sys.executable, "-m", "bot.action_server", "--port", str(port)]


def secrets_environment() -> dict[str, str]:
    """The internal services' secrets, for the processes that need them (by environment,
    which only the machine's administrator and the same user can read)."""
    from bot import tokens

    return {"RASA_API_TOKEN": tokens.rasa_api_token(), "ACTION_SERVER_TOKEN": tokens.action_server_token()}


def web_app_command(port: int) -> list[str]:
    return [sys.executable, "-m", "bot", "web", "--port", str(port)]


@dataclass
class Running:
    name: str
    process: subprocess.Popen
    ready_url: str
    log_path: Path | None = None


@dataclass
class Supervisor:
    """Starts processes, waits until each answers, and stops them all together."""

    log_dir: Path | None = None
    running: list[Running] = field(default_factory=list)

    def start(self, name: str, command: list[str], env: dict[str, str], ready_url: str,
              cwd: Path = PROJECT_ROOT) -> Running:
        log: IO | int | None = None
        log_path = None
        if self.log_dir is not None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            log_path = self.log_dir / f"{name}.log"
            log = open(log_path, "ab")
        process = subprocess.Popen(
            command, cwd=cwd, env=env, start_new_session=True,
            stdout=log, stderr=subprocess.STDOUT if log is not None else None,
        )
        started = Running(name, process, ready_url, log_path)
        self.running.append(started)
        return started

    def wait_ready(self, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        for item in self.running:
            while True:
                if item.process.poll() is not None:
                    raise RuntimeError(f"{item.name} exited with code {item.process.returncode}{self._log_hint(item)}")
                try:
                    if requests.get(item.ready_url, timeout=2).status_code < 500:
                        break
                except requests.RequestException:
                    pass
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{item.name} did not answer at {item.ready_url}{self._log_hint(item)}")
                time.sleep(0.5)

    @staticmethod
    def _log_hint(item: Running) -> str:
        if item.log_path and item.log_path.exists():
            tail = item.log_path.read_text(errors="replace")[-3000:]
            return f"; its log ({item.log_path}) ends:\n{tail}"
        return ""

    def first_exited(self) -> Running | None:
        return next((item for item in self.running if item.process.poll() is not None), None)

    def stop(self, name: str | None = None, timeout: float = 15.0) -> None:
        targets = [item for item in self.running if name is None or item.name == name]
        for item in targets:
            _signal_group(item.process, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for item in targets:
            try:
                item.process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal_group(item.process, signal.SIGKILL)
                item.process.wait()
            self.running.remove(item)


def _signal_group(process: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(process.pid, sig)
    except ProcessLookupError:
        pass
