// Turns the bot's plain text into DOM nodes in which web addresses, email addresses and
// phone numbers are links. It only ever makes text nodes and <a> elements: text from the
// bot is never parsed as HTML.
//
// Phone numbers are the directory's own (from config.json), so "option 2" or "I'm 15"
// never become links; any other full UK number (0 and 10 or 11 digits) is linked too.
//
// A web address is shown as its site's name ("lambeth.gov.uk"), not the whole address:
// a screen reader reads a long address out character by character, and on a phone it
// fills several lines. The link still goes to the whole address.

const URL_SOURCE = String.raw`https?:\/\/[^\s<>"']+`;
const EMAIL_SOURCE = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`;
const UK_NUMBER_SOURCE = String.raw`0\d{2,4}(?: ?\d{3,4}){1,2}`;
// Punctuation that ends the sentence around an address rather than the address itself.
const TRAILING_PUNCTUATION = /[.,;:!?)\]}\u2019\u201d\u00bb]$/;
const BRACKET_PAIRS = { ")": "(", "]": "[", "}": "{" };
const WORD_CHARACTER = /[A-Za-z0-9]/;

function digitsOf(text) {
  return text.replace(/[^\d+]/g, "");
}

function count(text, character) {
  return text.split(character).length - 1;
}

// Drops the sentence's punctuation from the end of an address, but keeps a closing
// bracket the address opened itself, as in https://en.wikipedia.org/wiki/Carer_(role).
function trimAddress(address) {
  let trimmed = address;
  while (TRAILING_PUNCTUATION.test(trimmed)) {
    const last = trimmed[trimmed.length - 1];
    const opening = BRACKET_PAIRS[last];
    if (opening && count(trimmed, opening) >= count(trimmed, last)) break;
    trimmed = trimmed.slice(0, -1);
  }
  return trimmed;
}

// What a link to `address` says: the site's name without "www.", which is short, plain to
// read aloud, and tells the carer where the link goes.
// Null when the browser cannot read it as a web address: then it is no link.
function siteName(address) {
  try {
    return new URL(address).hostname.replace(/^www\./i, "") || null;
  } catch (error) {
    return null;
  }
}

function escapeForPattern(number) {
  // A number written with spaces also matches the same digits with fewer spaces.
  return number.trim().split(/\s+/).map((part) => part.replace(/[^\d]/g, "")).join(" ?");
}

export function makeLinker(knownNumbers = []) {
  const kinds = new Map(knownNumbers.map((entry) => [digitsOf(entry.number), entry.kind]));
  const known = [...knownNumbers]
    .map((entry) => entry.number)
    .filter((number) => /\d/.test(number))
    .sort((a, b) => b.length - a.length) // longest first, so a short number inside a longer one loses
    .map(escapeForPattern);
  const phoneSource = [...known, UK_NUMBER_SOURCE].join("|");
  const pattern = new RegExp(`(${URL_SOURCE})|(${EMAIL_SOURCE})|(${phoneSource})`, "g");

  function phoneLink(text) {
    const digits = digitsOf(text);
    const kind = kinds.get(digits);
    if (!kind && (digits.length < 10 || digits.length > 11)) return null;
    return kind === "text" ? `sms:${digits}` : `tel:${digits}`;
  }

  // Returns a DocumentFragment for `text`.
  return function linkify(text) {
    const fragment = document.createDocumentFragment();
    let plainFrom = 0;
    pattern.lastIndex = 0;
    let match;
    while ((match = pattern.exec(text)) !== null) {
      let [found] = match;
      const start = match.index;
      let href = null;
      let shown = null; // the link's words, when not the matched text itself
      let opensNewTab = false;
      if (match[1]) {
        found = trimAddress(found);
        shown = siteName(found);
        href = shown && found;
        opensNewTab = true;
      } else if (match[2]) {
        href = `mailto:${found}`;
      } else {
        const before = text[start - 1] || " ";
        const after = text[start + found.length] || " ";
        // part of a longer number or word: not a phone number
        if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after) && before !== "+") {
          href = phoneLink(found);
        }
      }
      if (!href) {
        pattern.lastIndex = start + 1;
        continue;
      }
      fragment.append(text.slice(plainFrom, start), link(shown || found, href, opensNewTab));
      plainFrom = start + found.length;
      pattern.lastIndex = plainFrom;
    }
    fragment.append(text.slice(plainFrom));
    return fragment;
  };
}

function link(text, href, opensNewTab) {
  const anchor = document.createElement("a");
  anchor.href = href;
  anchor.textContent = text;
  if (opensNewTab) {
    anchor.target = "_blank";
    anchor.rel = "noopener noreferrer";
    const note = document.createElement("span");
    note.className = "visually-hidden";
    note.textContent = " (opens in a new tab)";
    anchor.append(note);
  }
  return anchor;
}
