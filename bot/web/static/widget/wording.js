// Everything the widget itself says, in one place, in plain English. Contact details
// come from config.json (the directory), never from here.

// The language of everything below: the widget's own words are marked with it, so a
// screen reader does not read them with the voice of the conversation's language.
export const WIDGET_LANG = "en";

export const LABELS = {
  region: "Chat about support for carers",
  title: "Carers' support chat",
  open: "Chat with us",
  leave: "Leave this site quickly",
  startAgain: "Start again",
  close: "Close",
  messageLabel: "Your message",
  send: "Send",
  conversation: "Conversation",
  suggestions: "Suggested replies",
  botSaid: "Chat said:",
  youSaid: "You said:",
  typing: "Writing a reply",
  notConnected: "Not connected. Trying again…",
  leaveHint: "Tip: press Shift three times to leave this site quickly.",
  newReply: "New reply:",
  link: "link",
  language: "Language",
};

// The languages the bot speaks (bot/languages.py: SPOKEN), each named in itself, for the
// Language control. Each name is shown and read in its own language.
export const LANGUAGES = [
  { code: "en", name: "English" },
  { code: "pt", name: "Português" },
  { code: "es", name: "Español" },
  { code: "pl", name: "Polski" },
];

export const CONFIRM_START_AGAIN = "Start a new conversation? This clears the chat on this device.";

function contactSentence(config) {
  const hub = config?.hub;
  if (!hub?.phone && !hub?.email) return "";
  const ways = [hub.phone && `call ${hub.name} on ${hub.phone}`, hub.email && `email ${hub.email}`].filter(Boolean);
  return `Please ${ways.join(", or ")}.`;
}

function emergencySentence(config) {
  return config?.emergency_phone ? `If someone is in danger now, call ${config.emergency_phone}.` : "";
}

export function offlineText(config) {
  return [
    "Sorry, the chat is not working at the moment.",
    contactSentence(config) || "Please try again later.",
    emergencySentence(config),
  ].filter(Boolean).join("\n");
}

export function noReplyText(config) {
  return ["Sorry, no reply has come. Please try again.", contactSentence(config)].filter(Boolean).join("\n");
}

export const BACK_ONLINE = "The chat is working again.";
export const STARTED_AGAIN = "You have started a new conversation.";
