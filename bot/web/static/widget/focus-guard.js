// WCAG 2.2 "Focus not obscured" (2.4.11): the widget floats over the host page, so it
// must never hide what a keyboard user has just moved to on that page.
//
// - A spacer the height of the widget's button bar at the end of the page, and
//   scroll-padding of the same height (WCAG technique C43), let every part of the page
//   scroll clear of the bar.
// - When keyboard focus lands on something under the open chat panel, the panel folds
//   away (the conversation stays); under the bar, the page scrolls it clear.

const GAP_PX = 8;

function overlaps(a, b) {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

export function guardFocus({ widgetHost, bar, panel, isOpen, fold }) {
  const spacer = document.createElement("div");
  spacer.setAttribute("aria-hidden", "true");
  spacer.dataset.carersChatSpacer = "";
  document.body.append(spacer);

  function reserveRoom() {
    const barRect = bar.getBoundingClientRect();
    const room = Math.ceil(window.innerHeight - barRect.top + GAP_PX);
    spacer.style.height = `${Math.max(room, 0)}px`;
    document.documentElement.style.scrollPaddingBottom = `${Math.max(room, 0)}px`;
  }
  new ResizeObserver(reserveRoom).observe(bar);
  window.addEventListener("resize", reserveRoom);
  reserveRoom();

  document.addEventListener("focusin", (event) => {
    const target = event.target;
    if (!(target instanceof Element) || target === widgetHost || !target.matches(":focus-visible")) return;
    if (isOpen() && overlaps(target.getBoundingClientRect(), panel.getBoundingClientRect())) {
      fold();
    }
    const box = target.getBoundingClientRect();
    const barRect = bar.getBoundingClientRect();
    if (overlaps(box, barRect)) {
      window.scrollBy({ top: box.bottom - barRect.top + GAP_PX, behavior: "instant" });
    }
  });

  return { reserveRoom };
}
