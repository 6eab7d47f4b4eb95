"""One Sanic app for the people-facing pages, run as its own process (`python -m bot web`).

Each feature brings its own blueprint: the widget's demo page and script
(bot/web/widget.py) and the staff review app (bot/staff/), when present.
"""
from __future__ import annotations

import importlib
import logging

from sanic import Sanic, response

from bot.channels.incoming import MAX_BODY_BYTES
from bot.logs import install_carer_safe_logging

# Modules that each define `blueprint`; a feature that is not built yet is skipped.
BLUEPRINT_MODULES = ("bot.web.widget", "bot.staff.routes", "bot.staff.directory_routes", "bot.openreferral.api")


def create_app(name: str = "carers_bot_web") -> Sanic:
    app = Sanic(name)
    app.config.REQUEST_MAX_SIZE = MAX_BODY_BYTES

    @app.get("/health")
    async def health(_request):
        return response.json({"status": "ok"})

    for module_name in BLUEPRINT_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        app.blueprint(module.blueprint)
    return app


def serve(port: int, host: str) -> None:
    # The project's own messages (retention runs, failures) at INFO, in the same form as
    # the other servers', and through the filter that keeps carers' words out.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-8s %(name)s  - %(message)s")
    app = create_app()
    app.register_listener(lambda _app, _loop: install_carer_safe_logging(), "before_server_start")
    app.run(host=host, port=port, access_log=False)
