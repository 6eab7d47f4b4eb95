"""The demo host page with the chat widget (issue 5 replaces this placeholder page)."""
from __future__ import annotations

from sanic import Blueprint, response

from bot import settings

blueprint = Blueprint("widget")


@blueprint.get("/")
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
