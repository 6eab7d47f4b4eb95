"""The two secrets that guard the internal services, each made once and kept in var/.

- The Rasa HTTP API token (RASA_API_TOKEN): the API can read and change any conversation.
- The action server token (ACTION_SERVER_TOKEN): only the Rasa server may run actions,
  which can erase a conversation or file a callback request.

Either comes from the environment when set (several machines must share it), otherwise
from a file under var/ made on first use and readable by its owner alone. Neither is
ever put on a command line, where `ps` would show it to every user of the machine.
"""
from __future__ import annotations

import secrets

from bot import settings


def _kept(configured: str, filename: str) -> str:
    if configured:
        return configured
    path = settings.VAR_DIR / filename
    if not path.exists():
        settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(32))
    return path.read_text().strip()


def rasa_api_token() -> str:
    return _kept(settings.load().rasa_api_token, "rasa-api-token")


def action_server_token() -> str:
    return _kept(settings.load().action_server_token, "action-server-token")
