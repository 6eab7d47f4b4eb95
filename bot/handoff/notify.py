"""Telling Carers' Hub's own systems that a callback request is waiting (optional).

Only the request number and when it was made are sent, never the carer's details:
staff read those in the staff app. The stored request stands whatever happens here.
"""
from __future__ import annotations

import datetime as dt
import logging
import time

import requests

logger = logging.getLogger(__name__)
TIMEOUT_SECONDS = 3
ATTEMPTS = 3


def notify(webhook_url: str, request_id: int, created_at: dt.datetime) -> tuple[bool, str]:
    """POST {"callback_request": id, "created_at": ...}; returns (delivered, error)."""
    body = {"event": "callback_request", "callback_request": request_id, "created_at": created_at.isoformat() + "Z"}
    error = ""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            reply = requests.post(webhook_url, json=body, timeout=TIMEOUT_SECONDS)
            if reply.status_code < 300:
                return True, ""
            error = f"HTTP {reply.status_code}"
        except requests.RequestException as exc:
            error = type(exc).__name__
        logger.warning("Callback webhook attempt %d/%d for request %d failed: %s", attempt, ATTEMPTS, request_id, error)
        if attempt < ATTEMPTS:
            time.sleep(0.5 * attempt)
    return False, error
