"""The sign-in form, signing in and out, and the stylesheet every staff page uses: the
only staff pages open to someone not signed in."""
from __future__ import annotations

from pathlib import Path

from sanic import Blueprint, response
from sanic.request import Request

from bot import settings
from bot.staff import times
from bot.staff.admin import audit
from bot.staff.signin import accounts, sessions
from bot.staff.signin.sessions import Visitor
from bot.staff.web import (LOGIN_CSRF_COOKIE, blocking, client_ip, field, form_of, new_csrf_token, render, safe_next,
                           same_token, secure_headers, set_cookie, staff_page)
from bot.storage import db

blueprint = Blueprint("staff_signin", url_prefix="/staff")
STYLESHEET = Path(__file__).parents[1] / "static" / "staff.css"


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
    if not same_token(field(request, "csrf_token"), request.cookies.get(LOGIN_CSRF_COOKIE)):
        return _login_page(field(request, "next"), "The form had expired. Please sign in again.", status=403)
    username, password = field(request, "username", 100), str(form_of(request).get("password") or "")
    outcome, token = await blocking(_sign_in, username, password, client_ip(request))
    if token is None:
        return _login_page(field(request, "next"), SIGN_IN_REFUSED, status=401, username=username)
    reply = secure_headers(response.redirect(safe_next(field(request, "next")), status=303))
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
