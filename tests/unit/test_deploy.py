"""The deployment files: nginx accepts the cluster's configuration as `make cluster`
renders it, and docker-compose.yml has the cluster's shape and passes `docker compose
config` (Docker's own check; there is no Docker daemon here)."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest
import yaml

from bot.cluster.layout import Layout, main_config, site
from bot.settings import PROJECT_ROOT

SECRETS = {"POSTGRES_PASSWORD": "x", "RASA_API_TOKEN": "x", "ACTION_SERVER_TOKEN": "x", "PSEUDONYM_SECRET": "x"}


def test_nginx_accepts_the_cluster_configuration(tmp_path):
    if shutil.which("nginx") is None:
        pytest.skip("Debian's nginx is not installed (.ci/run installs it)")
    layout = Layout("127.0.0.1:18080", "127.0.0.1:15055", ("127.0.0.1:15006", "127.0.0.1:15007"),
                    ("127.0.0.1:15056", "127.0.0.1:15057"), "127.0.0.1:18000")
    config = tmp_path / "nginx.conf"
    config.write_text(main_config(layout, tmp_path, as_root=os.geteuid() == 0))
    checked = subprocess.run(["nginx", "-t", "-p", str(tmp_path), "-c", str(config)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    rendered = site(layout)
    assert rendered.count("server 127.0.0.1:1500") == 4 and "ip_hash" in rendered  # both servers, twice
    assert "/conversations" not in rendered.split("location")[1]  # Rasa's HTTP API is never proxied


def compose_config() -> dict:
    command = ["docker", "compose"] if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0 \
        else ["docker-compose"]
    if shutil.which(command[0]) is None:
        pytest.skip("neither `docker compose` nor docker-compose is installed (.ci/run installs docker-compose)")
    done = subprocess.run([*command, "config"], capture_output=True, text=True, cwd=PROJECT_ROOT,
                          env={**os.environ, **SECRETS})
    assert done.returncode == 0, done.stderr
    return yaml.safe_load(done.stdout)


def test_docker_compose_has_the_clusters_shape():
    services = compose_config()["services"]
    assert {"postgres", "redis", "rasa-1", "rasa-2", "actions-1", "actions-2", "web", "nginx", "prepare"} <= set(services)
    assert list(services["nginx"]["ports"]) and all("ports" not in services[name] for name in services if name != "nginx")
    environment = services["rasa-1"]["environment"]
    assert environment["DATABASE_URL"].startswith("postgresql://") and environment["REDIS_URL"].startswith("redis://")
    layout = Layout(environment["PROXY_ADDRESS"], environment["ACTIONS_PROXY_ADDRESS"],
                    tuple(environment["CLUSTER_RASA_SERVERS"].split()), tuple(environment["CLUSTER_ACTION_SERVERS"].split()),
                    environment["CLUSTER_WEB_SERVER"])
    rendered = site(layout)  # the same nginx configuration, with the services' names
    assert "server rasa-1:5005" in rendered and "server actions-2:5055" in rendered
    assert environment["ACTION_SERVER_URL"] == f"http://nginx:{Layout.port(environment['ACTIONS_PROXY_ADDRESS'])}/webhook"


def test_docker_compose_refuses_to_start_without_its_secrets():
    if shutil.which("docker-compose") is None and shutil.which("docker") is None:
        pytest.skip("docker-compose is not installed")
    command = ["docker-compose"] if shutil.which("docker-compose") else ["docker", "compose"]
    done = subprocess.run([*command, "config"], capture_output=True, text=True, cwd=PROJECT_ROOT,
                          env={key: value for key, value in os.environ.items() if key not in SECRETS})
    assert done.returncode != 0 and "set it in .env" in done.stderr
