"""Times: stored in UTC without a zone (as the events table's timestamps are), shown and
filtered in London time, because that is where the staff and the carers are."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")


def utc_now() -> dt.datetime:
    return dt.datetime.utcnow()


def from_timestamp(timestamp: float | None) -> dt.datetime:
    return dt.datetime.utcfromtimestamp(timestamp or 0)


def london(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.timezone.utc).astimezone(LONDON)


def london_midnight_utc(day: dt.date) -> dt.datetime:
    """The UTC moment a London day starts, for date filters."""
    return dt.datetime.combine(day, dt.time(), tzinfo=LONDON).astimezone(dt.timezone.utc).replace(tzinfo=None)


def week_start(moment: dt.datetime) -> dt.date:
    """Monday of the London week that `moment` (UTC) falls in."""
    day = london(moment).date()
    return day - dt.timedelta(days=day.weekday())


def show(moment: dt.datetime | None, with_seconds: bool = False) -> str:
    if moment is None:
        return ""
    return london(moment).strftime("%d %b %Y %H:%M:%S" if with_seconds else "%d %b %Y %H:%M")


def iso(moment: dt.datetime | None) -> str:
    return london(moment).isoformat(timespec="seconds") if moment else ""
