// "Leave this site quickly": for a carer who may be watched by the person they care for.
// One press of the button, or Shift three times (GOV.UK's "Exit this page" shortcut),
// forgets the conversation in this browser and replaces the page with an everyday one.
// location.replace swaps this page's history entry, so the back button does not bring
// the chat back. Escape only closes the panel: a keyboard user pressing it twice must
// not lose everything.

// GOV.UK's "Exit this page" component sends people to the same neutral page.
export const DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000; // as GOV.UK's component: three presses within five seconds

export function leaveQuickly({ exitUrl, forget }) {
  try {
    forget(); // the conversation, the socket, the widget's storage
  } finally {
    // Hide the page at once, in case the neutral site is slow to load.
    document.documentElement.style.setProperty("display", "none", "important");
    window.location.replace(exitUrl || DEFAULT_EXIT_URL);
  }
}

// Calls `onThrice` when Shift is pressed and released on its own three times within five
// seconds, anywhere on the page. Shift held to type a capital letter does not count, and
// any other key starts the count again.
export function watchShiftThrice(onThrice) {
  let presses = [];
  let otherKeyWhileShift = false;
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "Shift") return;
      if (event.shiftKey) otherKeyWhileShift = true;
      presses = [];
    },
    true,
  );
  document.addEventListener(
    "keyup",
    (event) => {
      if (event.key !== "Shift") return;
      if (otherKeyWhileShift) {
        otherKeyWhileShift = false;
        presses = [];
        return;
      }
      const now = Date.now();
      presses = presses.filter((time) => now - time <= SHIFT_WINDOW_MS).concat(now);
      if (presses.length >= SHIFT_PRESSES) {
        presses = [];
        onThrice();
      }
    },
    true,
  );
}
