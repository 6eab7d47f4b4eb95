"""The chat widget as a test sees it: a small page object over Playwright.

Playwright's CSS selectors reach into the widget's open shadow root by themselves.
"""
from __future__ import annotations

import json
import re

from playwright.sync_api import Page, expect

STORAGE_KEY = "lambeth-carers-chat"
REPLY_TIMEOUT_MS = 90_000

# The element that has keyboard focus, looking inside shadow roots.
DEEP_ACTIVE_ELEMENT = """() => {
  let element = document.activeElement;
  while (element && element.shadowRoot && element.shadowRoot.activeElement) element = element.shadowRoot.activeElement;
  return element;
}"""

# Where the focused element is, whether its focus indicator shows, and whether anything
# (the widget, above all) covers it: the topmost element at five points inside it must
# be the element itself or something inside it.
FOCUS_REPORT = """() => {
  let element = document.activeElement;
  let root = document;
  while (element && element.shadowRoot && element.shadowRoot.activeElement) {
    root = element.shadowRoot;
    element = element.shadowRoot.activeElement;
  }
  if (!element || element === document.body) return null;
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  // A link that wraps has one box per line: test the middle of each; a block, its
  // middle and four corners.
  const lines = [...element.getClientRects()].filter(r => r.width > 2 && r.height > 2);
  const inset = Math.min(3, box.width / 4, box.height / 4);
  const points = lines.length > 1
    ? lines.map(r => [r.left + r.width / 2, r.top + r.height / 2])
    : [[box.left + box.width / 2, box.top + box.height / 2],
       [box.left + inset, box.top + inset], [box.right - inset, box.top + inset],
       [box.left + inset, box.bottom - inset], [box.right - inset, box.bottom - inset]];
  const covered = points.filter(([x, y]) => {
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return true;
    const top = root.elementFromPoint(x, y);
    return !(top && (top === element || element.contains(top)));
  }).length;
  return {
    tag: element.tagName.toLowerCase(),
    text: (element.innerText || element.value || element.getAttribute('aria-label') || '').trim().slice(0, 60),
    className: String(element.className || ''),
    inWidget: root !== document,
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    shadow: style.boxShadow !== 'none',
    coveredPoints: covered,
    width: box.width, height: box.height,
  };
}"""


class WidgetPage:
    def __init__(self, page: Page, base_url: str) -> None:
        self.page = page
        self.base_url = base_url
        self.toggle = page.locator(".toggle")
        self.leave = page.locator(".leave")
        self.panel = page.locator("#carers-chat-panel")
        self.input = page.locator("#carers-chat-message")
        self.bot_messages = page.locator("#carers-chat-panel .messages .message.bot .text")
        self.user_messages = page.locator("#carers-chat-panel .messages .message.user .text")
        self.notices = page.locator("#carers-chat-panel .message.notice")
        self.quick_replies = page.locator(".quick-replies .quick-reply")
        self.announcer = page.locator(".announcer")
        self.typing = page.locator(".typing")

    @classmethod
    def open(cls, page: Page, base_url: str) -> "WidgetPage":
        widget = cls(page, base_url)
        page.goto(base_url + "/")
        expect(widget.toggle).to_be_visible()
        return widget

    # --- actions ---------------------------------------------------------------------------

    def open_chat(self) -> None:
        self.toggle.click()
        expect(self.panel).to_be_visible()
        self.settle()

    def settle(self) -> None:
        """Waits for the panel's opening animation to end (axe measures contrast mid-fade)."""
        self.page.evaluate("""() => Promise.all(document.querySelector('#lambeth-carers-chat').shadowRoot
            .querySelector('.panel').getAnimations().map(animation => animation.finished))""")

    def send(self, text: str) -> None:
        self.input.fill(text)
        self.input.press("Enter")

    def watch_typing(self) -> None:
        """Records whether the typing indicator is ever shown from now on."""
        self.page.evaluate("""() => {
          const typing = document.querySelector('#lambeth-carers-chat').shadowRoot.querySelector('.typing');
          window.__typingShown = false;
          new MutationObserver(() => { if (!typing.hidden) window.__typingShown = true; })
            .observe(typing, { attributes: true, attributeFilter: ['hidden'] });
        }""")

    def typing_was_shown(self) -> bool:
        return self.page.evaluate("() => window.__typingShown === true")

    def wait_for_bot_text(self, pattern: str, after: int = 0) -> str:
        """Waits until a bot message after the first `after` ones matches; returns its text."""
        regex = re.compile(pattern, re.I)
        self.page.wait_for_function(
            """([after, source]) => {
              const root = document.querySelector('#lambeth-carers-chat').shadowRoot;
              const texts = [...root.querySelectorAll('.messages .message.bot .text')].slice(after).map(m => m.innerText);
              return texts.some(text => new RegExp(source, 'i').test(text));
            }""",
            arg=[after, pattern], timeout=REPLY_TIMEOUT_MS,
        )
        return next(text for text in self.bot_messages.all_inner_texts()[after:] if regex.search(text))

    # --- what is on the page ---------------------------------------------------------------

    def conversation(self) -> list[tuple[str, str]]:
        """(who, text) for every message in the panel, greeting included."""
        return self.page.evaluate("""() => [...document.querySelector('#lambeth-carers-chat').shadowRoot
            .querySelectorAll('.messages .message')].map(m => [m.classList[1], m.querySelector('.text')
            ? m.querySelector('.text').innerText : m.innerText])""")

    def stored(self) -> dict | None:
        raw = self.page.evaluate(f"() => sessionStorage.getItem('{STORAGE_KEY}')")
        return json.loads(raw) if raw else None

    def links(self, selector: str = ".messages .message") -> list[dict]:
        return self.page.evaluate(
            """(selector) => [...document.querySelector('#lambeth-carers-chat').shadowRoot
                .querySelectorAll(selector + ' a')].map(a => ({href: a.getAttribute('href'), text: a.textContent,
                target: a.target, rel: a.rel}))""",
            selector,
        )

    def focus(self) -> dict | None:
        return self.page.evaluate(FOCUS_REPORT)

    def focused_element_class(self) -> str:
        return self.page.evaluate(f"() => {{ const e = ({DEEP_ACTIVE_ELEMENT})(); return e ? String(e.className) : ''; }}")
