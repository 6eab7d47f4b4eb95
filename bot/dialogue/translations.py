"""Carer-facing text in the carer's language (issue 15): gettext catalogues, read with Babel.

locale/messages.pot lists every text to translate (`python -m bot translations extract`
writes it from the catalogue in bot/dialogue/replies.py and the crisis cards in
data/directory/crisis.yml); locale/<language>/LC_MESSAGES/messages.po holds one language,
reviewable by a native speaker. The English text is the message id, so a text with no
translation yet is said in English, never left out. Organisation names, numbers, emails and
addresses are never in a message id: they are put in after translation, exactly as the
directory has them."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bot.settings import PROJECT_ROOT

LOCALE_DIR = PROJECT_ROOT / "locale"
TEMPLATE = LOCALE_DIR / "messages.pot"
DOMAIN = "messages"


def catalogue_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=None)
def _messages(language: str) -> dict[str, str]:
    from babel.messages.pofile import read_po

    path = catalogue_path(language)
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=language)
    return {message.id: message.string for message in catalogue if message.id and message.string}


def translate(text: str, language: str | None) -> str:
    """`text` in `language`, or as it is when English or not translated yet."""
    if not language or language == "en":
        return text
    return _messages(language).get(text, text)


def languages() -> list[str]:
    return sorted(path.parent.parent.name for path in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def texts_to_translate() -> list[str]:
    """Every message id: the crisis cards' words, then the catalogue's sentences marked for
    translation (replies.TRANSLATED)."""
    from bot.dialogue import replies
    from bot.directory.schema import read_directory

    found: list[str] = []
    for card in read_directory().crisis.values():
        for text in [card.title, *(line.say for line in card.lines), card.advice]:
            if text and text not in found:
                found.append(text)
    return found + [text for text in replies.TRANSLATED if text not in found]


def extract() -> Path:
    """Writes locale/messages.pot from texts_to_translate()."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    catalogue = Catalog(project="lambeth-carers-bot", domain=DOMAIN)
    for text in texts_to_translate():
        catalogue.add(text, flags=("python-format",) if "{" in text else ())
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    with TEMPLATE.open("wb") as handle:
        write_po(handle, catalogue, omit_header=False, sort_output=False, width=100, include_lineno=False)
    return TEMPLATE
