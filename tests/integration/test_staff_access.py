"""The staff review app over real HTTP: who may see what, CSRF, cookies, lockout, the
audit log, and hostile input (script tags, SQL in the search box)."""
from __future__ import annotations

import datetime as dt
import functools
import time

import pytest
import requests
import sqlalchemy as sa

from bot.staff.models import AuditEntry, StaffSession
from bot.storage import db
from tests.integration import staff_support as support
from tests.integration.staff_support import ADMIN, ADMIN_PASSWORD, REVIEWER, REVIEWER_PASSWORD

PHONE = "07700 900461"
SCRIPT = "<script>alert('carer')</script>"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    now = time.time()
    rows = support.conversation("access-phone", now - 3600, [
        ("hello", "greet"), (f"my dad has dementia, ring me on {PHONE}", "dementia")],
        situations=["dementia"], signposted=["carers_hub_lambeth"])
    rows += support.conversation("access-script", now - 1800, [(f"{SCRIPT} my mum needs a break", "breaks_respite")],
                                 situations=["breaks_respite"])
    rows += support.conversation("access-plain", now - 600, [("we can't afford food this week", "financial_hardship")],
                                 situations=["financial_hardship"])
    started = support.start_staff_app(tmp_path_factory.mktemp("staff-access"), rows)
    yield started
    started.stop()


@functools.lru_cache(maxsize=1)  # Sanic allows one app per name in a process
def staff_routes() -> tuple[tuple[str, str], ...]:
    """Every (method, path) the staff blueprint serves, read from the app itself, so a
    route added later is covered without changing this test."""
    from bot.web.app import create_app

    application = create_app("staff_routes_under_test")
    application.router.finalize()
    found = []
    for route in application.router.routes:
        path = "/" + route.path
        if not path.startswith("/staff"):
            continue
        path = path.replace("<request_id:int>", "1")
        for method in route.methods:
            found.append((method, path))
    return tuple(sorted(found))


PUBLIC = {("GET", "/staff/login"), ("POST", "/staff/login"), ("GET", "/staff/static/staff.css")}


def test_the_app_has_the_expected_pages():
    routes = set(staff_routes())
    for expected in [("GET", "/staff/conversations"), ("GET", "/staff/transcript"), ("POST", "/staff/transcript/reveal"),
                     ("POST", "/staff/export"), ("GET", "/staff/callbacks"), ("POST", "/staff/callbacks/1"),
                     ("GET", "/staff/summary"), ("GET", "/staff/erase"), ("POST", "/staff/erase"),
                     ("GET", "/staff/audit")]:
        assert expected in routes


def test_every_route_refuses_an_anonymous_visitor(app):
    anonymous = support.Browser(app.base)
    checked = 0
    for method, path in staff_routes():
        if (method, path) in PUBLIC:
            continue
        query = "?id=access-phone" if path == "/staff/transcript" else ""
        if method == "GET":
            reply = anonymous.get(path + query)
            assert reply.status_code == 303, (method, path, reply.status_code)
            assert reply.headers["Location"].startswith("/staff/login?next="), (method, path)
        else:
            reply = anonymous.post(path, {"id": "access-phone", "ids": "access-phone", "format": "csv",
                                          "reason": "a reason long enough", "confirm": "yes", "status": "closed"})
            assert reply.status_code == 401, (method, path, reply.status_code)
        assert "dementia" not in reply.text and PHONE not in reply.text
        checked += 1
    assert checked >= 12
    assert support.rows_mentioning(app.url, "access-phone", skip_tables=("staff_audit",))["events"] > 0  # nothing erased


def test_sign_in_page_sets_strict_http_only_cookies(app):
    browser = support.Browser(app.base)
    reply = browser.sign_in(ADMIN, ADMIN_PASSWORD)
    cookie = reply.headers["Set-Cookie"]
    assert "staff_session=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Path=/staff" in cookie and "Max-Age=28800" in cookie  # STAFF_SESSION_HOURS, 8 by default
    page = browser.get("/staff/conversations")
    assert page.status_code == 200
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["X-Frame-Options"] == "DENY"


def test_cookies_are_secure_unless_configured_otherwise(app, tmp_path):
    secure = support.start_web_app(app.url, tmp_path / "logs", STAFF_COOKIE_SECURE="true")
    try:
        form = requests.get(f"{secure.base}/staff/login", timeout=30)
        assert "Secure" in form.headers["Set-Cookie"]
        token = support.CSRF_FIELD.search(form.text).group(1)
        # A browser sends Secure cookies over https only; send this one by hand over http.
        reply = requests.post(f"{secure.base}/staff/login", allow_redirects=False, timeout=30,
                              data={"csrf_token": token, "username": REVIEWER, "password": REVIEWER_PASSWORD},
                              headers={"Cookie": f"staff_login_csrf={token}"})
        assert reply.status_code == 303
        assert "staff_session=" in reply.headers["Set-Cookie"] and "Secure" in reply.headers["Set-Cookie"]
    finally:
        secure.stop()


def test_wrong_password_and_unknown_user_get_the_same_answer(app):
    wrong = support.Browser(app.base).sign_in(REVIEWER, "not the password at all")
    unknown = support.Browser(app.base).sign_in("nobody.here", "not the password at all")
    assert wrong.status_code == unknown.status_code == 401
    assert support.visible_text(wrong.text).replace(REVIEWER, "") == support.visible_text(unknown.text).replace("nobody.here", "")
    assert "staff_session" not in wrong.headers.get("Set-Cookie", "")


def test_repeated_failed_sign_ins_lock_the_account_for_a_while(app):
    username, password = "lock.me", "a long enough password"
    done = support.run_cli(app.url, "staff", "add", username, "--password-stdin", stdin=password + "\n")
    assert done.returncode == 0, done.stderr
    for _ in range(5):
        assert support.Browser(app.base).sign_in(username, "wrong password here").status_code == 401
    assert support.Browser(app.base).sign_in(username, password).status_code == 401  # locked, right password or not
    with db.session_scope(app.url) as session:
        actions = session.execute(sa.select(AuditEntry.action).where(AuditEntry.actor == username)).scalars().all()
    assert actions.count("sign_in_failed") >= 5 and "account_locked" in actions
    assert support.run_cli(app.url, "staff", "unlock", username).returncode == 0
    assert support.Browser(app.base).sign_in(username, password).status_code == 303


def test_an_expired_session_sends_you_back_to_sign_in(app):
    browser = app.session(REVIEWER, REVIEWER_PASSWORD)
    with db.session_scope(app.url) as session:
        session.execute(sa.update(StaffSession).values(expires_at=dt.datetime.utcnow() - dt.timedelta(minutes=1)))
    reply = browser.get("/staff/conversations")
    assert reply.status_code == 303 and reply.headers["Location"].startswith("/staff/login")


def test_signing_out_ends_the_session(app):
    browser = app.session(REVIEWER, REVIEWER_PASSWORD)
    assert browser.post("/staff/logout").status_code == 303
    assert browser.get("/staff/conversations").status_code == 303


def test_a_reviewer_cannot_reveal_erase_or_read_the_audit_log(app):
    reviewer = app.session(REVIEWER, REVIEWER_PASSWORD)
    transcript = reviewer.get("/staff/transcript?id=access-phone")
    assert transcript.status_code == 200 and PHONE not in transcript.text
    assert "Reveal personal data" not in transcript.text and "/staff/erase" not in transcript.text
    revealed = reviewer.post("/staff/transcript/reveal", {"id": "access-phone", "reason": "I would like to see it all"})
    assert revealed.status_code == 403 and PHONE not in revealed.text
    assert reviewer.get("/staff/erase").status_code == 403
    assert reviewer.post("/staff/erase/find", {"conversation_id": "access-phone"}).status_code == 403
    erased = reviewer.post("/staff/erase", {"ids": "access-phone", "reason": "because I can try", "confirm": "yes"})
    assert erased.status_code == 403
    assert reviewer.get("/staff/audit").status_code == 403
    assert support.rows_mentioning(app.url, PHONE).get("events")  # still there
    with db.session_scope(app.url) as session:
        assert not session.execute(sa.select(AuditEntry).where(AuditEntry.action.in_(["reveal", "erase"]))).first()


def test_forms_without_the_right_csrf_token_are_refused(app):
    admin = app.session()
    other = app.session(REVIEWER, REVIEWER_PASSWORD)
    attempts = [("/staff/transcript/reveal", {"id": "access-phone", "reason": "checking csrf protection"}),
                ("/staff/export", {"ids": "access-phone", "format": "json", "scope": "selected"}),
                ("/staff/erase", {"ids": "access-phone", "reason": "checking csrf protection", "confirm": "yes"}),
                ("/staff/logout", {})]
    for path, form in attempts:
        for token in (None, "", "forged-token", other.csrf):
            data = dict(form) if token is None else dict(form, csrf_token=token)
            reply = admin.post(path, data, with_csrf=False)
            assert reply.status_code == 403, (path, token, reply.status_code)
            assert PHONE not in reply.text
    assert admin.get("/staff/conversations").status_code == 200  # still signed in: the logout was refused too
    assert support.rows_mentioning(app.url, "access-phone", skip_tables=("staff_audit",)).get("events")
    # The sign-in form has its own token, tied to a cookie set with the form.
    no_cookie = support.Browser(app.base).http.post(f"{app.base}/staff/login", data={
        "csrf_token": "guessed", "username": ADMIN, "password": ADMIN_PASSWORD}, allow_redirects=False)
    assert no_cookie.status_code == 403 and "staff_session" not in no_cookie.headers.get("Set-Cookie", "")


def test_a_script_in_a_message_shows_as_text(app):
    admin = app.session()
    for path in ("/staff/transcript?id=access-script", "/staff/conversations", "/staff/conversations?q=break"):
        page = admin.get(path)
        assert page.status_code == 200, path
        assert "<script>" not in page.text, path
        assert "&lt;script&gt;alert(" in page.text, path


@pytest.mark.parametrize("words", [
    "' OR '1'='1", "'; DROP TABLE events; --", '" OR ""="', "1); DELETE FROM staff_audit; --",
    "zzz UNION SELECT password_hash FROM staff_account", "NEAR(zzz qqq)", "zzz* AND NOT qqq", "%", "_", "\\", "\"", "'",
    "zzz\x00qqq", "ʼ OR 1=1 --", "a" * 500,
])
def test_sql_fragments_in_the_search_box_are_harmless(app, words):
    admin = app.session(REVIEWER, REVIEWER_PASSWORD)
    before = _counts(app.url)
    page = admin.get("/staff/conversations", params={"q": words})
    assert page.status_code == 200
    text = support.visible_text(page.text)
    assert "0 conversations match" in text
    assert "scrypt$" not in page.text  # no password hash came back
    assert _counts(app.url) == before


@pytest.mark.parametrize("name, value", [("channel", "rest' OR '1'='1"), ("situation", "dementia' --"),
                                         ("crisis", "yes' OR 1=1"), ("page", "1; DROP TABLE events"),
                                         ("from", "2024-01-01' OR '1'='1"), ("callback", "1=1")])
def test_sql_fragments_in_the_filters_are_harmless(app, name, value):
    admin = app.session(REVIEWER, REVIEWER_PASSWORD)
    before = _counts(app.url)
    page = admin.get("/staff/conversations", params={name: value})
    assert page.status_code == 200
    text = support.visible_text(page.text)
    # An unknown channel matches nothing; a malformed filter is ignored (and said so for dates).
    expected = "0 conversations match" if name == "channel" else "3 conversations"
    assert expected in text, text[:600]
    assert _counts(app.url) == before


def _counts(url: str) -> dict[str, int]:
    with db.engine(url).connect() as connection:
        return {table: connection.execute(sa.text(f"SELECT COUNT(*) FROM {table}")).scalar()
                for table in ("events", "staff_account", "staff_conversation")}


def test_search_finds_words_and_word_beginnings(app):
    admin = app.session(REVIEWER, REVIEWER_PASSWORD)
    for words, expected in (("dementia", {"access-phone"}), ("demen", {"access-phone"}), ("afford food", {"access-plain"}),
                            ("food dementia", set()), ("access-script", {"access-script"})):
        page = admin.get("/staff/conversations", params={"q": words})
        shown = {cid for cid in ("access-phone", "access-script", "access-plain") if f"id={cid}" in page.text}
        assert shown == expected, words


def test_the_audit_log_has_no_way_to_change_it(app):
    admin = app.session()
    for method in ("post", "put", "delete", "patch"):
        reply = getattr(admin.http, method)(f"{app.base}/staff/audit", data={"csrf_token": admin.csrf}, allow_redirects=False)
        assert reply.status_code in (404, 405), (method, reply.status_code)
    with db.engine(app.url).connect() as connection:
        for statement in ("UPDATE staff_audit SET actor = 'someone else'", "DELETE FROM staff_audit"):
            with pytest.raises(sa.exc.DatabaseError, match="audit log cannot be changed"):
                connection.execute(sa.text(statement))
    page = admin.get("/staff/audit")
    assert page.status_code == 200 and "Read the audit log" in page.text


def test_views_reveals_and_exports_are_in_the_audit_log(app):
    admin = app.session()
    assert admin.get("/staff/transcript?id=access-plain").status_code == 200
    refused = admin.post("/staff/transcript/reveal", {"id": "access-phone", "reason": "short"})
    assert refused.status_code == 400 and PHONE not in refused.text
    revealed = admin.post("/staff/transcript/reveal", {"id": "access-phone",
                                                       "reason": f"carer asked for a copy, called from {PHONE}"})
    assert revealed.status_code == 200 and PHONE in revealed.text
    assert admin.post("/staff/export", {"ids": "access-plain", "format": "json", "scope": "selected"}).status_code == 200
    with db.session_scope(app.url) as session:
        entries = session.execute(sa.select(AuditEntry).where(AuditEntry.actor == ADMIN)
                                  .order_by(AuditEntry.id)).scalars().all()
        by_action = {entry.action: entry for entry in entries}
        assert by_action["view"].conversation_ids == "access-plain"
        assert by_action["reveal"].conversation_ids == "access-phone"
        assert "carer asked for a copy" in by_action["reveal"].reason
        assert PHONE not in by_action["reveal"].reason  # reasons are masked too
        assert by_action["export"].conversation_ids == "access-plain"
        assert not [entry for entry in entries if entry.action == "reveal" and entry.reason == "short"]
    page = support.visible_text(admin.get("/staff/audit?action=reveal").text)
    assert "Revealed personal data" in page and "carer asked for a copy" in page
