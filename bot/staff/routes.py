"""The staff review app's pages, under /staff. Every page but the sign-in form and the
stylesheet needs a signed-in member of staff (web.staff_page); revealing personal data,
erasing and reading the audit log need an admin. Every view, reveal, export and
erasure is written to the audit log."""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from sanic import Blueprint, response
from sanic.request import Request

from bot import settings
from bot.privacy.erasure import erase_conversation
from bot.privacy.masking import mask
from bot.storage import db
from bot.storage.tables import create_tables
from bot.staff import (accounts, audit, callbacks, chart, conversations, erasure_lookup, export, housekeeping,
                       indexing, labels, sessions, summary, times, transcript)
from bot.staff.sessions import Visitor
from bot.staff.web import (LOGIN_CSRF_COOKIE, blocking, client_ip, error_page, new_csrf_token, render, safe_next,
                           same_token, secure_headers, set_cookie, staff_page)

logger = logging.getLogger(__name__)
blueprint = Blueprint("staff", url_prefix="/staff")
STYLESHEET = Path(__file__).with_name("static") / "staff.css"
MIN_REASON_LENGTH = 10
LIST_REFRESH_EVENTS = 5000  # a list page first reads up to this many new events into the index


def _form(request: Request) -> dict:
    return request.form or {}


def _field(request: Request, name: str, limit: int = 2000) -> str:
    return str(_form(request).get(name) or "").strip()[:limit]


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


# --- public: the sign-in form and the stylesheet ---------------------------------------
@blueprint.get("/static/staff.css")
async def stylesheet(_request: Request):
    return secure_headers(response.text(STYLESHEET.read_text(encoding="utf-8"), content_type="text/css; charset=utf-8",
                                        headers={"Cache-Control": "max-age=3600"}))


@blueprint.get("/login")
async def login_form(request: Request):
    return _login_page(request.args.get("next"), "")


def _login_page(next_page: str | None, error: str, status: int = 200, username: str = ""):
    token = new_csrf_token()
    reply = render("login.html", http_status=status, csrf_token=token, next=safe_next(next_page), error=error,
                   username=username, visitor=None)
    set_cookie(reply, LOGIN_CSRF_COOKIE, token, max_age=3600, path="/staff/login")
    return reply


SIGN_IN_REFUSED = ("That username and password did not work. After 5 wrong tries an account is locked for "
                   f"{accounts.LOCK_MINUTES} minutes; an admin can unlock it sooner.")


@blueprint.post("/login")
async def login(request: Request):
    if not same_token(_field(request, "csrf_token"), request.cookies.get(LOGIN_CSRF_COOKIE)):
        return _login_page(_field(request, "next"), "The form had expired. Please sign in again.", status=403)
    username, password = _field(request, "username", 100), str(_form(request).get("password") or "")
    outcome, token = await blocking(_sign_in, username, password, client_ip(request))
    if token is None:
        return _login_page(_field(request, "next"), SIGN_IN_REFUSED, status=401, username=username)
    reply = secure_headers(response.redirect(safe_next(_field(request, "next")), status=303))
    set_cookie(reply, sessions.COOKIE, token, max_age=settings.load().staff_session_hours * 3600, path="/staff")
    set_cookie(reply, LOGIN_CSRF_COOKIE, "", max_age=0, path="/staff/login")
    return reply


def _sign_in(username: str, password: str, ip: str) -> tuple[str, str | None]:
    now = times.utc_now()
    with db.session_scope() as session:
        result = accounts.authenticate(session, username, password, now)
        actor = result.username or "(unknown username)"
        if result.outcome != "ok":
            action = "account_locked" if result.outcome == "just_locked" else "sign_in_failed"
            audit.record(session, actor, action, detail={"locked": result.outcome in ("locked", "just_locked")},
                         client_ip=ip)
            return result.outcome, None
        token = sessions.start(session, result.account_id, settings.load().staff_session_hours, now)
        audit.record(session, actor, "sign_in", client_ip=ip)
        return result.outcome, token


@blueprint.post("/logout")
@staff_page()
async def logout(request: Request, visitor: Visitor):
    def sign_out() -> None:
        with db.session_scope() as session:
            sessions.end(session, visitor.token_hash)
            audit.record(session, visitor.username, "sign_out", client_ip=client_ip(request))

    await blocking(sign_out)
    reply = secure_headers(response.redirect("/staff/login", status=303))
    set_cookie(reply, sessions.COOKIE, "", max_age=0, path="/staff")
    return reply


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
    conversation_id, reason = _field(request, "id", 300), _field(request, "reason")

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
    form = _form(request)
    kind = _field(request, "format", 10)
    if kind not in ("csv", "json"):
        return error_page(400, "Choose a format", "Choose CSV or JSON for the export.", visitor)
    whole_list = _field(request, "scope", 10) == "all"
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


# --- callback queue ----------------------------------------------------------------------
@blueprint.get("/callbacks")
@staff_page()
async def callback_queue(request: Request, visitor: Visitor):
    status = str(request.args.get("status") or "open")
    status = status if status in callbacks.STATUS_LABELS else "open"

    def load():
        with db.session_scope() as session:
            requests = callbacks.queue(session, status)
            counts = callbacks.counts(session)
            audit.record(session, visitor.username, "callbacks_view", [request.conversation_id for request in requests],
                         detail={"status": status}, client_ip=client_ip(request))
            return requests, counts

    requests, counts = await blocking(load)
    return render("callbacks.html", visitor=visitor, status=status, requests=requests, counts=counts,
                  statuses=callbacks.STATUS_LABELS, message=str(request.args.get("done") or ""))


@blueprint.post("/callbacks/<request_id:int>")
@staff_page()
async def callback_update(request: Request, visitor: Visitor, request_id: int):
    status, note = _field(request, "status", 20), _field(request, "note", callbacks.NOTE_LENGTH)
    if status not in callbacks.STATUS_LABELS:
        return error_page(400, "Choose a status", "Choose open, contacted or closed.", visitor)

    def save():
        with db.session_scope() as session:
            updated = callbacks.update(session, request_id, status, note, visitor.username)
            if updated is not None:
                audit.record(session, visitor.username, "callback_update", [updated.conversation_id], reason=note,
                             detail={"request": request_id, "status": status}, client_ip=client_ip(request))
            return updated is not None

    if not await blocking(save):
        return error_page(404, "Request not found", "There is no callback request with that number.", visitor)
    return secure_headers(response.redirect(f"/staff/callbacks?status={status}&done={request_id}", status=303))


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


# --- erasure (admins) --------------------------------------------------------------------
@blueprint.get("/erase")
@staff_page(role="admin")
async def erase_form(request: Request, visitor: Visitor):
    conversation_id = str(request.args.get("id") or "")[:300]
    if not conversation_id:
        return render("erase.html", visitor=visitor, step="find", lookup=None)
    lookup = await blocking(_lookup, visitor, request, conversation_id, "", "")
    return render("erase.html", visitor=visitor, step="confirm", lookup=lookup, reason_error="")


@blueprint.post("/erase/find")
@staff_page(role="admin")
async def erase_find(request: Request, visitor: Visitor):
    lookup = await blocking(_lookup, visitor, request, _field(request, "conversation_id", 300),
                            _field(request, "phone", 40), _field(request, "email", 200))
    return render("erase.html", visitor=visitor, step="confirm", lookup=lookup, reason_error="")


def _lookup(visitor: Visitor, request: Request, conversation_id: str, phone: str, email: str):
    with db.session_scope() as session:
        found = erasure_lookup.find(session, conversation_id, phone, email)
        summaries = {cid: conversations.summary_of(session, cid) for cid in found.found}
        audit.record(session, visitor.username, "erase_lookup", list(found.found),
                     detail={"by": [name for name, value in (("conversation id", conversation_id), ("phone", phone),
                                                              ("email", email)) if value]},
                     client_ip=client_ip(request))
    return {"found": found.found, "notes": found.notes, "summaries": summaries}


@blueprint.post("/erase")
@staff_page(role="admin")
async def erase(request: Request, visitor: Visitor):
    ids = [str(value)[:300] for value in (_form(request).getlist("ids") or [])][:erasure_lookup.MAX_FOUND]
    reason = _field(request, "reason")
    if not ids or len(reason) < MIN_REASON_LENGTH or _field(request, "confirm", 10) != "yes":
        return render("erase.html", http_status=400, visitor=visitor, step="find", lookup=None,
                      reason_error=f"Tick the conversations, give a reason of at least {MIN_REASON_LENGTH} characters, "
                                   "and tick the box to confirm.")

    def erase_all():
        removed: dict[str, int] = {}
        with db.session_scope() as session:
            for conversation_id in ids:
                for table, count in erase_conversation(session, conversation_id, request.app.ctx.erasers).items():
                    removed[table] = removed.get(table, 0) + count
            audit.record(session, visitor.username, "erase", ids, reason=reason, detail={"rows": removed},
                         client_ip=client_ip(request))
        return removed

    removed = await blocking(erase_all)
    return render("erase.html", visitor=visitor, step="done", lookup=None, erased=ids, removed=removed)


# --- audit log (admins) ------------------------------------------------------------------
@blueprint.get("/audit")
@staff_page(role="admin")
async def audit_log(request: Request, visitor: Visitor):
    action = str(request.args.get("action") or "")
    action = action if action in audit.ACTION_LABELS else ""
    actor = str(request.args.get("actor") or "")[:60]
    try:
        page = max(1, int(request.args.get("page") or 1))
    except ValueError:
        page = 1

    def load():
        with db.session_scope() as session:
            entries, total = audit.entries(session, page, action, actor)
            audit.record(session, visitor.username, "audit_view", detail={"action": action, "actor": actor, "page": page},
                         client_ip=client_ip(request))
            return entries, total

    entries, total = await blocking(load)
    return render("audit.html", visitor=visitor, entries=entries, total=total, page=page,
                  pages=max(1, -(-total // audit.PAGE_SIZE)), action=action, actor=actor, actions=audit.ACTION_LABELS,
                  audit_label=audit.label)
