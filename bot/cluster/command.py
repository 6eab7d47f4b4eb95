"""`python -m bot cluster` (`make cluster`): the production layout on one machine. Ctrl-C
stops all of it; a Rasa or action server that dies is started again, as a process
manager would, and nginx sends it work again once it answers."""
from __future__ import annotations

import argparse
import os
import signal
import sys
import time

from bot import processes, settings
from bot.cluster import run
from bot.cluster.layout import Layout, site
from bot.settings import VAR_DIR

RESTART_PAUSE = 10.0


def _ready_message(layout: Layout) -> str:
    base = layout.public_url
    servers, actions = ", ".join(layout.rasa_servers), ", ".join(layout.action_servers)
    return f"""
Ready: nginx in front of {len(layout.rasa_servers)} Rasa servers ({servers}), {len(layout.action_servers)} action \
servers ({actions}) and the web app. Press Ctrl-C to stop everything.

  Web page (chat widget):   {base}/
  REST channel:             {base}/webhooks/rest/webhook
  Staff app:                {base}/staff
"""


def main(args: argparse.Namespace, prepare) -> int:
    """`prepare` is the command line's own (tables, directory, model), run on the cluster's
    database."""
    os.environ.setdefault("DATABASE_URL", run.DEFAULT_DATABASE_URL)
    os.environ.setdefault("REDIS_URL", run.DEFAULT_REDIS_URL)
    settings.load.cache_clear()
    config = settings.load()
    layout = Layout.from_settings(config)
    if args.print_nginx:
        print(site(layout))
        return 0
    try:
        run.check_services(config.database_url, config.redis_url)
        run.ensure_database(config.database_url)
    except run.ClusterError as problem:
        print(problem, file=sys.stderr)
        return 1
    model = prepare()
    env = processes.base_environment(**processes.secrets_environment())
    stop_requested = False

    def request_stop(_signum, _frame) -> None:
        nonlocal stop_requested
        stop_requested = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    print("Starting nginx, the Rasa servers, the action servers and the web app (about a minute)...", flush=True)
    supervisor = run.start(layout, model, env, VAR_DIR / "cluster", log_dir=VAR_DIR / "cluster" / "logs")
    restarted_at: dict[str, float] = {}
    try:
        print(_ready_message(layout), flush=True)
        while not stop_requested:
            exited = supervisor.first_exited()
            if exited is not None and time.monotonic() - restarted_at.get(exited.name, -RESTART_PAUSE) < RESTART_PAUSE:
                exited = None  # one that keeps dying is tried again only every RESTART_PAUSE seconds
            if exited is not None:
                if exited.name in ("nginx", "web app"):
                    print(f"{exited.name} stopped unexpectedly; stopping the rest.", file=sys.stderr)
                    return 1
                print(f"{exited.name} stopped (exit code {exited.process.returncode}); starting it again.",
                      file=sys.stderr, flush=True)
                run.restart(supervisor, layout, model, run.environment(layout, env), exited.name, wait=False)
                restarted_at[exited.name] = time.monotonic()
            time.sleep(0.5)
        return 0
    finally:
        print("Stopping all processes...", flush=True)
        supervisor.stop()
        print("Stopped.", flush=True)
