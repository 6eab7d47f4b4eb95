// Which language each message is in, so that every bubble and button carries a `lang`
// attribute and screen readers speak it with the right voice and pronunciation.
//
// The bot says which language it wrote in (`lang` on each message); the carer writes in
// the language of the conversation as last known, that of the bot's last message.

import { LANGUAGES } from "./wording.js";

// The bot's language when it says nothing else: its first language.
export const DEFAULT_LANG = "en";

// A plain language code ("pl", "pt", "pt-BR"); anything else is not trusted as an attribute.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

export function cleanLang(value, fallback = DEFAULT_LANG) {
  return typeof value === "string" && LANGUAGE_TAG.test(value) ? value : fallback;
}

// What the widget sends to switch language: the same message as the bot's own buttons
// for a language (bot/dialogue/replies/: other_language).
export function chooseLanguagePayload(code) {
  return `/choose_language{"language": "${code}"}`;
}

// The language a button is about, when it is a button for choosing a language: its title
// ("Polski") is in that language, whatever the language of the message it came with.
export function languageOfPayload(payload) {
  const match = /^\/choose_language\{\s*"language"\s*:\s*"([^"]+)"\s*\}$/.exec(String(payload || "").trim());
  return match && LANGUAGES.some((language) => language.code === match[1]) ? match[1] : null;
}

export function buttonLang(button, messageLang) {
  return languageOfPayload(button.payload) || cleanLang(button.lang, messageLang);
}

// The language of the conversation as last known: that of the bot's last message.
export function conversationLang(messages) {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    if (messages[i] && messages[i].who === "bot") return cleanLang(messages[i].lang);
  }
  return DEFAULT_LANG;
}

// Every stored message with a language, for conversations stored before messages carried
// one: the bot's in its first language, the carer's in the conversation's at the time.
export function withLanguages(messages) {
  let current = DEFAULT_LANG;
  return messages
    .filter((message) => message && typeof message === "object")
    .map((message) => {
      const lang = cleanLang(message.lang, message.who === "bot" ? DEFAULT_LANG : current);
      if (message.who === "bot") current = lang;
      return { ...message, lang };
    });
}
