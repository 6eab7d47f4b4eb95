// The widget's screen: a bar with "Leave this site quickly" and "Chat with us", and the
// chat panel. It lives in a shadow root, so the host page's styles cannot break it and
// its styles cannot leak onto the page. Every element is built with the DOM API; text
// from the bot or the user is only ever set as text.
//
// Every message and button carries the `lang` of the language it is written in, so that
// screen readers speak it with the right voice; the widget's own words are marked English.

import { buttonLang, cleanLang, DEFAULT_LANG } from "./languages.js";
import { LABELS, LANGUAGES, WIDGET_LANG } from "./wording.js";

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

function hiddenText(text, props = {}) {
  return h("span", { className: "visually-hidden", ...props }, text);
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

  // The Language control: a button that shows the languages the bot speaks, each a
  // button named in its own language (a disclosure, so focus stays where the carer put it).
  const languageButton = h(
    "button",
    { type: "button", className: "language-toggle", "aria-expanded": "false", "aria-controls": "carers-chat-languages" },
    LABELS.language,
  );
  const languageChoices = LANGUAGES.map((language) => {
    const choice = h("button", { type: "button", className: "language-choice", lang: language.code }, language.name);
    choice.addEventListener("click", () => {
      handlers.chooseLanguage(language); // moves focus to the message box first
      showLanguages(false);
    });
    return choice;
  });
  const languageList = h(
    "div",
    { id: "carers-chat-languages", className: "language-list", role: "group", "aria-label": LABELS.language, hidden: true },
    ...languageChoices,
  );
  const languagePicker = h("div", { className: "language-picker" }, languageButton, languageList);

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
      h("div", { className: "header-actions" }, startAgainButton, languagePicker, closeButton),
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
  const dock = h("aside", { className: "dock", "aria-label": LABELS.region, lang: WIDGET_LANG }, bar, panel, announcer);
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

  function showLanguages(open, { focusButton = false } = {}) {
    languageList.hidden = !open;
    languageButton.setAttribute("aria-expanded", String(open));
    if (focusButton) languageButton.focus();
  }
  languageButton.addEventListener("click", () => showLanguages(languageList.hidden));
  languagePicker.addEventListener("keydown", (event) => {
    // Escape folds the list away first; pressed again, it closes the panel as elsewhere.
    if (event.key === "Escape" && !languageList.hidden) {
      event.stopPropagation();
      showLanguages(false, { focusButton: true });
    }
  });
  // The list is a passing choice: it folds away when focus or a click goes elsewhere.
  // (Focus going nowhere is a click on something that takes no focus, such as a
  // language in Safari: that click must still arrive.)
  languagePicker.addEventListener("focusout", (event) => {
    if (event.relatedTarget && !languagePicker.contains(event.relatedTarget)) showLanguages(false);
  });
  document.addEventListener("pointerdown", (event) => {
    if (!languageList.hidden && !event.composedPath().includes(languagePicker)) showLanguages(false);
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

  function bubble(who, text, lang) {
    const body = h("div", { className: "text", lang });
    body.append(who === "bot" ? linkify(text) : document.createTextNode(text));
    const label = hiddenText(who === "bot" ? LABELS.botSaid : LABELS.youSaid, { lang: WIDGET_LANG });
    return h("li", { className: `message ${who}`, lang }, label, body);
  }

  // `lang`: the language of the message the buttons came with.
  function showQuickReplies(buttons, lang = DEFAULT_LANG) {
    // The button in focus is about to go: keep keyboard focus in the chat.
    if (focusIsIn(quickReplies)) input.focus();
    quickReplies.replaceChildren(
      ...buttons.map((button) => {
        const chosen = { title: button.title, payload: button.payload, lang: buttonLang(button, lang) };
        const element = h("button", { type: "button", className: "quick-reply", lang: chosen.lang }, chosen.title);
        element.addEventListener("click", () => handlers.quickReply(chosen));
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
      if (!open) showLanguages(false);
      if (!open && focus) toggleButton.focus();
      if (open) showLatest();
    },

    showIntro({ notice, greeting }) {
      intro.replaceChildren(
        ...(notice ? [h("p", { className: "privacy" }, notice)] : []),
        h("p", { className: "hint" }, LABELS.leaveHint),
        ...(greeting ? [h("ol", { className: "messages" }, bubble("bot", greeting, DEFAULT_LANG))] : []),
      );
    },

    addMessage(message, { announce = false } = {}) {
      const lang = cleanLang(message.lang);
      const item = bubble(message.who, message.text, lang);
      messages.append(item);
      // The carer's turn ends the choice; a bot message with no buttons (such as the
      // privacy notice after a reply) leaves the last buttons in place.
      if (message.who === "user") showQuickReplies([]);
      else if (Array.isArray(message.buttons) && message.buttons.length) showQuickReplies(message.buttons, lang);
      // Screen readers hear "New reply:" and the words; a web address is read as "link".
      if (announce) {
        const words = String(message.text || "").replace(/https?:\/\/\S+/g, LABELS.link);
        this.announce(words, { lang, prefix: LABELS.newReply });
      }
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

    // `lang`: the language of `text`; `prefix` is the widget's own words before it.
    announce(text, { lang = WIDGET_LANG, prefix = "" } = {}) {
      const words = lang === WIDGET_LANG ? text : h("span", { lang }, text);
      announcer.append(h("p", {}, ...(prefix ? [`${prefix} `] : []), words));
      while (announcer.childElementCount > MAX_ANNOUNCEMENTS) announcer.firstElementChild.remove();
    },

    // Marks the conversation's language in the Language control.
    setLanguage(code) {
      for (const choice of languageChoices) {
        if (choice.lang === code) choice.setAttribute("aria-current", "true");
        else choice.removeAttribute("aria-current");
      }
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
