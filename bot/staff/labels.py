"""Plain-English names for what staff see: channels, the bot's actions, situations and services."""
from __future__ import annotations

from bot import situations

CHANNEL_LABELS = {
    "web": "Website chat",
    "rest": "Web (direct)",
    "sms": "SMS",
    "whatsapp": "WhatsApp",
}

ACTION_LABELS = {
    "action_session_start": "Started a new session",
    "action_greet": "Said hello and explained what it keeps",
    "action_signpost": "Named organisations that fit",
    "action_crisis_response": "Gave the crisis contacts",
    "action_offer_person": "Offered a person at Carers' Hub",
    "action_out_of_scope": "Said this is outside what it can help with",
    "action_default_fallback": "Did not understand",
    "action_explain_privacy": "Explained what it keeps and for how long",
    "action_delete_conversation": "Deleted the conversation on request",
    "callback_form": "Asked for callback details",
    "action_deactivate_loop": "Stopped asking for callback details",
    "action_submit_callback": "Saved the callback request",
}
# Actions that change nothing a reviewer needs to see.
QUIET_ACTIONS = frozenset({"action_listen", "action_unlikely_intent"})


def channel(value: str) -> str:
    return CHANNEL_LABELS.get(value, value or "Unknown")


def channel_of(input_channel: str | None, conversation_id: str) -> str:
    """The channel a conversation came in on; SMS and WhatsApp share Twilio's channel
    but their conversation ids say which."""
    if input_channel == "twilio":
        return "whatsapp" if conversation_id.startswith("whatsapp-") else "sms"
    if input_channel == "socketio":
        return "web"
    return input_channel or ""


def action(name: str) -> str:
    if name in ACTION_LABELS:
        return ACTION_LABELS[name]
    if name.startswith("utter_"):
        return "Sent a set reply"
    if name.startswith("action_ask_"):
        return "Asked a question"
    if name.startswith("validate_"):
        return "Checked an answer"
    return name.replace("_", " ")


def situation(key: str) -> str:
    return situations.BY_KEY[key].label if key in situations.BY_KEY else key


def situation_options() -> list[tuple[str, str]]:
    return [(item.key, item.label) for item in situations.SITUATIONS]


def organisation(service_id: str) -> str:
    """The organisation behind a directory service id (what the bot signposted)."""
    from bot.directory import queries

    service = queries.current().services.get(service_id)
    return service.organisation_name if service else service_id


def service(service_id: str) -> str:
    from bot.directory import queries

    found = queries.current().services.get(service_id)
    return found.name if found else service_id


def keys(packed: str) -> list[str]:
    """',a,b,' -> ['a', 'b'] (how the index stores lists)."""
    return [item for item in (packed or "").split(",") if item]


def pack(items) -> str:
    items = [item for item in items if item]
    return "," + ",".join(items) + "," if items else ""


def directory_value(value) -> str:
    """An old or new value in a service's history, readable: a contact as one line."""
    if value is None:
        return "(none)"
    if isinstance(value, dict):
        state = "verified" if value.get("verified") else "unverified"
        return f"{value.get('channel')}: {value.get('value')} ({state}, checked {value.get('checked')}, " \
               f"source {value.get('source') or 'none'})"
    if isinstance(value, list):
        return ", ".join(situation(key) if key in situations.KEYS else str(key) for key in value) or "(none)"
    return str(value)
