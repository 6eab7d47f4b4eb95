"""Everything the tests say as a carer, remembered so that the end of the session can
check that no server log holds any of it (bot/logs.py)."""
from __future__ import annotations

from pathlib import Path

_SAID: set[str] = set()
SHORTEST_CHECKED = 8  # "hello" or "yes" appear in logs for other reasons


def remember(text: str) -> str:
    if isinstance(text, str) and len(text.strip()) >= SHORTEST_CHECKED:
        _SAID.add(text.strip())
    return text


def excerpts(text: str) -> set[str]:
    """Pieces of a text that would show if any of it were logged, even cut short."""
    if len(text) <= 60:
        return {text}
    middle = len(text) // 2
    return {text[:40], text[middle:middle + 40], text[-40:]}


def found_in_logs(folder: Path) -> list[tuple[str, str]]:
    """(log file, excerpt) for every remembered text found in a *.log file under folder."""
    found = []
    for log in sorted(folder.rglob("*.log")):
        content = log.read_text(errors="replace")
        for text in _SAID:
            for piece in excerpts(text):
                if piece in content:
                    found.append((str(log.relative_to(folder)), piece[:60]))
                    break
    return found


def remembered() -> int:
    return len(_SAID)
