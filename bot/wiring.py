"""What plugs into what, listed once and passed in where it is used.

- ERASERS: what each feature stores per conversation, deleted with it by every erasure
  (a carer's request in the chat, the staff app, the retention run).
- BLUEPRINTS: the web app's pages (bot/web/app.py).
"""
from __future__ import annotations

from bot.handoff.callback_requests import erase_callback_requests
from bot.openreferral import api as openreferral_api
from bot.staff import directory_routes, routes as staff_routes
from bot.staff.erasers import erase_conversation_index
from bot.web import widget

ERASERS = (erase_callback_requests, erase_conversation_index)
BLUEPRINTS = (widget.blueprint, staff_routes.blueprint, directory_routes.blueprint, openreferral_api.blueprint)
