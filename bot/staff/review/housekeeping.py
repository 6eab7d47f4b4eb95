"""Work the web app does in the background while it runs: keeping the conversation
index fresh every few seconds, and the retention run once a day (RETENTION_CHECK_HOURS)."""
from __future__ import annotations

import asyncio
import logging
from typing import Sequence

from bot.privacy import retention
from bot.privacy.erasure import Eraser
from bot.staff import times
from bot.staff.admin import audit
from bot.staff.review import indexing
from bot.staff.signin import sessions
from bot.storage import db

logger = logging.getLogger(__name__)
INDEX_EVERY_SECONDS = 3.0


async def keep_index_fresh(every: float = INDEX_EVERY_SECONDS) -> None:
    loop = asyncio.get_running_loop()
    while True:
        try:
            await loop.run_in_executor(None, indexing.refresh)
        except Exception:  # noqa: BLE001 - keep trying; the list shows how far behind it is
            logger.exception("Updating the conversation index failed")
        await asyncio.sleep(every)


async def retention_every(hours: int, erasers: Sequence[Eraser]) -> None:
    """Runs at start-up, then every `hours`."""
    loop = asyncio.get_running_loop()
    while True:
        try:
            result = await loop.run_in_executor(None, run_retention, "retention", erasers)
            logger.info("Retention: deleted %d conversations older than %d days",
                        len(result.conversation_ids), result.days)
        except Exception:  # noqa: BLE001 - tried again at the next run
            logger.exception("The retention run failed")
        await asyncio.sleep(hours * 3600)


def run_retention(actor: str, erasers: Sequence[Eraser], dry_run: bool = False,
                  url: str | None = None) -> retention.RetentionResult:
    """The retention run, with its audit entry; also clears expired staff sessions."""
    result = retention.run(erasers, url=url, dry_run=dry_run)
    if not dry_run:
        with db.session_scope(url) as session:
            audit.record(session, actor, "retention", result.conversation_ids, detail={
                "days": result.days, "cutoff": result.cutoff.isoformat(timespec="seconds"), "rows": result.removed})
            sessions.purge_expired(session, times.utc_now())
    return result
