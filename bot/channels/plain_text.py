"""Bot messages for text-only channels (SMS, WhatsApp): no buttons, no markdown, short parts.

- Buttons become a numbered list ("Reply 1 for …"), and a reply of "1", "2", … is
  mapped back to the payload of that option.
- Markdown is turned into plain text: an SMS shows asterisks as asterisks.
- A message longer than Twilio's limit is split at paragraph, then line, then sentence
  boundaries (words, and as a last resort characters, only for text that has none),
  so every part reads on its own and the parts keep their order.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Iterable, Optional

# Twilio refuses a body over 1,600 characters. Counted in UTF-16 code units, as
# phones and carriers count them, so an emoji counts as two.
MAX_PART_LENGTH = 1600

# From the largest boundary to the smallest; each keeps its whitespace with the piece
# before it so the text can be put back together exactly.
_BOUNDARIES = [
    re.compile(r"(\n[ \t]*\n\s*)"),  # paragraphs
    re.compile(r"(\n)"),  # lines
    re.compile(r"(?<=[.!?])([\"')\]]*\s+)"),  # sentences
    re.compile(r"(\s+)"),  # words
]

_CHOICE = re.compile(r"^\s*#?\s*(\d{1,2})\s*[.)]?\s*$")
# "MORE" asks for the rest of a shortened reply (bot/dialogue/replies/signposting.py: MORE_PROMPT).
# The prompt says MORE in every language; a carer may still answer in their own word for it.
_MORE = re.compile(r"^\W*(more|mais|m[aá]s|wi[eę]cej)(\s+please|\s+pls|\s+info|\s+details)?\W*$", re.IGNORECASE)
MORE_PAYLOAD = "/more"


def asks_for_more(text: str) -> bool:
    return bool(_MORE.match(text or ""))

_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_STAR_BULLET = re.compile(r"^([ \t]*)[*+][ \t]+", re.M)
_CODE = re.compile(r"`+")
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")


# GSM 03.38's basic alphabet: a text message of these letters only fits 160 characters in a
# segment (153 when joined); one letter outside it makes the whole message UCS-2, 70 (67).
GSM_7 = frozenset("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                  "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€")
_NOT_DECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                                 "…": "...", "\u00a0": " "})


def for_sms(text: str) -> str:
    """Text as an SMS carries it in as few segments as it can: a Polish, Portuguese or
    Spanish letter outside GSM's alphabet ("ą", "ã", "á") is written without its accent, as
    text messages in those languages often are, so that the reply is not cut into segments
    a third of the size. Emoji and other scripts are left as they are."""
    if all(character in GSM_7 for character in text):
        return text
    folded = []
    for character in text.translate(_NOT_DECOMPOSED):
        if character in GSM_7:
            folded.append(character)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", character) if not unicodedata.combining(c))
        folded.append(base if base and all(c in GSM_7 for c in base) else character)
    return "".join(folded)


def length(text: str) -> int:
    """Length as Twilio counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def without_markdown(text: str) -> str:
    def link(match: re.Match) -> str:
        label, url = match.group(1), match.group(2)
        return url if label.strip() == url else f"{label} ({url})"

    text = _LINK.sub(link, text)
    text = _BOLD.sub(r"\2", text)
    text = _ITALIC_STAR.sub(r"\1", text)
    text = _HEADING.sub("", text)
    text = _STAR_BULLET.sub(r"\1- ", text)
    text = _CODE.sub("", text)
    return _EXTRA_BLANK_LINES.sub("\n\n", text).strip()


def options_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The options a message offers: its buttons, or its quick replies."""
    return list(message.get("buttons") or message.get("quick_replies") or [])


def numbered_list(options: Iterable[dict[str, Any]], language: str | None = None) -> str:
    """"Reply 1 for …", in the language the message was written in."""
    from bot.dialogue.translations import translate

    return "\n".join(
        translate("Reply {number} for {option}", language).format(
            number=number, option=without_markdown(str(option.get("title") or option.get("payload") or "")))
        for number, option in enumerate(options, start=1)
    )


def option_number(text: str) -> Optional[int]:
    """The number in a reply like "2", " 2. " or "#2"; None for anything else."""
    match = _CHOICE.match(text or "")
    return int(match.group(1)) if match else None


def chosen_payload(text: str, options: list[dict[str, Any]]) -> Optional[str]:
    """The payload of the option a reply like "2" picks, or None when the reply is not
    the number of one of the options."""
    number = option_number(text)
    if number is None or not 1 <= number <= len(options):
        return None
    payload = options[number - 1].get("payload")
    return str(payload) if payload else None


def render(message: dict[str, Any]) -> list[str]:
    """One bot message (Rasa's dict: text, buttons, quick_replies, image, attachment) as
    the plain-text parts to send, in order; [] when there is nothing to say."""
    blocks = []
    text = without_markdown(str(message.get("text") or ""))
    if text:
        blocks.append(text)
    options = options_of(message)
    if options:
        blocks.append(numbered_list(options, message.get("lang")))
    for link_key in ("image", "attachment"):
        if isinstance(message.get(link_key), str) and message[link_key].strip():
            blocks.append(message[link_key].strip())  # a link the carer can open
    return split("\n\n".join(blocks))


def split(text: str, limit: int = MAX_PART_LENGTH) -> list[str]:
    """Parts of at most `limit` characters, cut at the largest boundary that fits."""
    text = text.strip()
    if not text:
        return []
    return [part.strip() for part in _split(text, limit, 0) if part.strip()]


def _split(text: str, limit: int, level: int) -> list[str]:
    if length(text.rstrip()) <= limit:
        return [text]
    if level == len(_BOUNDARIES):
        return _cut(text, limit)
    parts: list[str] = []
    current = ""
    for piece in _pieces(text, _BOUNDARIES[level]):
        if length((current + piece).rstrip()) <= limit:
            current += piece
            continue
        if current:
            parts.append(current)
        if length(piece.rstrip()) <= limit:
            current = piece
        else:
            smaller = _split(piece, limit, level + 1)
            parts.extend(smaller[:-1])
            current = smaller[-1]
    if current:
        parts.append(current)
    return parts


def _pieces(text: str, boundary: re.Pattern) -> list[str]:
    """The text cut after each boundary, the boundary's whitespace kept on the left."""
    chunks = boundary.split(text)
    # re.split with one group alternates text and separator: join each pair.
    return [chunks[i] + (chunks[i + 1] if i + 1 < len(chunks) else "") for i in range(0, len(chunks), 2)]


def _cut(text: str, limit: int) -> list[str]:
    """The last resort, for a run of characters with no space: cut by length, never
    inside a character that takes two code units."""
    parts, current, used = [], [], 0
    for character in text:
        size = length(character)
        if used + size > limit:
            parts.append("".join(current))
            current, used = [], 0
        current.append(character)
        used += size
    if current:
        parts.append("".join(current))
    return parts
