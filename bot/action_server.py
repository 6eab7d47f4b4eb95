"""The action server: rasa-sdk's, started so that only the Rasa server can use it.

`python -m bot.action_server --port 5055` is `python -m rasa_sdk --actions actions` with:
- every request but /health must carry the shared secret (bot/tokens.py) as
  `Authorization: Bearer <token>`; without it the answer is 401 and no action runs;
- it listens on ACTIONS_HOST, 127.0.0.1 unless set;
- request bodies are capped (MAX_BODY_BYTES);
- a failing action is logged by name and error kind only, and the reply does not echo
  the request (rasa-sdk's own handler sends the whole tracker back and logs it).
"""
from __future__ import annotations

import argparse
import hmac
import logging

from bot.logs import quiet_start_up_warnings

quiet_start_up_warnings()  # before rasa-sdk's imports, which raise most of them

from rasa_sdk import utils  # noqa: E402
from rasa_sdk.endpoint import create_app  # noqa: E402
from sanic import Sanic, response  # noqa: E402
from sanic.request import Request  # noqa: E402

from bot import languages, settings, tokens  # noqa: E402
from bot.dialogue import names, translations  # noqa: E402
from bot.logs import install_carer_safe_logging  # noqa: E402


logger = logging.getLogger(__name__)

# A tracker holds a whole conversation, and one message may be up to the channels' body
# cap (bot/channels/incoming.py), so this is larger than that.
MAX_BODY_BYTES = 16 * 1024 * 1024
OPEN_PATHS = frozenset({"/health"})


def bearer_token(request: Request) -> str:
    scheme, _, value = (request.headers.get("Authorization") or "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def language_of(request: Request) -> str:
    """The slot `language` of the tracker an action call carries, if it is one the bot speaks."""
    try:
        slots = ((request.json or {}).get("tracker") or {}).get("slots") or {}
    except Exception:  # noqa: BLE001 - a malformed body is refused by rasa-sdk itself
        return languages.ENGLISH
    return languages.supported_or_english(slots.get(names.LANGUAGE) if isinstance(slots, dict) else None)


def build_app(token: str) -> Sanic:
    if not token:
        raise ValueError("the action server needs a secret token")
    app = create_app("actions", cors_origins=None)
    app.config.REQUEST_MAX_SIZE = MAX_BODY_BYTES

    @app.on_request
    async def require_token(request: Request):
        if request.path in OPEN_PATHS:
            return None
        if not hmac.compare_digest(bearer_token(request).encode(), token.encode()):
            logger.warning("Refused a %s %s without a valid action server token.", request.method, request.path)
            return response.json({"error": "a valid action server token is required"}, status=401)
        return None

    @app.on_request
    async def speak_the_conversations_language(request: Request):
        # Every reply of this request is said in the conversation's language (the slot
        # `language`, bot/languages.py): `_()` in bot/dialogue/replies/ reads it.
        if request.path == "/webhook":
            translations.speak(language_of(request))
        return None

    @app.exception(Exception)
    async def failed(request: Request, exception: Exception):
        # Names the action and the kind of error, never the tracker: it holds the carer's words.
        action = ""
        try:
            action = str((request.json or {}).get("next_action", ""))[:80]
        except Exception:  # noqa: BLE001 - the body itself may be what failed
            pass
        logger.error("Action %r failed: %s", action, type(exception).__name__)
        status = getattr(exception, "status_code", 500)
        return response.json({"error": type(exception).__name__, "action_name": action}, status=status)

    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot.action_server")
    parser.add_argument("--port", type=int, default=settings.load().action_server_port)
    args = parser.parse_args(argv)
    utils.configure_colored_logging("INFO")
    utils.update_sanic_log_level()
    install_carer_safe_logging()
    host = settings.load().actions_host
    app = build_app(tokens.action_server_token())
    logger.info("Action server listening on http://%s:%s", host, args.port)
    app.run(host=host, port=args.port, workers=1, access_log=False)


if __name__ == "__main__":
    main()
