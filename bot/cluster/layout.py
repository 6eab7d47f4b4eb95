"""Two of everything behind nginx, on one machine (`make cluster`): where each process
listens, and nginx's configuration for them (deploy/nginx-cluster.conf, rendered).

Rasa's documented way to scale: several Rasa servers sharing a SQL tracker store
(PostgreSQL) and a Redis lock store behind a load balancer. The Rasa servers reach the
action servers through nginx too, so a dead action server is skipped the same way.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot import settings
from bot.settings import PROJECT_ROOT

TEMPLATE = PROJECT_ROOT / "deploy" / "nginx-cluster.conf"
FAIL_TIMEOUT = "5s"  # how long nginx leaves a server that refused a connection alone


@dataclass(frozen=True)
class Layout:
    proxy_host: str
    proxy_port: int
    actions_proxy_port: int
    rasa_ports: tuple[int, ...]
    action_ports: tuple[int, ...]
    web_port: int

    @classmethod
    def from_settings(cls, config: settings.Settings | None = None) -> "Layout":
        config = config or settings.load()
        return cls(config.proxy_host, config.proxy_port, config.actions_proxy_port, config.cluster_rasa_ports,
                   config.cluster_action_ports, config.web_port)

    @property
    def public_url(self) -> str:
        return f"http://{self.proxy_host}:{self.proxy_port}"

    @property
    def action_server_url(self) -> str:
        return f"http://127.0.0.1:{self.actions_proxy_port}/webhook"


def _servers(ports: tuple[int, ...]) -> str:
    return "\n".join(f"    server 127.0.0.1:{port} max_fails=1 fail_timeout={FAIL_TIMEOUT};" for port in ports)


def site(layout: Layout) -> str:
    """The http-level part: upstreams and servers (what a deployment includes)."""
    values = {"RASA_SERVERS": _servers(layout.rasa_ports), "ACTION_SERVERS": _servers(layout.action_ports),
              "WEB_ADDRESS": f"127.0.0.1:{layout.web_port}", "PROXY_ADDRESS": f"{layout.proxy_host}:{layout.proxy_port}",
              "ACTIONS_PROXY_ADDRESS": f"127.0.0.1:{layout.actions_proxy_port}", "FAIL_TIMEOUT": FAIL_TIMEOUT}
    text = TEMPLATE.read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    if "{{" in text:
        raise ValueError(f"{TEMPLATE.name} names a setting the cluster does not know: {text[text.index('{{'):][:40]}")
    return text


def main_config(layout: Layout, folder: Path, as_root: bool) -> str:
    """A whole nginx.conf for running the site in the foreground from `folder` (logs,
    pid and temporary files there), as `make cluster` does."""
    temp = "\n".join(f"    {name}_temp_path {folder / (name + '_temp')};"
                     for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    user = "user root;\n" if as_root else ""  # workers must write the temp folders the master made
    return (f"{user}worker_processes 1;\ndaemon off;\npid {folder / 'nginx.pid'};\n"
            f"error_log {folder / 'nginx-error.log'} warn;\n"
            "events { worker_connections 1024; }\n"
            f"http {{\n{temp}\n    access_log off;\n" + site(layout) + "}\n")
