"""The callback queue (all staff), erasure on request and the audit log (admins only)."""
from __future__ import annotations

from sanic import Blueprint, response
from sanic.request import Request

from bot.privacy.erasure import erase_conversation
from bot.staff.admin import audit, callbacks, erasure_lookup
from bot.staff.review import conversations
from bot.staff.signin.sessions import Visitor
from bot.staff.web import blocking, client_ip, error_page, field, form_of, render, secure_headers, staff_page, MIN_REASON_LENGTH
from bot.storage import db

blueprint = Blueprint("staff_admin", url_prefix="/staff")


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
    status, note = field(request, "status", 20), field(request, "note", callbacks.NOTE_LENGTH)
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
    lookup = await blocking(_lookup, visitor, request, field(request, "conversation_id", 300),
                            field(request, "phone", 40), field(request, "email", 200))
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
    ids = [str(value)[:300] for value in (form_of(request).getlist("ids") or [])][:erasure_lookup.MAX_FOUND]
    reason = field(request, "reason")
    if not ids or len(reason) < MIN_REASON_LENGTH or field(request, "confirm", 10) != "yes":
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
