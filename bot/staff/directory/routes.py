"""The staff app's directory pages, under /staff/directory: every member of staff can
read the services, their contacts and their history; only an admin can change them.
Every view and change goes in the audit log, the same as the conversation pages."""
from __future__ import annotations

import datetime as dt
import json

from sanic import Blueprint
from sanic.request import Request

from bot import settings
from bot.directory import editing, freshness, models, queries
from bot.directory.editing import EditError
from bot.directory.schema import AREAS, STATUSES
from bot.staff import labels, times
from bot.staff.admin import audit
from bot.storage import db
from bot.staff.directory.form import (AGE_FIELDS, CHANNEL_LABELS, posted_rows, posted_values, proposal, rows,
                                      values)
from bot.staff.signin.sessions import Visitor
from bot.staff.web import blocking, client_ip, error_page, render, staff_page

blueprint = Blueprint("staff_directory", url_prefix="/staff/directory")
HISTORY_LIMIT = 200


def _today() -> dt.date:
    return times.london(times.utc_now()).date()


def _directory(session):
    version = session.get(models.DirectoryVersionRow, 1)
    if version is None:
        raise LookupError("the directory tables are empty")
    return queries.read(session, version.research_date)


@blueprint.get("/", strict_slashes=False)
@staff_page()
async def directory_list(request: Request, visitor: Visitor):
    show = str(request.args.get("show") or "")
    show = show if show in freshness.FILTERS else ""

    def load():
        with db.session_scope() as session:
            directory = _directory(session)
            audit.record(session, visitor.username, "directory_view", detail={"show": show},
                         client_ip=client_ip(request))
        found = freshness.attention(directory, _today(), settings.load().directory_stale_days)
        services = sorted((s for s in directory.services.values() if freshness.matches(s, show, found)),
                          key=lambda s: (s.organisation_name.lower(), s.name.lower()))
        return services, found, directory

    services, found, directory = await blocking(load)
    return render("directory.html", visitor=visitor, services=services, show=show, filters=freshness.FILTERS,
                  stale=found.services("stale"), unverified=found.services("unverified"),
                  counts={"stale": len(found.stale), "unverified": len(found.unverified),
                          "closed": sum(not s.active for s in directory.services.values())},
                  stale_days=settings.load().directory_stale_days)


def _page(visitor: Visitor, directory, service_id: str, history, **extra):
    service = directory.services[service_id]
    today = _today()
    return render("directory_service.html", visitor=visitor, s=service, history=history,
                  v=extra.pop("v", None) or values(service, editing.situations_of(directory, service_id)),
                  situation_options=labels.situation_options(),
                  rows=extra.pop("rows", None) or rows(service, today), channels=CHANNEL_LABELS, areas=AREAS,
                  statuses=STATUSES, age_fields=AGE_FIELDS, token=editing.edit_token(directory, service_id),
                  stale_days=settings.load().directory_stale_days, today=today,
                  is_stale=lambda c: freshness.is_stale(c, today, settings.load().directory_stale_days),
                  crisis_kinds=sorted({card.kind for card in directory.crisis.values()
                                       for line in card.lines if line.service_id == service_id}),
                  **{"error": None, "notes": [], "saved": False, **extra})


def _history(session, service_id: str) -> list[dict]:
    found = session.query(models.DirectoryChangeRow).filter_by(service_id=service_id) \
        .order_by(models.DirectoryChangeRow.id.desc()).limit(HISTORY_LIMIT)
    return [{"at": row.at, "actor": row.actor, "field": row.field, "old": json.loads(row.old),
             "new": json.loads(row.new)} for row in found]


@blueprint.get("/service/<service_id:str>")
@staff_page()
async def service_page(request: Request, visitor: Visitor, service_id: str):
    def load():
        with db.session_scope() as session:
            directory = _directory(session)
            if service_id not in directory.services:
                return None, None
            audit.record(session, visitor.username, "directory_view", detail={"service": service_id},
                         client_ip=client_ip(request))
            return directory, _history(session, service_id)

    directory, history = await blocking(load)
    if directory is None:
        return error_page(404, "Service not found", "There is no service with that id in the directory.", visitor)
    return _page(visitor, directory, service_id, history)


@blueprint.post("/service/<service_id:str>")
@staff_page(role="admin")
async def service_save(request: Request, visitor: Visitor, service_id: str):
    form = request.form or {}
    try:
        row_count = int(str(form.get("contact_rows") or 0))
    except ValueError:
        row_count = 0

    def save():
        with db.session_scope() as session:
            directory = _directory(session)
            if service_id not in directory.services:
                return None, None, None
            if str(form.get("token") or "") != editing.edit_token(directory, service_id):
                raise EditError("form", "someone changed this service since you opened the page; nothing was "
                                        "saved. Open the page again to see their change.")
            checked, notes = editing.check(proposal(form, directory.services[service_id], row_count), directory,
                                           _today())
            done = editing.apply(session, checked, visitor.username, times.utc_now())
            if done:
                audit.record(session, visitor.username, "directory_edit",
                             detail={"service": service_id,
                                     "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in done]},
                             client_ip=client_ip(request))
        with db.session_scope() as session:
            return _directory(session), _history(session, service_id), (done, notes)

    try:
        directory, history, outcome = await blocking(save)
    except EditError as error:
        def reload():
            with db.session_scope() as session:
                return _directory(session), _history(session, service_id)

        directory, history = await blocking(reload)
        if service_id not in directory.services:
            return error_page(404, "Service not found", "There is no service with that id in the directory.", visitor)
        return _page(visitor, directory, service_id, history, error=error, http_status=400,
                     v=posted_values(form), rows=posted_rows(form, row_count))
    if directory is None:
        return error_page(404, "Service not found", "There is no service with that id in the directory.", visitor)
    done, notes = outcome
    return _page(visitor, directory, service_id, history, saved=True, changed=len(done), notes=notes)
