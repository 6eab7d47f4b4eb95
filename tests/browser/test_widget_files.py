"""The widget loads only from this project, and every number it shows is the directory's."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import requests

from bot.directory.schema import read_directory
from bot.web import widget
from tests.browser.widget_page import WidgetPage

# A UK phone number written out: 0… with 10-11 digits, or a short service number.
TYPED_NUMBER = re.compile(r"(?<![\w#.-])(?:0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}|999|111|116 ?123|85258)(?![\w-])")


def test_no_phone_number_is_typed_into_the_widget_or_demo_page():
    typed = {}
    for path in sorted(widget.STATIC_DIR.rglob("*")):
        if path.suffix in (".js", ".css", ".html"):
            found = TYPED_NUMBER.findall(path.read_text(encoding="utf-8"))
            if found:
                typed[str(path.relative_to(widget.STATIC_DIR))] = found
    assert typed == {}


def test_the_widget_page_and_files_forbid_content_sniffing(web_app):
    for path in ("/", "/widget/config.json", "/widget/carers-chat.js"):
        reply = requests.get(f"{web_app.base}{path}", timeout=10)
        assert reply.status_code == 200, path
        assert reply.headers.get("X-Content-Type-Options") == "nosniff", path


def test_config_gives_the_directory_contacts(web_app, hub):
    config = requests.get(f"{web_app.base}/widget/config.json", timeout=10).json()
    assert config["hub"]["phone"] == hub.phone and config["hub"]["email"] == hub.email
    assert config["emergency_phone"] == hub.emergency_phone
    directory = read_directory()
    numbers = {c.value for _s, c in directory.all_contacts() if c.verified and c.channel in ("phone", "text")}
    assert {entry["number"] for entry in config["phone_numbers"]} >= numbers


def test_every_request_goes_to_this_project_only(new_context, web_app, stack, hub):
    context = new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("websocket", lambda socket: requested.append(socket.url))
    refused: list[str] = []
    page.on("console", lambda message: message.type == "error" and refused.append(message.text))

    response = page.goto(web_app.base + "/")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    chat = WidgetPage(page, web_app.base)
    chat.open_chat()
    chat.send("I look after my mum and I need a break")
    chat.wait_for_bot_text(hub.pattern, after=1)

    allowed = {urlsplit(web_app.base).netloc, f"127.0.0.1:{stack.rasa_port}"}
    hosts = {urlsplit(url).netloc for url in requested}
    assert hosts == allowed, sorted(requested)
    assert any("/socket.io/" in url for url in requested), "the widget did not use the socket.io channel"
    assert refused == [], "the browser refused or failed something"
