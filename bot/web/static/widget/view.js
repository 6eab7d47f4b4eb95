// The widget's screen: a bar with "Leave this site quickly" and "Chat with us", and the
// chat panel. It lives in a shadow root, so the host page's styles cannot break it and
// its styles cannot leak onto the page. Every element is built with the DOM API; text
// from the bot or the user is only ever set as text.

import { LABELS } from "./wording.js";

const MAX_ANNOUNCEMENTS = 5;

function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === "className" || name === "textContent" || name === "type" || name === "hidden") {
      element[name] = value;
    } else {
      element.setAttribute(name, value);
    }
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}

function hiddenText(text) {
  return h("span", { className: "visually-hidden" }, text);
}

export function createView({ base, linkify, handlers }) {
  const host = h("div", { id: "lambeth-carers-chat" });
  const root = host.attachShadow({ mode: "open" });

  const stylesheet = h("link", { rel: "stylesheet", href: new URL("carers-chat.css", base).href });

  const leaveButton = h("button", { type: "button", className: "leave" }, LABELS.leave);
  const toggleButton = h(
    "button",
    { type: "button", className: "toggle", "aria-expanded": "false", "aria-controls": "carers-chat-panel" },
    LABELS.open,
  );
  const bar = h("div", { className: "bar" }, leaveButton, toggleButton);

  const startAgainButton = h("button", { type: "button", className: "start-again" }, LABELS.startAgain);
  const closeButton = h("button", { type: "button", className: "close" }, LABELS.close);
  const status = h("p", { className: "status", hidden: true });
  const intro = h("div", { className: "intro" });
  const messages = h("ol", { className: "messages" });
  const typing = h(
    "div",
    { className: "typing", hidden: true },
    hiddenText(LABELS.typing),
    h("span", { className: "dot", "aria-hidden": "true" }),
    h("span", { className: "dot", "aria-hidden": "true" }),
    h("span", { className: "dot", "aria-hidden": "true" }),
  );
  const quickReplies = h("div", { className: "quick-replies", role: "group", "aria-label": LABELS.suggestions });
  quickReplies.hidden = true;
  const log = h(
    "div",
    // Focusable so keyboard users can scroll a long conversation.
    { className: "log", role: "region", "aria-label": LABELS.conversation, tabindex: "0" },
    intro, messages, typing, quickReplies,
  );
  const input = h("textarea", {
    id: "carers-chat-message", className: "message-input", rows: "2", maxlength: "2000", autocomplete: "off",
  });
  const sendButton = h("button", { type: "submit", className: "send" }, LABELS.send);
  const form = h(
    "form",
    { className: "composer" },
    h("label", { for: "carers-chat-message" }, LABELS.messageLabel),
    h("div", { className: "composer-row" }, input, sendButton),
  );
  const panel = h(
    "section",
    { id: "carers-chat-panel", className: "panel", role: "dialog", "aria-modal": "false", "aria-labelledby": "carers-chat-title", hidden: true },
    h(
      "div",
      { className: "panel-header" },
      h("h2", { id: "carers-chat-title" }, LABELS.title),
      h("div", { className: "header-actions" }, startAgainButton, closeButton),
    ),
    status,
    log,
    form,
  );
  // Reads new messages out to screen reader users; kept apart from the visible log so
  // a restored conversation is not read out again after a reload.
  const announcer = h("div", { className: "visually-hidden announcer", "aria-live": "polite" });
  // In the DOM the bar comes first, so "Leave this site quickly" is an early tab stop;
  // CSS shows it below the panel.
  const dock = h("aside", { className: "dock", "aria-label": LABELS.region }, bar, panel, announcer);
  dock.hidden = true; // until the stylesheet has loaded, to avoid a flash of unstyled widget
  const reveal = () => {
    dock.hidden = false;
    // A panel opened before the styles came (after a reload) had nothing to scroll yet.
    if (!panel.hidden) showLatest();
  };
  stylesheet.addEventListener("load", reveal);
  stylesheet.addEventListener("error", reveal);
  root.append(stylesheet, dock);

  leaveButton.addEventListener("click", () => handlers.leave());
  toggleButton.addEventListener("click", () => handlers.toggle());
  closeButton.addEventListener("click", () => handlers.close());
  startAgainButton.addEventListener("click", () => handlers.startAgain());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    handlers.send(input.value);
  });
  input.addEventListener("keydown", (event) => {
    // Enter sends; Shift+Enter starts a new line.
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      handlers.send(input.value);
    }
  });
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") handlers.close();
  });

  function focusIsIn(element) {
    return root.activeElement !== null && element.contains(root.activeElement);
  }

  // The first bubble of the bot's reply to the carer's last message: a reply can come as
  // several bubbles, such as a crisis card and then signposting.
  let replyStart = null;

  function scrollToShow(element) {
    // Someone moving through the conversation by keyboard keeps their place: jumping to a
    // new message would hide the link they are on (WCAG 2.4.11).
    if (focusIsIn(log)) return;
    // Show the start of a new message: a long reply is read from its top.
    log.scrollTop += element.getBoundingClientRect().top - log.getBoundingClientRect().top - 8;
  }

  function showLatest() {
    // The latest message and any buttons under it, at the bottom of the view.
    log.scrollTop = log.scrollHeight;
  }

  function bubble(who, text) {
    const body = h("div", { className: "text" });
    body.append(who === "bot" ? linkify(text) : document.createTextNode(text));
    return h("li", { className: `message ${who}` }, hiddenText(who === "bot" ? LABELS.botSaid : LABELS.youSaid), body);
  }

  function showQuickReplies(buttons) {
    // The button in focus is about to go: keep keyboard focus in the chat.
    if (focusIsIn(quickReplies)) input.focus();
    quickReplies.replaceChildren(
      ...buttons.map((button) => {
        const element = h("button", { type: "button", className: "quick-reply" }, button.title);
        element.addEventListener("click", () => handlers.quickReply(button));
        return element;
      }),
    );
    quickReplies.hidden = buttons.length === 0;
  }

  return {
    host,
    bar,
    panel,
    isOpen: () => !panel.hidden,

    setOpen(open, { focus = true } = {}) {
      panel.hidden = !open;
      dock.classList.toggle("open", open);
      toggleButton.setAttribute("aria-expanded", String(open));
      if (open && focus) input.focus();
      if (!open && focus) toggleButton.focus();
      if (open) showLatest();
    },

    showIntro({ notice, greeting }) {
      intro.replaceChildren(
        ...(notice ? [h("p", { className: "privacy" }, notice)] : []),
        h("p", { className: "hint" }, LABELS.leaveHint),
        ...(greeting ? [h("ol", { className: "messages" }, bubble("bot", greeting))] : []),
      );
    },

    addMessage(message, { announce = false } = {}) {
      const item = bubble(message.who, message.text);
      messages.append(item);
      // The carer's turn ends the choice; a bot message with no buttons (such as the
      // privacy notice after a reply) leaves the last buttons in place.
      if (message.who === "user") showQuickReplies([]);
      else if (Array.isArray(message.buttons) && message.buttons.length) showQuickReplies(message.buttons);
      // Screen readers hear "New reply:" and the words; a web address is read as "link".
      if (announce) this.announce(`${LABELS.newReply} ${String(message.text || "").replace(/https?:\/\/\S+/g, LABELS.link)}`);
      // The reply's later bubbles keep its first line in view: the emergency number at the
      // top of a crisis card must not scroll away under the signposting that follows it.
      if (message.who === "user") replyStart = null;
      else if (!replyStart) replyStart = item;
      scrollToShow(replyStart || item);
    },

    addNotice(text, { announce = true } = {}) {
      const item = h("li", { className: "message notice" });
      item.append(linkify(text));
      messages.append(item);
      if (announce) this.announce(text);
      scrollToShow(item);
      return item;
    },

    showQuickReplies,

    clearConversation() {
      messages.replaceChildren();
      replyStart = null;
      showQuickReplies([]);
      this.setTyping(false);
    },

    setTyping(on) {
      typing.hidden = !on;
      if (on && !focusIsIn(log)) log.scrollTop = log.scrollHeight;
    },

    setStatus(text) {
      status.textContent = text || "";
      status.hidden = !text;
    },

    announce(text) {
      announcer.append(h("p", {}, text));
      while (announcer.childElementCount > MAX_ANNOUNCEMENTS) announcer.firstElementChild.remove();
    },

    clearInput() {
      input.value = "";
    },

    focusInput() {
      input.focus();
    },

    destroy() {
      host.remove();
    },
  };
}
