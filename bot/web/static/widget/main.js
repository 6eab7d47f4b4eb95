// Puts the parts together: settings, stored conversation, connection, screen, quick exit.

import { loadConfig } from "./config.js";
import { connect } from "./connection.js";
import { guardFocus } from "./focus-guard.js";
import { buttonLang, chooseLanguagePayload, cleanLang, conversationLang } from "./languages.js";
import { makeLinker } from "./linkify.js";
import { leaveQuickly, watchShiftThrice } from "./quick-exit.js";
import { forgetEverything, freshState, loadState, saveState } from "./store.js";
import { createView } from "./view.js";
import { BACK_ONLINE, CONFIRM_START_AGAIN, LABELS, STARTED_AGAIN, noReplyText, offlineText } from "./wording.js";

// Long enough for a slow turn (action server, database), short enough not to leave a
// carer waiting in silence.
const REPLY_TIMEOUT_MS = 40000;

function buttonsOf(message, lang) {
  const list = Array.isArray(message.quick_replies) ? message.quick_replies : message.buttons;
  if (!Array.isArray(list)) return [];
  return list
    .filter((b) => b && typeof b.title === "string" && typeof b.payload === "string")
    .map((b) => ({ title: b.title, payload: b.payload, lang: buttonLang(b, lang) }));
}

export async function start(options) {
  const config = await loadConfig(options.base);
  const botUrl = options.botUrl || config?.bot_url || "";
  let state = loadState();
  let connection = null;
  let replyTimer = null;
  let outageShown = false; // one notice per outage, not one per reconnection attempt
  let lastNotice = null; // the notice at the end of the conversation, if any
  let offlineNotice = null;
  let sending = false;

  const view = createView({
    base: options.base,
    linkify: makeLinker(config?.phone_numbers || []),
    handlers: { toggle, close, send: sendTyped, quickReply, chooseLanguage, startAgain, leave },
  });
  document.body.prepend(view.host);
  guardFocus({ widgetHost: view.host, bar: view.bar, panel: view.panel, isOpen: view.isOpen, fold: () => setOpen(false, false) });
  watchShiftThrice(leave);

  function showIntro() {
    view.showIntro({ notice: config?.privacy_notice, greeting: config?.greeting?.text });
    if (state.messages.length === 0) view.showQuickReplies(config?.greeting?.buttons || []);
  }

  function notice(text) {
    lastNotice = view.addNotice(text);
  }

  function remember(message, announce) {
    state.messages.push(message);
    saveState(state);
    view.addMessage(message, { announce });
    if (message.who === "bot") view.setLanguage(message.lang);
    lastNotice = null;
  }

  function waitForReply(on) {
    clearTimeout(replyTimer);
    view.setTyping(on);
    if (on) {
      replyTimer = setTimeout(() => {
        view.setTyping(false);
        notice(noReplyText(config));
      }, REPLY_TIMEOUT_MS);
    }
  }

  function showOffline() {
    outageShown = true;
    waitForReply(false);
    view.setStatus(LABELS.notConnected);
    if (offlineNotice && lastNotice === offlineNotice) {
      view.announce(offlineText(config)); // already the last thing on screen: say it again only
    } else {
      notice(offlineText(config));
      offlineNotice = lastNotice;
    }
  }

  function onStatus(status) {
    if (status === "offline" && !outageShown) showOffline();
    if (status === "ready") {
      view.setStatus(null);
      if (outageShown) notice(BACK_ONLINE);
      outageShown = false;
    }
  }

  function onReply(message) {
    const text = typeof message.text === "string" ? message.text : "";
    const lang = cleanLang(message.lang); // the bot's first language when it does not say
    const buttons = buttonsOf(message, lang);
    if (!text && buttons.length === 0) return; // images and custom payloads: not used by this bot
    waitForReply(false);
    remember({ who: "bot", text, buttons, lang }, true);
  }

  function ensureConnection() {
    if (!connection) {
      connection = connect({ base: options.base, botUrl, sessionId: state.sessionId, onReply, onStatus });
    }
  }

  function setOpen(open, focus = true) {
    state.open = open;
    saveState(state);
    view.setOpen(open, { focus });
    if (open) ensureConnection();
  }

  function toggle() {
    setOpen(!view.isOpen());
  }

  function close() {
    setOpen(false);
  }

  // Shows `shown` as the carer's message, marked as written in `lang`, and sends `message`
  // (a button's payload, or the text). False when the bot cannot be reached: the carer is
  // told, and what they typed stays in the box.
  async function send(shown, message, lang) {
    if (sending) return false; // a second Enter while still connecting
    sending = true;
    try {
      ensureConnection();
      if (!(await connection.whenReady()) || !connection.send(message)) {
        showOffline();
        return false;
      }
      remember({ who: "user", text: shown, lang }, false);
      waitForReply(true);
      return true;
    } finally {
      sending = false;
    }
  }

  async function sendTyped(text) {
    const message = text.trim();
    // The carer writes in the language the bot last wrote in.
    if (message && (await send(message, message, conversationLang(state.messages)))) view.clearInput();
  }

  function quickReply(button) {
    view.focusInput(); // the buttons go away; keep keyboard focus in the chat
    send(button.title, button.payload, cleanLang(button.lang, conversationLang(state.messages)));
  }

  // The Language control: like the bot's own buttons for a language, the carer's bubble
  // shows the language's name ("Polski"), in that language.
  function chooseLanguage(language) {
    view.focusInput(); // the list has gone; keep keyboard focus in the chat
    send(language.name, chooseLanguagePayload(language.code), language.code);
  }

  function startAgain() {
    // One slip of a finger must not lose the conversation.
    if (state.messages.length && !window.confirm(CONFIRM_START_AGAIN)) return;
    connection?.close();
    connection = null;
    waitForReply(false);
    outageShown = false;
    lastNotice = offlineNotice = null;
    state = { ...freshState(), open: true };
    saveState(state);
    view.clearConversation();
    view.setLanguage(conversationLang(state.messages));
    view.setStatus(null);
    showIntro();
    view.announce(STARTED_AGAIN);
    view.focusInput();
    ensureConnection();
  }

  function leave() {
    leaveQuickly({
      exitUrl: options.exitUrl,
      forget() {
        clearTimeout(replyTimer);
        connection?.close();
        state = freshState();
        forgetEverything();
        view.destroy();
      },
    });
  }

  showIntro();
  for (const message of state.messages) view.addMessage(message, { announce: false });
  view.setLanguage(conversationLang(state.messages));
  if (state.open) setOpen(true, false);
}
