"""The commands `make run` and the tests start processes with."""
from __future__ import annotations

from pathlib import Path

from rasa.__main__ import create_argument_parser

from bot import processes


def test_the_rasa_command_line_holds_no_secret_and_is_rasa_run():
    # The API token reaches the server in code (bot/rasa_server.py), so `ps` cannot show it.
    command = processes.rasa_server_command(Path("models/m.tar.gz"), 5005)
    assert command[:3] == [command[0], "-m", "bot.rasa_server"]
    assert not any("token" in part.lower() or part == "--cors" for part in command)
    arguments = create_argument_parser().parse_args(command[3:])
    assert arguments.auth_token is None
    assert arguments.port == 5005


def test_the_action_server_command_holds_no_secret():
    command = processes.action_server_command(5055)
    assert command[1:3] == ["-m", "bot.action_server"]
    assert not any("token" in part.lower() for part in command)
