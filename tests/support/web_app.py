"""The web app (widget page, staff app, Open Referral UK API) started the way `make run`
starts it, on a free port, and a browser-like HTTP session for its staff pages. A web
app that fails to start is stopped, never left running."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import requests

from bot import processes
from tests.support.ports import free_port

ADMIN, ADMIN_PASSWORD = "ada.admin", "correct horse battery staple"
REVIEWER, REVIEWER_PASSWORD = "rory.reviewer", "purple elephant umbrella"
CSRF_FIELD = re.compile(r'name="csrf_token" value="([^"]+)"')
PSEUDONYM_SECRET = "staff-tests-pseudonym-secret"


@dataclass
class WebApp:
    """The web app process: `base` is its address, `url` the DATABASE_URL it uses."""

    url: str | None
    base: str
    supervisor: processes.Supervisor
    seed: Path | None = None  # its own copy of the directory's seed files (DIRECTORY_DIR), if any

    def stop(self) -> None:
        self.supervisor.stop()

    def session(self, username: str = ADMIN, password: str = ADMIN_PASSWORD) -> "Browser":
        browser = Browser(self.base)
        reply = browser.sign_in(username, password)
        assert reply.status_code == 303, (reply.status_code, reply.text[:500])
        return browser


def start_web_app(database_url: str | None, log_dir: Path, env: dict[str, str] | None = None,
                  **settings: str) -> WebApp:
    """On `database_url` (or the one in `env`), on the port `env` names (a stack's Rasa
    server accepts the widget from there) or a free one."""
    env = dict(env or {})
    port = int(env.get("WEB_PORT") or free_port())
    defaults = {"STAFF_COOKIE_SECURE": "false", "RETENTION_CHECK_HOURS": "0", "PSEUDONYM_SECRET": PSEUDONYM_SECRET}
    chosen = {**defaults, **env, **({"DATABASE_URL": database_url} if database_url else {}), **settings,
              "WEB_PORT": str(port)}
    supervisor = processes.Supervisor(log_dir=log_dir)
    base = f"http://127.0.0.1:{port}"
    supervisor.start("web app", processes.web_app_command(port), processes.base_environment(**chosen),
                     f"{base}/health")
    try:
        supervisor.wait_ready(timeout=120)
    except BaseException:
        supervisor.stop()
        raise
    return WebApp(chosen.get("DATABASE_URL"), base, supervisor)


@dataclass
class Browser:
    """A requests session that keeps cookies and reads CSRF tokens from forms."""

    base: str
    http: requests.Session = field(default_factory=requests.Session)
    csrf: str = ""

    def get(self, path: str, **kwargs) -> requests.Response:
        reply = self.http.get(self.base + path, allow_redirects=False, timeout=60, **kwargs)
        found = CSRF_FIELD.search(reply.text)
        if found and path != "/staff/login":
            self.csrf = found.group(1)
        return reply

    def post(self, path: str, data: dict | None = None, with_csrf: bool = True, **kwargs) -> requests.Response:
        form = dict(data or {})
        if with_csrf:
            form.setdefault("csrf_token", self.csrf)
        return self.http.post(self.base + path, data=form, allow_redirects=False, timeout=120, **kwargs)

    def submit(self, path: str, fields: list[tuple[str, str]]) -> requests.Response:
        """Posts a form as read from a page (form_fields), CSRF token and all."""
        return self.http.post(self.base + path, data=fields, allow_redirects=False, timeout=120)

    def sign_in(self, username: str, password: str) -> requests.Response:
        form = self.http.get(f"{self.base}/staff/login", timeout=60).text
        token = CSRF_FIELD.search(form).group(1)
        reply = self.http.post(f"{self.base}/staff/login", data={"csrf_token": token, "username": username,
                                                                 "password": password}, allow_redirects=False, timeout=60)
        if reply.status_code == 303:
            self.get("/staff/conversations")  # picks up this session's CSRF token
        return reply
