"""The commands `make run` and the tests start processes with."""
from __future__ import annotations

from pathlib import Path

from rasa.__main__ import create_argument_parser

from bot import processes


def test_an_api_token_beginning_with_a_dash_reaches_rasa_whole():
    # secrets.token_urlsafe starts a token with "-" once in 64; passed as a separate
    # argument, argparse took it for an option and `rasa run` refused to start.
    command = processes.rasa_server_command(Path("models/m.tar.gz"), 5005, "-Xq7_token")
    assert command[:3] == [command[0], "-m", "bot.rasa_server"]
    arguments = create_argument_parser().parse_args(command[3:])
    assert arguments.auth_token == "-Xq7_token"
    assert arguments.port == 5005
