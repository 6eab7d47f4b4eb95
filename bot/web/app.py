"""One small Sanic app for the people-facing pages: the widget demo page now, the
staff review app later. It runs as its own process (`python -m bot web`)."""
from __future__ import annotations

from sanic import Sanic, response

from bot import settings


def create_app() -> Sanic:
    app = Sanic("carers_bot_web")

    @app.get("/health")
    async def health(_request):
        return response.json({"status": "ok"})

    @app.get("/")
    async def home(_request):
        rasa_url = settings.load().rasa_url
        return response.html(
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            "<title>Support for carers in Lambeth</title></head><body>"
            "<main><h1>Support for carers in Lambeth</h1>"
            f"<p>The chat bot answers at <code>{rasa_url}/webhooks/rest/webhook</code>.</p></main>"
            "</body></html>"
        )

    return app


def serve(port: int, host: str) -> None:
    create_app().run(host=host, port=port, access_log=False, single_process=True)
