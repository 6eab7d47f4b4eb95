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
    """Every address is host:port. On one machine (`make cluster`) they are all loopback;
    with Docker (docker-compose.yml) the hosts are the services' names."""

    proxy_address: str
    actions_proxy_address: str
    rasa_servers: tuple[str, ...]
    action_servers: tuple[str, ...]
    web_server: str

    @classmethod
    def from_settings(cls, config: settings.Settings | None = None) -> "Layout":
        config = config or settings.load()
        return cls(config.proxy_address, config.actions_proxy_address, config.cluster_rasa_servers,
                   config.cluster_action_servers, config.cluster_web_server)

    @property
    def public_url(self) -> str:
        return f"http://{self.proxy_address}"

    @property
    def action_server_url(self) -> str:
        return f"http://{self.actions_proxy_address}/webhook"

    @staticmethod
    def port(address: str) -> int:
        return int(address.rsplit(":", 1)[1])


def _servers(addresses: tuple[str, ...]) -> str:
    return "\n".join(f"    server {address} max_fails=1 fail_timeout={FAIL_TIMEOUT};" for address in addresses)


def site(layout: Layout) -> str:
    """The http-level part: upstreams and servers (what a deployment includes)."""
    values = {"RASA_SERVERS": _servers(layout.rasa_servers), "ACTION_SERVERS": _servers(layout.action_servers),
              "WEB_ADDRESS": layout.web_server, "PROXY_ADDRESS": layout.proxy_address,
              "ACTIONS_PROXY_ADDRESS": layout.actions_proxy_address, "FAIL_TIMEOUT": FAIL_TIMEOUT}
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
