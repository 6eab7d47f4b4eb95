// "Leave this site quickly": for a carer who may be watched by the person they care for.
// One press, or Escape twice, forgets the conversation in this browser and replaces the
// page with an everyday one. location.replace swaps this page's history entry, so the
// back button does not bring the chat back.

// GOV.UK's "Exit this page" component sends people to the same neutral page.
export const DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";
const ESCAPE_TWICE_MS = 1000;

export function leaveQuickly({ exitUrl, forget }) {
  try {
    forget(); // the conversation, the socket, the widget's storage
  } finally {
    // Hide the page at once, in case the neutral site is slow to load.
    document.documentElement.style.setProperty("display", "none", "important");
    window.location.replace(exitUrl || DEFAULT_EXIT_URL);
  }
}

// Calls `onTwice` when Escape is pressed twice within a second, anywhere on the page.
export function watchEscapeTwice(onTwice) {
  let lastPress = 0;
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" || event.repeat) return;
      const now = Date.now();
      if (now - lastPress <= ESCAPE_TWICE_MS) {
        lastPress = 0;
        onTwice();
      } else {
        lastPress = now;
      }
    },
    true,
  );
}
