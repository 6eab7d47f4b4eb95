"""What every staff page shares: who is signed in, role and CSRF checks, rendering with
auto-escaping, cookies, and the security headers."""
from __future__ import annotations

import asyncio
import functools
import hmac
import secrets
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sanic import response
from sanic.request import Request

from bot import languages, settings
from bot.staff import labels, times
from bot.staff.signin import sessions
from bot.storage import db

TEMPLATES = Path(__file__).with_name("templates")
MIN_REASON_LENGTH = 10  # a reason to reveal or erase, for the audit log
LOGIN_CSRF_COOKIE = "staff_login_csrf"
SECURITY_HEADERS = {
    # No scripts at all; styles only from our own stylesheet; forms post only to us.
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",  # transcripts must not stay in a shared computer's cache
    "Permissions-Policy": "interest-cohort=()",
}

environment = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                          trim_blocks=True, lstrip_blocks=True)
environment.globals.update(labels=labels, times=times, language_names=languages.ENGLISH_NAMES)


async def blocking(function: Callable, *args, **kwargs) -> Any:
    """Runs database work in a thread, so one slow page does not hold up the others
    (the same process serves the chat widget's page)."""
    return await asyncio.get_running_loop().run_in_executor(None, functools.partial(function, *args, **kwargs))


def form_of(request: Request) -> dict:
    return request.form or {}


def field(request: Request, name: str, limit: int = 2000) -> str:
    """A posted form field, trimmed and cut to `limit` characters."""
    return str(form_of(request).get(name) or "").strip()[:limit]


def client_ip(request: Request) -> str:
    return str(request.ip or "")


def secure_headers(reply: response.HTTPResponse) -> response.HTTPResponse:
    for name, value in SECURITY_HEADERS.items():
        reply.headers.setdefault(name, value)
    return reply


def render(template: str, http_status: int = 200, **context: Any) -> response.HTTPResponse:
    html = environment.get_template(template).render(**context)
    return secure_headers(response.html(html, status=http_status))


def error_page(status: int, title: str, message: str, visitor: sessions.Visitor | None = None) -> response.HTTPResponse:
    return render("error.html", http_status=status, title=title, message=message, visitor=visitor)


def set_cookie(reply: response.HTTPResponse, name: str, value: str, max_age: int, path: str) -> None:
    reply.cookies[name] = value
    cookie = reply.cookies[name]
    cookie["path"] = path
    cookie["max-age"] = max_age
    cookie["httponly"] = True
    cookie["samesite"] = "Strict"
    cookie["secure"] = settings.load().staff_cookie_secure


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(given: str | None, expected: str | None) -> bool:
    return bool(given) and bool(expected) and hmac.compare_digest(str(given), str(expected))


def _load_visitor(token: str | None) -> sessions.Visitor | None:
    with db.session_scope() as session:
        return sessions.load(session, token, times.utc_now())


def staff_page(role: str | None = None):
    """Route decorator: the handler runs only for a signed-in member of staff (an admin
    when role="admin"), and a form post only with that browser's CSRF token. Anonymous
    visitors go to the sign-in page (GET) or are refused (anything else)."""

    def decorate(handler):
        @functools.wraps(handler)
        async def wrapped(request: Request, *args, **kwargs):
            visitor = await blocking(_load_visitor, request.cookies.get(sessions.COOKIE))
            if visitor is None:
                if request.method == "GET":
                    target = request.path + (f"?{request.query_string}" if request.query_string else "")
                    return secure_headers(response.redirect(f"/staff/login?next={quote(target, safe='')}", status=303))
                return error_page(401, "Please sign in", "Your session has ended. Sign in and try again.")
            if request.method != "GET" and not same_token(request.form.get("csrf_token"), visitor.csrf_token):
                return error_page(403, "Form expired",
                                  "This form could not be accepted. Go back, reload the page and try again.", visitor)
            if role == "admin" and not visitor.is_admin:
                return error_page(403, "Admins only", "Only an admin can do this.", visitor)
            return await handler(request, visitor, *args, **kwargs)

        return wrapped

    return decorate


def safe_next(target: str | None) -> str:
    """Where to go after signing in: only a page of this app (no open redirect)."""
    if target and target.startswith("/staff/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/staff/conversations"
