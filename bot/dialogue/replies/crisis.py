"""Crisis cards, in the language the danger was written in."""
from __future__ import annotations

from bot.dialogue.replies.base import MAX_CRISIS_LINES, N_, Reply, hub
from bot.dialogue.translations import current, translate
from bot.directory.schema import CrisisCard, Directory
from bot.safety import KINDS as CRISIS_KINDS


# --- crisis ----------------------------------------------------------------------------------


# When only the classifier saw a crisis, the kind is unknown: danger to life, mental
# health crisis, and someone being harmed.
UNKNOWN_CRISIS_KINDS = ["suicidal", "adult_at_risk"]


CARD_HUB = N_("When you are safe, Carers' Hub Lambeth can support you: {phone}.")


def crisis(directory: Directory, kinds: list[str], language: str | None = None) -> Reply:
    """Crisis contacts first, short enough for one SMS; then the offer of Carers' Hub. In
    the language the danger was written in when the crisis rules know it, else in the
    conversation's; the numbers are the directory's, untranslated."""
    language = language or current()
    kinds = [kind for kind in CRISIS_KINDS if kind in kinds] or UNKNOWN_CRISIS_KINDS
    cards: list[CrisisCard] = [directory.crisis[kind] for kind in kinds]
    lines: list[str] = []
    seen_values: set[str] = set()
    for card in cards:
        for line in card.lines:
            if line.value in seen_values:
                continue
            seen_values.add(line.value)
            lines.append(f"{translate(line.say, language)} {line.value}")
    text = translate(cards[0].title, language) + ":\n" + "\n".join(lines[:MAX_CRISIS_LINES])
    advice = [card.advice for card in cards if card.advice]
    if advice:
        text += "\n" + translate(advice[0], language)
    hub_phone = hub(directory).verified_contacts("phone")
    if hub_phone and hub_phone[0].value not in seen_values:
        text += "\n" + translate(CARD_HUB, language).format(phone=hub_phone[0].value)
    return Reply(text)
