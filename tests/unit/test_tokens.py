"""The internal services' secrets (bot/tokens.py): made once, kept private, or from the environment."""
from __future__ import annotations

import stat

import pytest

from bot import settings, tokens


@pytest.fixture
def var_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "VAR_DIR", tmp_path / "var")
    monkeypatch.delenv("RASA_API_TOKEN", raising=False)
    monkeypatch.delenv("ACTION_SERVER_TOKEN", raising=False)
    settings.load.cache_clear()
    yield tmp_path / "var"
    settings.load.cache_clear()


def test_each_secret_is_made_once_readable_by_its_owner_only_and_kept(var_dir):
    first = tokens.action_server_token()
    assert first == tokens.action_server_token() and len(first) >= 40
    assert tokens.rasa_api_token() != first
    for name in ("action-server-token", "rasa-api-token"):
        mode = stat.S_IMODE((var_dir / name).stat().st_mode)
        assert mode & 0o077 == 0, oct(mode)


def test_the_environment_wins(var_dir, monkeypatch):
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "shared-between-machines")
    settings.load.cache_clear()
    assert tokens.action_server_token() == "shared-between-machines"
    assert not (var_dir / "action-server-token").exists()
