"""What plugs into what, listed once and passed in where it is used.

- ERASERS: what each feature stores per conversation, deleted with it by every erasure
  (a carer's request in the chat, the staff app, the retention run).
- BLUEPRINTS: the web app's pages (bot/web/app.py).
"""
from __future__ import annotations

from bot.handoff.callback_requests import erase_callback_requests
from bot.openreferral import api as openreferral_api
from bot.staff.admin import routes as admin_pages
from bot.staff.admin.erasers import erase_conversation_index
from bot.staff.directory import routes as directory_pages
from bot.staff.review import routes as review_pages
from bot.staff.signin import routes as signin_pages
from bot.web import widget

ERASERS = (erase_callback_requests, erase_conversation_index)
BLUEPRINTS = (widget.blueprint, signin_pages.blueprint, review_pages.blueprint, admin_pages.blueprint,
              directory_pages.blueprint, openreferral_api.blueprint)
