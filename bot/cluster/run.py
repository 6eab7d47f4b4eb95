"""Starting the cluster: nginx in front of two Rasa servers, two action servers and the
web app, all on PostgreSQL (tracker store and project database) and Redis (lock store)."""
from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import sqlalchemy as sa

from bot import processes
from bot.cluster.layout import Layout, main_config

DEFAULT_DATABASE_URL = "postgresql://127.0.0.1:5432/carers"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/1"


class ClusterError(RuntimeError):
    """Something the cluster needs is missing; the message says what to do."""


def check_services(database_url: str, redis_url: str) -> None:
    if not database_url.startswith("postgresql"):
        raise ClusterError("The cluster keeps conversations in PostgreSQL, which all Rasa servers share: set "
                           f"DATABASE_URL to a PostgreSQL database (for example {DEFAULT_DATABASE_URL}).")
    if not redis_url:
        raise ClusterError("The Rasa servers need a shared lock store: set REDIS_URL (for example "
                           f"{DEFAULT_REDIS_URL}).")
    if shutil.which("nginx") is None:
        raise ClusterError("nginx is not installed (Debian: apt-get install nginx).")


def ensure_database(url: str) -> None:
    """Creates the PostgreSQL database named in `url` when it does not exist yet."""
    target = sa.engine.make_url(url)
    admin = sa.create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            exists = connection.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :name"),
                                        {"name": target.database}).first()
            if not exists:
                connection.execute(sa.text(f'CREATE DATABASE "{target.database}"'))
    finally:
        admin.dispose()


def environment(layout: Layout, base: dict[str, str]) -> dict[str, str]:
    """What every process of the cluster shares: the actions through nginx, and the
    widget talking to nginx's public address."""
    return {**base, "ACTION_SERVER_URL": layout.action_server_url, "RASA_URL": layout.public_url,
            "CORS_ORIGINS": f"{layout.public_url} http://{layout.web_server}"}


def rasa_name(number: int) -> str:
    return f"rasa server {number}"


def action_name(number: int) -> str:
    return f"action server {number}"


def start_rasa(supervisor: processes.Supervisor, layout: Layout, model: Path, env: dict[str, str], number: int) -> None:
    port = layout.port(layout.rasa_servers[number - 1])
    supervisor.start(rasa_name(number), processes.rasa_server_command(model, port), env, f"http://127.0.0.1:{port}/")


def start_action_server(supervisor: processes.Supervisor, layout: Layout, env: dict[str, str], number: int) -> None:
    port = layout.port(layout.action_servers[number - 1])
    supervisor.start(action_name(number), processes.action_server_command(port), env,
                     f"http://127.0.0.1:{port}/health")


def start(layout: Layout, model: Path, env: dict[str, str], folder: Path,
          log_dir: Path | None = None) -> processes.Supervisor:
    """Starts every process and waits until each answers; stops them all if one fails."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "nginx.conf"
    config.write_text(main_config(layout, folder, as_root=os.geteuid() == 0), encoding="utf-8")
    env = environment(layout, env)
    supervisor = processes.Supervisor(log_dir=log_dir)
    try:
        for number in range(1, len(layout.action_servers) + 1):
            start_action_server(supervisor, layout, env, number)
        for number in range(1, len(layout.rasa_servers) + 1):
            start_rasa(supervisor, layout, model, env, number)
        web_port = layout.port(layout.web_server)
        supervisor.start("web app", processes.web_app_command(web_port), env, f"http://127.0.0.1:{web_port}/health")
        supervisor.start("nginx", ["nginx", "-p", str(folder), "-c", str(config)], env, f"{layout.public_url}/health")
        supervisor.wait_ready(timeout=300)
    except BaseException:
        supervisor.stop()
        raise
    return supervisor


def kill(supervisor: processes.Supervisor, name: str) -> None:
    """SIGKILL, as a crash would: no clean shut-down."""
    item = next(item for item in supervisor.running if item.name == name)
    os.killpg(item.process.pid, signal.SIGKILL)
    item.process.wait()
    supervisor.running.remove(item)


def restart(supervisor: processes.Supervisor, layout: Layout, model: Path, env: dict[str, str], name: str,
            wait: bool = True) -> None:
    """Starts a stopped Rasa or action server again, on its own port (and waits until it
    answers, unless told not to: nginx sends it nothing until then anyway)."""
    supervisor.stop(name)
    number = int(name.rsplit(" ", 1)[1])
    if name.startswith("rasa"):
        start_rasa(supervisor, layout, model, env, number)
    else:
        start_action_server(supervisor, layout, env, number)
    if wait:
        supervisor.wait_ready(timeout=300)
