"""The read-only Open Referral UK API, under /openreferral: public service information
only, so it needs no sign-in, answers any origin, and accepts nothing but GET.

The UK profile requires GET /, /services and /services/{id}; the taxonomy endpoints are
optional and here because they explain the situations every service is tagged with."""
from __future__ import annotations

import asyncio
import datetime as dt
import functools
import json

import sqlalchemy as sa
from sanic import Blueprint, response
from sanic.request import Request

from bot.directory import models, queries
from bot.openreferral import mapping
from bot.storage import db

blueprint = Blueprint("openreferral", url_prefix="/openreferral")
DEFAULT_PER_PAGE, MAX_PER_PAGE = 50, 200
HEADERS = {"Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60",
           "X-Content-Type-Options": "nosniff"}


class BadQuery(ValueError):
    pass


def _json(body, status: int = 200):
    return response.json(body, status=status, headers=HEADERS, dumps=functools.partial(json.dumps, ensure_ascii=False))


def _error(status: int, message: str):
    return _json({"error": message}, status)


def _positive(request: Request, name: str, default: int, largest: int | None = None) -> int:
    raw = str(request.args.get(name) or "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise BadQuery(f"'{name}' should be a whole number from 1")
    return min(int(raw), largest) if largest else int(raw)


def paginate(items: list, request: Request) -> dict:
    page = _positive(request, "page", 1)
    per_page = _positive(request, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)
    total_pages = max(1, -(-len(items) // per_page))
    contents = items[(page - 1) * per_page: page * per_page]
    return {"total_items": len(items), "total_pages": total_pages, "page_number": page, "size": len(contents),
            "first_page": page == 1, "last_page": page >= total_pages, "empty": not contents, "contents": contents}


def _last_modified() -> dict[str, dt.datetime]:
    """When each service last changed: its latest edit, else when the files were loaded."""
    with db.session_scope() as session:
        version = session.get(models.DirectoryVersionRow, 1)
        loaded = version.loaded_at if version else None
        edits = dict(session.execute(sa.select(models.DirectoryChangeRow.service_id,
                                               sa.func.max(models.DirectoryChangeRow.at))
                                     .group_by(models.DirectoryChangeRow.service_id)).all())
    directory = queries.current()
    return {service_id: max(filter(None, (edits.get(service_id), loaded)), default=None)
            for service_id in directory.services}


async def _in_thread(function, *args):
    return await asyncio.get_running_loop().run_in_executor(None, function, *args)


def _services(request: Request) -> dict:
    directory, changed = queries.current(), _last_modified()
    search = str(request.args.get("search") or "").strip().lower()
    term = str(request.args.get("taxonomy_term_id") or "").strip()
    organisation = str(request.args.get("organization_id") or "").strip()
    terms = {mapping.uuid_for("situation", key): key for key in directory.situations}
    if term and term not in terms:
        return paginate([], request)
    found = []
    for service in sorted(directory.services.values(), key=lambda s: (s.organisation_name.lower(), s.name.lower())):
        if search and search not in f"{service.name} {service.organisation_name} {service.summary}".lower():
            continue
        if term and service.id not in directory.situations[terms[term]]:
            continue
        if organisation and mapping.uuid_for("organisation", service.organisation_id) != organisation:
            continue
        found.append(mapping.service_summary(service, changed.get(service.id)))
    return paginate(found, request)


def _service(service_uuid: str) -> dict | None:
    directory = queries.current()
    for service in directory.services.values():
        if mapping.service_uuid(service) == service_uuid:
            return mapping.service_full(directory, service, _last_modified().get(service.id))
    return None


@blueprint.get("/", strict_slashes=False)
async def api_details(_request: Request):
    return _json(mapping.api_details())


@blueprint.get("/services")
async def services(request: Request):
    try:
        return _json(await _in_thread(_services, request))
    except BadQuery as error:
        return _error(400, str(error))


@blueprint.get("/services/<service_uuid:str>")
async def service(_request: Request, service_uuid: str):
    found = await _in_thread(_service, service_uuid)
    return _json(found) if found else _error(404, "There is no service with that id.")


@blueprint.get("/taxonomies")
async def taxonomies(request: Request):
    try:
        return _json(paginate([mapping.taxonomy()], request))
    except BadQuery as error:
        return _error(400, str(error))


@blueprint.get("/taxonomies/<taxonomy_uuid:str>")
async def taxonomy(_request: Request, taxonomy_uuid: str):
    found = mapping.taxonomy()
    if taxonomy_uuid != found["id"]:
        return _error(404, "There is no taxonomy with that id.")
    return _json({**found, "taxonomy_terms": mapping.taxonomy_terms()})


@blueprint.get("/taxonomy_terms")
async def taxonomy_terms(request: Request):
    try:
        return _json(paginate(mapping.taxonomy_terms(), request))
    except BadQuery as error:
        return _error(400, str(error))


@blueprint.get("/taxonomy_terms/<term_uuid:str>")
async def taxonomy_term(_request: Request, term_uuid: str):
    found = next((term for term in mapping.taxonomy_terms() if term["id"] == term_uuid), None)
    return _json(found) if found else _error(404, "There is no taxonomy term with that id.")
