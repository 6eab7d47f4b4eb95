"""Command line: `python -m bot <command>`. Run with no command for the list."""
from __future__ import annotations

import argparse
import secrets
import signal
import sys
import time

from bot import settings


def prepare():
    """Everything `run` needs before starting: tables, directory, spaCy pipeline, model."""
    from bot import training
    from bot.directory import loader
    from bot.storage.tables import create_tables

    create_tables()
    outcome = loader.sync()
    if outcome == loader.LOADED:
        print("Directory loaded from data/directory/.", flush=True)
    elif outcome == loader.KEPT_EDITS:
        print(loader.KEPT_EDITS_WARNING, flush=True)
    return training.ensure_trained()


def command_run(_args: argparse.Namespace) -> int:
    from bot import processes

    config = settings.load()
    model_file = prepare()
    env = processes.base_environment(ACTION_SERVER_URL=config.action_server_url, **processes.secrets_environment())
    supervisor = processes.Supervisor()
    stop_requested = False

    def request_stop(_signum, _frame) -> None:
        nonlocal stop_requested
        stop_requested = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    try:
        supervisor.start("action server", processes.action_server_command(config.action_server_port), env,
                         f"http://127.0.0.1:{config.action_server_port}/health")
        supervisor.start("rasa server", processes.rasa_server_command(model_file, config.rasa_port),
                         env, f"http://127.0.0.1:{config.rasa_port}/")
        supervisor.start("web app", processes.web_app_command(config.web_port), env,
                         f"http://127.0.0.1:{config.web_port}/health")
        print("Starting the Rasa server, the action server and the web app (the Rasa server takes about a minute)...",
              flush=True)
        supervisor.wait_ready(timeout=300)
        print(_ready_message(config), flush=True)
        while not stop_requested:
            exited = supervisor.first_exited()
            if exited is not None:
                print(f"{exited.name} stopped unexpectedly (exit code {exited.process.returncode}); stopping the rest.",
                      file=sys.stderr)
                return 1
            time.sleep(0.5)
        return 0
    finally:
        print("Stopping all processes...", flush=True)
        supervisor.stop()
        print("Stopped.", flush=True)


def _ready_message(config: settings.Settings) -> str:
    rasa = f"http://127.0.0.1:{config.rasa_port}"
    return f"""
Ready. Press Ctrl-C to stop everything.

  Web page (chat widget):   http://127.0.0.1:{config.web_port}/
  Rasa server:              {rasa}   (REST: {rasa}/webhooks/rest/webhook, socket.io: {rasa}/socket.io)
  Action server:            http://127.0.0.1:{config.action_server_port}/health

Talk to the bot from a terminal:
  .venv/bin/python -m bot chat
  curl -s -X POST {rasa}/webhooks/rest/webhook -H 'Content-Type: application/json' \\
       -d '{{"sender": "me", "message": "I look after my mum and I need a break"}}'
"""


def command_cluster(args: argparse.Namespace) -> int:
    from bot.cluster import command

    return command.main(args, prepare)


def command_web(args: argparse.Namespace) -> int:
    # The web app never needs TensorFlow or PyTorch, but spaCy (used for masking) imports
    # them when installed: about 400 MB and 6 s of start-up for nothing.
    sys.modules.setdefault("tensorflow", None)
    sys.modules.setdefault("torch", None)
    from bot.web.app import serve

    serve(port=args.port or settings.load().web_port, host=settings.load().host)
    return 0


def command_chat(args: argparse.Namespace) -> int:
    """A terminal conversation over the REST channel of a running bot."""
    import requests

    url = f"{settings.load().rasa_url}/webhooks/rest/webhook"
    sender = args.sender or f"terminal-{secrets.token_hex(4)}"
    print(f"Talking to {url} as '{sender}'. Empty line or Ctrl-D to stop.")
    while True:
        try:
            text = input("you> ").strip()
        except EOFError:
            return 0
        if not text:
            return 0
        for message in requests.post(url, json={"sender": sender, "message": text}, timeout=60).json():
            print("bot>", message.get("text", ""))
            for number, button in enumerate(message.get("buttons", []), start=1):
                print(f"     {number}. {button['title']}")


def command_prepare(_args: argparse.Namespace) -> int:
    print(prepare())
    return 0


def command_directory(args: argparse.Namespace) -> int:
    from bot.directory import commands

    return commands.run(args)


def command_callbacks(_args: argparse.Namespace) -> int:
    """Open callback requests, oldest first (the staff app shows them too)."""
    from bot.handoff import callback_requests
    from bot.storage.tables import create_tables

    create_tables()
    waiting = callback_requests.open_requests()
    if not waiting:
        print("No open callback requests.")
    for request in waiting:
        print(f"#{request.id}  {request.created_at:%Y-%m-%d %H:%M}  {request.name}  {request.contact}  "
              f"best time: {request.best_time or '-'}  ({request.situations or 'no situation'})")
    return 0


def command_staff(args: argparse.Namespace) -> int:
    from bot.staff import cli

    return cli.staff(args)


def command_retention(args: argparse.Namespace) -> int:
    from bot.staff import cli

    return cli.retention(args)


def command_translations(_args: argparse.Namespace) -> int:
    from bot.dialogue import translations

    print(f"Wrote {translations.extract()} and brought {', '.join(translations.languages())} up to date")
    return 0


def command_model(args: argparse.Namespace) -> int:
    from bot import training

    print(training.ensure_trained() if args.action == "train" else training.model_path())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="The Lambeth carers signposting bot")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="start the Rasa server, action server and web app").set_defaults(func=command_run)
    cluster = commands.add_parser("cluster", help="nginx in front of two Rasa servers, two action servers and the web "
                                                  "app, on PostgreSQL and Redis")
    cluster.add_argument("--print-nginx", action="store_true", help="print nginx's configuration for these settings")
    cluster.set_defaults(func=command_cluster)
    web = commands.add_parser("web", help="serve the web app only")
    web.add_argument("--port", type=int)
    web.set_defaults(func=command_web)
    chat = commands.add_parser("chat", help="talk to a running bot from the terminal")
    chat.add_argument("--sender")
    chat.set_defaults(func=command_chat)
    commands.add_parser("prepare", help="create tables, load the directory, train if needed").set_defaults(
        func=command_prepare)
    directory = commands.add_parser("directory", help="check, load or export the directory; import an ORUK feed")
    directory.add_argument("action", choices=["check", "load", "export", "import-oruk"])
    directory.add_argument("source", nargs="?", help="import-oruk: a feed's file or URL")
    directory.add_argument("--discard-edits", action="store_true",
                           help="load: load the files even over edits made in the staff app")
    directory.add_argument("--yes", action="store_true", help="import-oruk: apply without asking")
    directory.set_defaults(func=command_directory)
    translations_parser = commands.add_parser("translations", help="write locale/messages.pot, the texts to translate, and add new texts to each language's catalogue")
    translations_parser.add_argument("action", choices=["extract"])
    translations_parser.set_defaults(func=command_translations)
    model_parser = commands.add_parser("model", help="print the model path, or train it if needed")
    model_parser.add_argument("action", choices=["path", "train"])
    model_parser.set_defaults(func=command_model)
    staff = commands.add_parser("staff", help="staff review accounts (no default password)")
    staff.add_argument("action", choices=["add", "passwd", "unlock", "disable", "enable", "role", "list"])
    staff.add_argument("username", nargs="?")
    staff.add_argument("--role", choices=["reviewer", "admin"], default="reviewer")
    staff.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    staff.set_defaults(func=command_staff)
    retention = commands.add_parser("retention", help="delete conversations older than RETENTION_DAYS")
    retention.add_argument("--dry-run", action="store_true", help="show what would be deleted, delete nothing")
    retention.set_defaults(func=command_retention)
    callbacks = commands.add_parser("callbacks", help="callback requests")
    callbacks.add_argument("action", choices=["list"])
    callbacks.set_defaults(func=command_callbacks)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
