"""What the servers may write to their logs: conversation ids and kinds of error, never a
carer's words, name or number.

Rasa 3.6 logs the whole message when understanding fails, and its structured logger
prints tracebacks with their local variables (the message, the tracker). Twilio's client
logs every request it sends, numbers and text included. Here:
- structured log events keep their name and level, numbers and a few named fields that
  hold no carer's words; everything else is dropped;
- a traceback keeps the kind of error and where it happened, not its message or variables;
- secrets in URLs (`token=...`) are hidden;
- the Twilio client's request log is off, and so are other libraries' debug lines (Rasa's
  print parse results and trackers), whatever LOG_LEVEL says.
The start-up deprecation warnings of Rasa's dependencies are filtered where they come
from, so "Ready" is not buried; real errors still show.
"""
from __future__ import annotations

import logging
import re
import sys
import traceback
import warnings
from types import TracebackType
from typing import Any, Optional

# Structured-log fields that never hold what a carer wrote.
SAFE_FIELDS = frozenset({
    "event", "level", "timestamp", "logger", "sender_id", "conversation_id", "action_name", "action",
    "policy_name", "intent_name", "model", "status", "error", "error_kind", "exc_kind", "where",
})
_TOKEN_IN_URL = re.compile(r"((?:token|auth_token|access_token)=)[^&\s'\"]+", re.IGNORECASE)
# SQLAlchemy quotes the values of a failed statement; the engines hide them (bot/storage/db.py),
# and this removes any that another engine lets through.
_SQL_VALUES = re.compile(r"\[parameters: .*?(?=\n\(Background|\Z)", re.DOTALL)


def hide_secrets(text: str) -> str:
    return _SQL_VALUES.sub("[parameters hidden]", _TOKEN_IN_URL.sub(r"\1[hidden]", text))


def traceback_summary(exc_type: Optional[type], tb: Optional[TracebackType]) -> str:
    """The kind of error and the frames it passed through, without the message or locals."""
    kind = exc_type.__name__ if exc_type else "Error"
    frames = [f"{frame.filename.rsplit('/site-packages/', 1)[-1]}:{frame.lineno} in {frame.name}"
              for frame in traceback.extract_tb(tb)[-8:]] if tb else []
    return f"{kind} (at {' <- '.join(reversed(frames)) or 'unknown place'})"


def scrub_structlog_event(_logger: Any, _method: str, event: dict) -> dict:
    """A structlog processor: keeps safe fields and numbers; an exception becomes its summary."""
    exc_info = event.pop("exc_info", None)
    kept: dict = {}
    for key, value in event.items():
        if key in SAFE_FIELDS and isinstance(value, str):
            kept[key] = hide_secrets(value)[:200]
        elif isinstance(value, (bool, int, float)) or value is None:
            kept[key] = value
    if exc_info:
        if exc_info is True:
            exc_info = sys.exc_info()
        elif isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        kept["error_kind"] = traceback_summary(exc_info[0], exc_info[2])
    return kept


class CarerSafeFilter(logging.Filter):
    """On every handler: exception messages and variables out, secrets in URLs hidden."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.INFO and not record.name.startswith(("bot.", "actions.")):
            # Rasa's and its libraries' debug lines print parse results and whole trackers.
            return False
        if record.exc_info:
            exc_type, _value, tb = record.exc_info
            record.msg = f"{record.getMessage()} [{traceback_summary(exc_type, tb)}]"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        message = record.getMessage()
        if "token=" in message.lower() or "[parameters: " in message:
            record.msg, record.args = hide_secrets(message), ()
        return True


def install_carer_safe_logging() -> None:
    """Attach the filter to every handler that exists now, and keep Twilio's request log off."""
    safe = CarerSafeFilter()
    loggers = [logging.getLogger()] + [
        candidate for candidate in logging.Logger.manager.loggerDict.values() if isinstance(candidate, logging.Logger)
    ]
    for logger in loggers:
        for handler in logger.handlers:
            if not any(isinstance(existing, CarerSafeFilter) for existing in handler.filters):
                handler.addFilter(safe)
    logging.getLogger("twilio").setLevel(logging.WARNING)  # it logs each message's number and text


def quiet_start_up_warnings() -> None:
    """Deprecation warnings raised inside Rasa's dependencies (TensorFlow, Sanic, pkg_resources
    and the rest): nothing this project can act on. Those from the project's own modules
    still show, and so does every other kind of warning and error."""
    # Importing Sanic puts a "show DeprecationWarning once" filter first; import it before
    # adding these, so that they come first.
    import sanic  # noqa: F401

    dependencies = r"(?!bot\b|actions\b|tests\b).*"
    for category in (DeprecationWarning, PendingDeprecationWarning):
        warnings.filterwarnings("ignore", category=category, module=dependencies)
    # Warnings attributed to the frame that imported something are matched by their text.
    for text in (r".*pkg_resources.*", r".*declare_namespace.*", r".*load_module\(\).*", r".*distutils.*"):
        warnings.filterwarnings("ignore", category=DeprecationWarning, message=text)
