"""Exporting conversations, masked, as CSV (one row per message) or JSON (one object per
conversation). Nothing here can export unmasked text."""
from __future__ import annotations

import csv
import io
import json

from sqlalchemy.orm import Session

from bot.staff import labels, times
from bot.staff.review import transcript

MAX_CONVERSATIONS = 500  # an export is for reading, not for copying the whole database
CSV_COLUMNS = ("conversation_id", "channel", "started", "time", "speaker", "text", "intent", "confidence",
               "bot_response")


def transcripts(session: Session, conversation_ids: list[str]) -> list[transcript.Transcript]:
    found = (transcript.build(session, conversation_id, reveal=False) for conversation_id in conversation_ids)
    return [item for item in found if item is not None]


def as_csv(items: list[transcript.Transcript]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for item in items:
        for line in item.messages:
            writer.writerow([_cell(value) for value in (
                item.conversation_id, labels.channel(item.channel), times.iso(item.started_at), times.iso(line.at),
                "carer" if line.kind == "carer" else "bot", _text(line), line.intent,
                "" if line.confidence is None else f"{line.confidence:.2f}", line.technical)])
    return out.getvalue()


def as_json(items: list[transcript.Transcript]) -> str:
    return json.dumps({
        "masked": True,
        "exported_at": times.iso(times.utc_now()),
        "conversations": [{
            "conversation_id": item.conversation_id,
            "channel": labels.channel(item.channel),
            "started": times.iso(item.started_at),
            "last_message": times.iso(item.last_at),
            "situations": [labels.situation(key) for key in item.situations],
            "signposted": [labels.service(key) for key in item.signposted],
            "crisis": item.crisis,
            "callback_requests": [{"status": callback.status, "created": times.iso(callback.created_at)}
                                  for callback in item.callbacks],
            "messages": [{
                "time": times.iso(line.at),
                "speaker": "carer" if line.kind == "carer" else "bot",
                "text": _text(line),
                **({"intent": line.intent, "confidence": line.confidence} if line.kind == "carer" else {}),
            } for line in item.messages],
        } for item in items],
    }, indent=2, ensure_ascii=False)


def _text(line: transcript.Line) -> str:
    if line.pressed:
        return f"(pressed the button '{line.pressed}')"
    return transcript.plain(line.segments)


def _cell(value: str) -> str:
    """Spreadsheets run a cell that starts with = + - @ as a formula: a carer's message
    must never become one (CSV injection), so such a cell starts with a quote mark."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
