"""The summary page's figures: conversations per week by channel and by situation,
crisis conversations, callback requests, and the messages the bot did not understand."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot import situations
from bot.directory import freshness, models, queries
from bot.handoff.models import CallbackRequest
from bot.staff import times
from bot.staff.models import ConversationSituation, ConversationSummary as S, UnrecognisedMessage

WEEKS = 12
TOP_UNRECOGNISED = 30


@dataclass
class Week:
    start: dt.date
    total: int = 0
    crisis: int = 0
    callbacks: int = 0
    by_channel: dict[str, int] | None = None
    by_situation: dict[str, int] | None = None


@dataclass
class Figures:
    weeks: list[Week]
    channels: list[str]
    situations: list[str]  # keys with at least one conversation, most common first
    unrecognised: list[tuple[str, int]]  # (masked text, times)
    recent_unrecognised: list[UnrecognisedMessage]


def figures(session: Session, today: dt.date, weeks: int = WEEKS) -> Figures:
    first_week = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=weeks - 1)
    by_week = {first_week + dt.timedelta(weeks=n): Week(first_week + dt.timedelta(weeks=n), by_channel=defaultdict(int),
                                                        by_situation=defaultdict(int)) for n in range(weeks)}
    in_range = [S.week >= first_week]
    for week, channel, count, crisis in session.execute(
            sa.select(S.week, S.channel, sa.func.count(), sa.func.sum(sa.case((S.crisis, 1), else_=0)))
            .where(*in_range).group_by(S.week, S.channel)):
        if week in by_week:
            by_week[week].total += count
            by_week[week].crisis += int(crisis or 0)
            by_week[week].by_channel[channel or "unknown"] += count
    for week, key, count in session.execute(
            sa.select(S.week, ConversationSituation.situation, sa.func.count())
            .join(ConversationSituation, ConversationSituation.summary_id == S.id)
            .where(*in_range).group_by(S.week, ConversationSituation.situation)):
        if week in by_week and key in situations.BY_KEY:
            by_week[week].by_situation[key] = count
    since = times.london_midnight_utc(first_week)
    for (created_at,) in session.execute(sa.select(CallbackRequest.created_at).where(CallbackRequest.created_at >= since)):
        week = times.week_start(created_at)
        if week in by_week:
            by_week[week].callbacks += 1
    channel_totals = Counter()
    situation_totals = Counter()
    for week in by_week.values():
        channel_totals.update(week.by_channel)
        situation_totals.update(week.by_situation)
    unrecognised = session.execute(
        sa.select(sa.func.lower(UnrecognisedMessage.text), sa.func.count()).where(UnrecognisedMessage.at >= since)
        .group_by(sa.func.lower(UnrecognisedMessage.text)).order_by(sa.func.count().desc(), sa.func.lower(UnrecognisedMessage.text))
        .limit(TOP_UNRECOGNISED)).all()
    recent = list(session.scalars(sa.select(UnrecognisedMessage).order_by(UnrecognisedMessage.at.desc()).limit(20)))
    return Figures(
        weeks=sorted(by_week.values(), key=lambda week: week.start),
        channels=[channel for channel, _ in channel_totals.most_common()],
        situations=[key for key, _ in situation_totals.most_common()],
        unrecognised=[(text, count) for text, count in unrecognised],
        recent_unrecognised=recent)


def directory_attention(session: Session, today: dt.date, stale_days: int) -> freshness.Attention | None:
    """Stale and unverified contacts, for the summary's directory section (None before the
    directory is loaded)."""
    version = session.get(models.DirectoryVersionRow, 1)
    if version is None:
        return None
    return freshness.attention(queries.read(session, version.research_date), today, stale_days)
