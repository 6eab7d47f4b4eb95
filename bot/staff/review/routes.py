"""The conversation pages: the list and search, a transcript (revealed by an admin for a
reason), export, and the summary; and the index kept fresh in the background."""
from __future__ import annotations

import asyncio

from sanic import Blueprint, response
from sanic.request import Request

from bot import settings
from bot.privacy.masking import mask
from bot.staff import labels, times
from bot.staff.admin import audit
from bot.staff.review import chart, conversations, export, housekeeping, indexing, summary, transcript
from bot.staff.signin.sessions import Visitor
from bot.staff.web import (MIN_REASON_LENGTH, blocking, client_ip, error_page, field, form_of, render, secure_headers,
                           staff_page)
from bot.storage import db
from bot.storage.tables import create_tables

blueprint = Blueprint("staff_review", url_prefix="/staff")
LIST_REFRESH_EVENTS = 5000  # a list page first reads up to this many new events into the index


# --- background work while the app runs ------------------------------------------------
@blueprint.listener("after_server_start")
async def start_background_work(app, _loop) -> None:
    await blocking(create_tables)
    app.ctx.staff_tasks = [asyncio.ensure_future(housekeeping.keep_index_fresh())]
    hours = settings.load().retention_check_hours
    if hours > 0:
        app.ctx.staff_tasks.append(asyncio.ensure_future(housekeeping.retention_every(hours, app.ctx.erasers)))


@blueprint.listener("before_server_stop")
async def stop_background_work(app, _loop) -> None:
    for task in getattr(app.ctx, "staff_tasks", []):
        task.cancel()


# --- conversations -----------------------------------------------------------------------
@blueprint.get("/")
@staff_page()
async def home(_request: Request, _visitor: Visitor):
    return secure_headers(response.redirect("/staff/conversations", status=303))


@blueprint.get("/conversations")
@staff_page()
async def conversation_list(request: Request, visitor: Visitor):
    filters = conversations.Filters.from_args(request.args)

    def load():
        progress = indexing.refresh(max_events=LIST_REFRESH_EVENTS, wait=False)
        with db.session_scope() as session:
            rows, total = conversations.list_page(session, filters)
            channels = conversations.channels(session)
            searched = {"q": mask(filters.q)} if filters.q else {}  # search words may be a name
            audit.record(session, visitor.username, "list", detail={**filters.as_args(), **searched},
                         client_ip=client_ip(request))
        return rows, total, channels, progress.caught_up

    rows, total, channels, caught_up = await blocking(load)
    pages = max(1, -(-total // conversations.PAGE_SIZE))
    return render("conversations.html", visitor=visitor, filters=filters, rows=rows, total=total, page=filters.page,
                  pages=pages, channels=channels, caught_up=caught_up, page_size=conversations.PAGE_SIZE,
                  export_limit=export.MAX_CONVERSATIONS)


@blueprint.get("/transcript")
@staff_page()
async def transcript_view(request: Request, visitor: Visitor):
    conversation_id = str(request.args.get("id") or "")

    def load():
        with db.session_scope() as session:
            found = transcript.build(session, conversation_id, reveal=False)
            if found is not None:
                audit.record(session, visitor.username, "view", [conversation_id], client_ip=client_ip(request))
            return found

    found = await blocking(load)
    if found is None:
        return error_page(404, "Conversation not found",
                          "There is no conversation with that id. It may have been erased or deleted after the "
                          "retention period.", visitor)
    return render("transcript.html", visitor=visitor, t=found, reason_error="", min_reason=MIN_REASON_LENGTH)


@blueprint.post("/transcript/reveal")
@staff_page(role="admin")
async def transcript_reveal(request: Request, visitor: Visitor):
    conversation_id, reason = field(request, "id", 300), field(request, "reason")

    def load(reveal: bool):
        with db.session_scope() as session:
            found = transcript.build(session, conversation_id, reveal=reveal)
            if found is not None and reveal:
                audit.record(session, visitor.username, "reveal", [conversation_id], reason=reason,
                             client_ip=client_ip(request))
            return found

    reveal = len(reason) >= MIN_REASON_LENGTH
    found = await blocking(load, reveal)
    if found is None:
        return error_page(404, "Conversation not found", "There is no conversation with that id.", visitor)
    if not reveal:
        return render("transcript.html", http_status=400, visitor=visitor, t=found, min_reason=MIN_REASON_LENGTH,
                      reason_error=f"Give a reason of at least {MIN_REASON_LENGTH} characters. It goes in the audit log.")
    return render("transcript.html", visitor=visitor, t=found, reason=reason, reason_error="",
                  min_reason=MIN_REASON_LENGTH)


@blueprint.post("/export")
@staff_page()
async def export_conversations(request: Request, visitor: Visitor):
    form = form_of(request)
    kind = field(request, "format", 10)
    if kind not in ("csv", "json"):
        return error_page(400, "Choose a format", "Choose CSV or JSON for the export.", visitor)
    whole_list = field(request, "scope", 10) == "all"
    filters = conversations.Filters.from_args(form)
    chosen = [str(value)[:300] for value in (form.getlist("ids") or [])][:export.MAX_CONVERSATIONS]

    def load():
        with db.session_scope() as session:
            ids = conversations.matching_ids(session, filters, export.MAX_CONVERSATIONS) if whole_list else chosen
            items = export.transcripts(session, ids)
            audit.record(session, visitor.username, "export", [item.conversation_id for item in items],
                         detail={"format": kind, "scope": "filters" if whole_list else "selected",
                                 **({"filters": filters.as_args(page=1)} if whole_list else {})},
                         client_ip=client_ip(request))
            return items

    if not whole_list and not chosen:
        return error_page(400, "Nothing chosen", "Tick the conversations to export, or export the whole list.", visitor)
    items = await blocking(load)
    stamp = times.london(times.utc_now()).strftime("%Y%m%d-%H%M")
    body = export.as_csv(items) if kind == "csv" else export.as_json(items)
    content_type = "text/csv; charset=utf-8" if kind == "csv" else "application/json; charset=utf-8"
    return secure_headers(response.text(body, content_type=content_type, headers={
        "Content-Disposition": f'attachment; filename="conversations-masked-{stamp}.{kind}"'}))


# --- summary -----------------------------------------------------------------------------
@blueprint.get("/summary")
@staff_page()
async def summary_page(request: Request, visitor: Visitor):
    def load():
        indexing.refresh(max_events=LIST_REFRESH_EVENTS, wait=False)
        today = times.london(times.utc_now()).date()
        with db.session_scope() as session:
            figures = summary.figures(session, today)
            directory = summary.directory_attention(session, today, settings.load().directory_stale_days)
            last_retention = audit.last(session, "retention")
            audit.record(session, visitor.username, "summary_view", client_ip=client_ip(request))
            return figures, directory, last_retention

    figures, directory, last_retention = await blocking(load)
    bars = chart.stacked([(week.start.strftime("%d %b"), week.by_channel) for week in figures.weeks], figures.channels,
                         {channel: labels.channel(channel) for channel in figures.channels})
    return render("summary.html", visitor=visitor, f=figures, chart=bars, last_retention=last_retention,
                  retention_days=settings.load().retention_days, directory=directory,
                  stale_days=settings.load().directory_stale_days)
