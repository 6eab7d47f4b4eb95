// Keeps the conversation in this browser tab, so a reload brings it back.
//
// sessionStorage, not localStorage: it survives a reload but is forgotten when the tab
// closes, so someone else picking up a shared phone later does not find the chat.
//
// Each message is kept with its language (`lang`), so a reload marks it up the same way.

import { withLanguages } from "./languages.js";

const KEY = "lambeth-carers-chat";
const MAX_MESSAGES = 200;

function newSessionId() {
  // crypto.getRandomValues works on plain http too (randomUUID needs https).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function storage() {
  try {
    return window.sessionStorage;
  } catch (error) {
    return null; // storage blocked: the chat still works, it just is not kept
  }
}

export function freshState() {
  return { sessionId: newSessionId(), open: false, messages: [] };
}

export function loadState() {
  try {
    const saved = JSON.parse(storage()?.getItem(KEY) || "null");
    if (saved && typeof saved.sessionId === "string" && Array.isArray(saved.messages)) {
      return { sessionId: saved.sessionId, open: Boolean(saved.open), messages: withLanguages(saved.messages) };
    }
  } catch (error) {
    // unreadable: start afresh
  }
  return freshState();
}

export function saveState(state) {
  try {
    const messages = state.messages.slice(-MAX_MESSAGES);
    storage()?.setItem(KEY, JSON.stringify({ ...state, messages }));
  } catch (error) {
    // full or blocked: nothing to do
  }
}

export function forgetEverything() {
  for (const name of ["sessionStorage", "localStorage"]) {
    try {
      window[name].removeItem(KEY);
    } catch (error) {
      // blocked storage holds nothing of ours
    }
  }
}
