"""One Sanic app for the people-facing pages, run as its own process (`python -m bot web`):
the widget's demo page and script, the staff app and the Open Referral UK API. The
blueprints and the erasers the staff app runs come from bot/wiring.py."""
from __future__ import annotations

import logging

from sanic import Sanic, response

from bot import wiring
from bot.channels.incoming import MAX_BODY_BYTES
from bot.logs import install_carer_safe_logging


def create_app(name: str = "carers_bot_web") -> Sanic:
    app = Sanic(name)
    app.config.REQUEST_MAX_SIZE = MAX_BODY_BYTES

    @app.get("/health")
    async def health(_request):
        return response.json({"status": "ok"})

    app.ctx.erasers = wiring.ERASERS
    for blueprint in wiring.BLUEPRINTS:
        app.blueprint(blueprint)
    return app


def serve(port: int, host: str) -> None:
    # The project's own messages (retention runs, failures) at INFO, in the same form as
    # the other servers', and through the filter that keeps carers' words out.
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-8s %(name)s  - %(message)s")
    app = create_app()
    app.register_listener(lambda _app, _loop: install_carer_safe_logging(), "before_server_start")
    app.run(host=host, port=port, access_log=False)
