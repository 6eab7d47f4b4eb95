"""When a service answers, read from the opening hours the directory gives in words
("Monday to Friday, 9am to 5pm"), so the words stay the one home of the fact and staff edit
nothing else. Hours the words do not make exact ("Evenings and weekends") are unknown,
and an unknown service is never said to be open."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
EVERY_DAY = frozenset(range(7))
# Answered day and night: a 24-hour line, or a number that also takes calls out of hours.
ALWAYS = re.compile(r"\b24 hours\b|\bout[- ]of[- ]hours\b", re.I)
DAY_NAME = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DAY_SPEC = re.compile(rf"{DAY_NAME}\s+to\s+{DAY_NAME}|seven days a week|every day|weekends|weekdays|{DAY_NAME}",
                      re.I)
TIME_SPEC = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)\s+to\s+(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)", re.I)
NOT_EXACT = re.compile(r"not confirmed|evenings", re.I)
# Other ways to reach a service ("Email and online form: any time") are not phone hours.
OTHER_CHANNELS = re.compile(r"\.\s*(email|online|text)\b.*$", re.I | re.S)


@dataclass(frozen=True)
class Hours:
    always: bool = False
    spans: tuple[tuple[frozenset[int], time, time], ...] = ()

    def open_at(self, moment: datetime) -> bool:
        local = moment.astimezone(LONDON)
        if self.always:
            return True
        return any(local.weekday() in days and start <= local.time() < end for days, start, end in self.spans)


def _days(spec: str) -> frozenset[int]:
    spec = spec.lower()
    if spec in ("seven days a week", "every day"):
        return EVERY_DAY
    if spec == "weekends":
        return frozenset({5, 6})
    if spec == "weekdays":
        return frozenset(range(5))
    names = re.findall(DAY_NAME, spec)
    if len(names) == 2:
        first, last = DAYS.index(names[0]), DAYS.index(names[1])
        return frozenset(range(first, last + 1)) if first <= last else frozenset([*range(first, 7), *range(0, last + 1)])
    return frozenset({DAYS.index(names[0])})


def _clock(hour: str, minute: str | None, half: str) -> time:
    value = int(hour) % 12 + (12 if half.lower() == "pm" else 0)
    return time(value, int(minute or 0))


def parse(words: str) -> Hours | None:
    """The hours in `words`, or None when they are not exact enough to say "open now"."""
    phone_part = OTHER_CHANNELS.sub("", words)
    if ALWAYS.search(phone_part):
        return Hours(always=True)
    if NOT_EXACT.search(phone_part):
        return None
    # Days and times come in pairs, in either order: "Monday to Friday, 9am to 5pm" or
    # "8am to 7pm, seven days a week".
    marks = sorted([(m.start(), "days", m) for m in DAY_SPEC.finditer(phone_part)]
                   + [(m.start(), "time", m) for m in TIME_SPEC.finditer(phone_part)], key=lambda mark: mark[0])
    spans = []
    days = hours = None
    for _at, kind, match in marks:
        if kind == "days":
            days = _days(match.group(0))
        else:
            hours = (_clock(match.group(1), match.group(2), match.group(3)),
                     _clock(match.group(4), match.group(5), match.group(6)))
        if days is not None and hours is not None:
            spans.append((days, *hours))
            days = hours = None
    return Hours(spans=tuple(spans)) if spans else None


def now() -> datetime:
    return datetime.now(LONDON)
