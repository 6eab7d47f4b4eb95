"""Carer-facing text in the carer's language (issue 15): gettext catalogues, read with Babel.

The English text is the message id, so a text with no translation yet is said in English,
never left out. locale/messages.pot lists every text to translate; `python -m bot
translations extract` writes it from:
- the sentences marked `_("…")` in the catalogue (bot/dialogue/replies/), found by
  Babel's Python extractor, as gettext tools do;
- the words that come from data: crisis cards, situation headings, each service's
  plain-language line (data/directory/), and the utter_ responses in domain.yml.
locale/<language>/LC_MESSAGES/messages.po holds one language, reviewable by a native speaker.
Organisation names, numbers, emails and addresses are never in a message id: they are put
in after translation, exactly as the directory has them.

The language being spoken is set once per request (the action server, and Rasa's response
generator for utter_ responses) with `speaking(language)`; `_()` reads it, as Django's and
Flask-Babel's gettext do."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from bot.settings import PROJECT_ROOT

LOCALE_DIR = PROJECT_ROOT / "locale"
TEMPLATE = LOCALE_DIR / "messages.pot"
DOMAIN = "messages"
ENGLISH = "en"
# The modules whose `_("…")` sentences are extracted.
# The catalogue's parts in the order a conversation meets them (the .pot keeps this order).
MARKED_MODULES = tuple(f"bot/dialogue/replies/{part}.py" for part in (
    "base", "signposting", "crisis", "conversation", "callbacks", "questions", "answers")) + ("bot/channels/plain_text.py",)

_speaking: ContextVar[str] = ContextVar("speaking", default=ENGLISH)


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
    return {message.id: message.string for message in catalogue
            if message.id and message.string and "fuzzy" not in message.flags}


def translate(text: str, language: str | None) -> str:
    """`text` in `language`, or as it is when English or not translated yet."""
    if not text or not language or language == ENGLISH:
        return text
    return _messages(language).get(text, text)


def current() -> str:
    """The language being spoken in this request."""
    return _speaking.get()


def _(text: str) -> str:
    """`text` in the language being spoken (gettext's usual name, which Babel extracts)."""
    return translate(text, _speaking.get())


@contextmanager
def speaking(language: str | None) -> Iterator[None]:
    token = _speaking.set(language or ENGLISH)
    try:
        yield
    finally:
        _speaking.reset(token)


def speak(language: str | None) -> None:
    """Sets the language for the rest of this request (a request's own context ends with it)."""
    _speaking.set(language or ENGLISH)


def languages() -> list[str]:
    return sorted(path.parent.parent.name for path in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def _add(found: list[str], text: str | None) -> None:
    if text and text.strip() and text not in found:
        found.append(text)


def crisis_texts() -> list[str]:
    """The crisis cards' words: the safety floor every language has first."""
    from bot.directory.schema import read_directory

    found: list[str] = []
    for card in read_directory().crisis.values():
        for text in [card.title, *(line.say for line in card.lines), card.advice]:
            _add(found, text)
    return found


def marked_texts() -> list[str]:
    """The `_("…")` sentences of MARKED_MODULES, in the order they appear."""
    from babel.messages.extract import extract_from_file

    found: list[str] = []
    for module in MARKED_MODULES:
        for _line, message, _comments, _context in extract_from_file(
                "python", str(PROJECT_ROOT / module), keywords={"_": None, "N_": None, "translate": None}, strip_comment_tags=True):
            _add(found, message if isinstance(message, str) else message[0])
    return found


def data_texts() -> list[str]:
    """Words that come from data: situation headings, services' plain-language lines, and
    domain.yml's responses with their buttons."""
    import yaml

    from bot.directory.schema import read_directory
    from bot.situations import SITUATIONS

    found: list[str] = []
    for situation in SITUATIONS:
        _add(found, situation.label)
    for service in read_directory().services.values():
        _add(found, service.summary)
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    for variations in (domain.get("responses") or {}).values():
        for variation in variations:
            _add(found, variation.get("text"))
            for button in variation.get("buttons") or []:
                _add(found, button.get("title"))
    return found


def texts_to_translate() -> list[str]:
    """Every message id: the crisis cards first, then the catalogue's sentences, then data."""
    found = crisis_texts()
    for text in marked_texts() + data_texts():
        _add(found, text)
    return found


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
    for language in languages():
        update(language, catalogue)
    return TEMPLATE


def update(language: str, template) -> None:
    """Brings one language's catalogue in line with the template, as `pybabel update` does:
    new texts are added untranslated, texts no longer used are dropped, translations kept
    (a changed English text's old translation is kept but marked fuzzy, so it is not said)."""
    from babel.messages.pofile import read_po, write_po

    path = catalogue_path(language)
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=language)
    catalogue.update(template, no_fuzzy_matching=False)
    catalogue.obsolete.clear()
    with path.open("wb") as handle:
        write_po(handle, catalogue, omit_header=False, sort_output=False, width=100, include_lineno=False)
    _messages.cache_clear()
