"""Masking personal data in conversation text, for staff review, search and exports.

Finds names, phone numbers, email addresses, postcodes, street addresses, dates of
birth (and other full dates), NHS numbers and other reference numbers, and the values
a carer gave in forms (callback name, contact, best time), and replaces each with a
label such as "[phone number]". Nothing is downloaded: regular expressions find the
things with a fixed shape, and spaCy's rule-based Matcher over a blank English
tokenizer finds names and street addresses from the words around them.

Carers also write in Portuguese, Spanish, Polish and Somali: the phrases that introduce
names, addresses and phone numbers in those languages, and the everyday words that must
not be taken for names, are listed in masking_phrases.py and used by the same rules.

Contact details that the bot itself gives out (Carers' Hub's number, crisis lines) and
organisation names come from the directory and are left as they are: they are public,
and staff need to see exactly what the bot said.

Masking errs towards hiding: a word taken for a name by mistake costs a reviewer a
little context, a name left showing costs a carer their privacy.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Iterable, Sequence

from bot.privacy import masking_phrases as phrases
from bot.privacy.known_values import known_value_spans
from bot.privacy.masking_patterns import (BIRTH_DATE, CAPITALISED_WORD, DAYS, EMAIL, EVERYDAY_WORD_NAMES, FLAT_WORDS,
                                          FOREIGN_BIRTH_DATE, FOREIGN_DATE, FULL_DATE, GIVEN_NAMES_FILE,
                                          INTERNATIONAL_PHONE, LABELS, LIVING_WORDS, LOCAL_FOREIGN_PHONE, MONTHS,
                                          NI_NUMBER, NOT_NAMES_EXTRA, PERSON_WORDS, PHONE_AFTER_CUE,
                                          POSTCODE, PRIORITY, SPOKEN_EMAIL, SPOKEN_PHONE, STREET_AND_FLAT_WORDS,
                                          STREET_WORDS, STRONG_CUE_WORDS, STRONG_NAME_CUES, TEN_DIGITS, TITLES,
                                          UK_PHONE, WEAK_NAME_CUES, WORD, Found, normalise_phone, polish_base_forms,
                                          valid_nhs_number)


class Masker:
    """Finds and masks personal data; one per process (building it loads spaCy)."""

    def __init__(self, public_contacts: Iterable[str] = (), public_names: Iterable[str] = ()) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        self.public_numbers = {normalise_phone(value) for value in public_contacts if re.search(r"\d{6}", re.sub(r"\D", "", value))}
        self.public_emails = {value.strip().lower() for value in public_contacts if "@" in value}
        names = sorted({name.strip() for name in public_names if len(name.strip()) > 3}, key=len, reverse=True)
        self.public_names = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(name) for name in names) + r")(?!\w)",
                                       re.IGNORECASE) if names else None
        self.given_names = frozenset(
            line.strip().lower() for line in GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
        self.not_names = frozenset(STOP_WORDS) | PERSON_WORDS | NOT_NAMES_EXTRA | frozenset(MONTHS) | frozenset(DAYS)
        # After the other languages' cues: their small words too, but not given names that
        # are English words ("nazywam się Jan", "jestem Ola").
        self.foreign_not_names = ((self.not_names | phrases.NOT_NAMES | phrases.PERSON_WORDS
                                   | phrases.POSSESSIVES | frozenset(phrases.TITLES))
                                  - self.given_names - EVERYDAY_WORD_NAMES)
        self._build_matcher()

    # --- spaCy rules ----------------------------------------------------------------------
    def _build_matcher(self) -> None:
        import spacy
        from spacy.matcher import Matcher

        self.nlp = spacy.blank("en")
        # The patterns are fixed and tested; validating their long word lists would take seconds.
        matcher = Matcher(self.nlp.vocab, validate=False)
        not_names = sorted(self.not_names)
        title_word = {"IS_TITLE": True, "LOWER": {"NOT_IN": not_names}}
        any_case_word = {"IS_ALPHA": True, "LOWER": {"NOT_IN": not_names}}
        optional_title_word = dict(title_word, OP="?")
        for cue in STRONG_NAME_CUES:
            words = [{"LOWER": word} for word in cue]
            for tail in ([any_case_word], [any_case_word, any_case_word], [any_case_word, title_word, title_word]):
                matcher.add("NAME_AFTER_CUE:%d" % len(cue), [words + tail])
        for cue in WEAK_NAME_CUES:
            matcher.add("NAME_AFTER_CUE:%d" % len(cue), [[{"LOWER": word} for word in cue] + [title_word, optional_title_word]])
        matcher.add("NAME_AFTER_CUE:1", [[{"LOWER": {"IN": list(TITLES)}}, {"ORTH": ".", "OP": "?"}, title_word, optional_title_word]])
        relation = [{"LOWER": {"IN": ["my", "our", "her", "his", "their", "your"]}},
                    {"LOWER": {"IN": sorted(PERSON_WORDS)}}, {"ORTH": {"IN": [",", "-", "("]}, "OP": "?"}]
        matcher.add("NAME_AFTER_CUE:2", [relation + [title_word, optional_title_word]])
        self._add_other_languages_name_rules(matcher)
        unambiguous = sorted(self.given_names - EVERYDAY_WORD_NAMES)
        matcher.add("GIVEN_NAME", [[{"LOWER": {"IN": unambiguous}}, optional_title_word]])
        matcher.add("EVERYDAY_NAME", [[{"IS_TITLE": True, "LOWER": {"IN": sorted(EVERYDAY_WORD_NAMES)}}, optional_title_word]])
        number = {"TEXT": {"REGEX": r"^\d{1,4}[A-Za-z]?$"}}
        street_word = {"IS_ALPHA": True, "IS_STOP": False, "LOWER": {"NOT_IN": list(STREET_WORDS)}}
        street_end = [{"LOWER": {"IN": list(STREET_WORDS)}}, {"ORTH": ".", "OP": "?"}]
        for words in range(1, 4):
            matcher.add("ADDRESS:0", [[number] + [street_word] * words + street_end])
            matcher.add("ADDRESS:2", [[{"LOWER": {"IN": sorted(LIVING_WORDS)}}, {"LOWER": {"IN": ["at", "on", "in", "to"]}}]
                                      + [street_word] * words + street_end])
        number_word = {"LOWER": {"IN": list(phrases.NUMBER_WORDS)}, "OP": "?"}
        matcher.add("ADDRESS:0", [[{"LOWER": {"IN": list(FLAT_WORDS)}}, {"ORTH": ".", "OP": "?"}, number_word, number]])
        self._add_other_languages_address_rules(matcher, number, street_word, street_end)
        self.matcher = matcher

    def _tokens(self, phrase: str) -> list[str]:
        return [token.lower_ for token in self.nlp.make_doc(phrase)]

    def _add_other_languages_name_rules(self, matcher) -> None:
        """ "chamo-me Ana Souza", "soy Ana", "mi madre Carmen", "magacaygu waa Faadumo"."""
        not_names = sorted(self.foreign_not_names)
        title_word = {"IS_TITLE": True, "LOWER": {"NOT_IN": not_names}}
        any_case_word = {"IS_ALPHA": True, "LOWER": {"NOT_IN": not_names}}
        optional_title_word = dict(title_word, OP="?")
        particle = {"LOWER": {"IN": sorted(phrases.NAME_PARTICLES)}}
        for phrase in phrases.STRONG_NAME_CUES:
            cue = self._tokens(phrase)
            words = [{"LOWER": word} for word in cue]
            for tail in ([any_case_word], [any_case_word, any_case_word], [any_case_word, title_word, title_word],
                         [any_case_word, particle, title_word], [any_case_word, title_word, particle, title_word]):
                matcher.add("NAME_AFTER_CUE:%d" % len(cue), [words + tail])
        for phrase in phrases.WEAK_NAME_CUES:
            cue = self._tokens(phrase)
            words = [{"LOWER": word} for word in cue]
            matcher.add("NAME_AFTER_CUE:%d" % len(cue), [words + [title_word, optional_title_word],
                                                          words + [title_word, particle, title_word]])
        titles = sorted({token for title in phrases.TITLES for token in self._tokens(title) if token != "."})
        matcher.add("NAME_AFTER_CUE:1", [[{"LOWER": {"IN": titles}}, {"ORTH": ".", "OP": "?"}, title_word, optional_title_word]])
        punct = {"ORTH": {"IN": [",", "-", "(", ":"]}, "OP": "?"}
        person = {"LOWER": {"IN": sorted(phrases.PERSON_WORDS)}}
        matcher.add("NAME_AFTER_CUE:2", [[{"LOWER": {"IN": sorted(phrases.POSSESSIVES)}}, person, punct, title_word, optional_title_word]])
        matcher.add("NAME_AFTER_CUE:1", [[{"LOWER": {"IN": sorted(phrases.RELATION_WORDS_WITH_POSSESSIVE)}}, punct,
                                          title_word, optional_title_word]])

    def _add_other_languages_address_rules(self, matcher, number, street_word, street_end) -> None:
        """ "moro na Railton Road", "calle Railton 5", "mieszkanie nr 3", "3º andar"."""
        living = {"LOWER": {"IN": sorted(phrases.LIVING_WORDS)}}
        title_street_word = dict(street_word, IS_TITLE=True)
        house_number = [{"ORTH": ",", "OP": "?"}, {"LOWER": {"IN": list(phrases.NUMBER_WORDS)}, "OP": "?"}, number]
        # "mudei-me para a Railton Road", "me mudé a ...", "przeprowadziłam się na ..."
        cues = [[living] + [{"LOWER": word} for word in reflexive + self._tokens(preposition)]
                for preposition in phrases.LIVING_PREPOSITIONS
                for reflexive in ([], ["-", "me"], ["-", "nos"], ["-", "se"])]
        for cue in cues:
            for words in range(1, 4):
                matcher.add("ADDRESS:%d" % len(cue), [cue + [street_word] * words + street_end])
            matcher.add("ADDRESS:%d" % len(cue), [cue + [{"LOWER": {"IN": list(phrases.HOUSE_NUMBER_WORDS)}}, number]])
        for words in range(1, 4):
            # "Acre Lane, 12" and "Acre Lane nº 12": the number after the street's name
            matcher.add("ADDRESS:0", [[title_street_word] * words + street_end + house_number])
        prefixes = [self._tokens(prefix) for prefix in phrases.STREET_PREFIXES]
        for prefix in prefixes:
            for words in range(1, 4):
                pattern = [{"LOWER": word} for word in prefix] + [title_street_word] * words
                matcher.add("ADDRESS:0", [pattern, pattern + house_number])
        matcher.add("ADDRESS:0", [[{"LOWER": {"IN": list(phrases.HOUSE_WORDS)}}, {"LOWER": {"IN": list(phrases.NUMBER_WORDS)}}, number]])
        ordinal = {"TEXT": {"REGEX": r"^\d{1,2}(?:º|ª|o|a|er|ero|do|ro|to|\.º|\.ª|\.)?$"}}
        matcher.add("ADDRESS:0", [[ordinal, {"LOWER": {"IN": list(phrases.FLOOR_WORDS)}}]])

    def _spacy_findings(self, text: str) -> list[Found]:
        doc = self.nlp.make_doc(text)
        found = []
        for match_id, start, end in self.matcher(doc):
            label = self.nlp.vocab.strings[match_id]
            kind_name, _, skip = label.partition(":")
            start += int(skip or 0)
            if kind_name == "EVERYDAY_NAME" and _sentence_start(doc, start) and not _names_someone(doc, start):
                continue
            if kind_name == "EVERYDAY_NAME" and _month_in_date(doc, start):
                continue  # "on 5 Jan", not Jan the name
            while start < end and (doc[start].is_punct or doc[start].is_space):
                start += 1  # "my mum, Mary": the comma is not part of the name
            if start >= end:
                continue
            kind = "address" if kind_name == "ADDRESS" else "name"
            if kind == "name":
                end = self._family_name_end(doc, end)
            span = doc[start:end]
            found.append(Found(span.start_char, span.end_char, kind))
        return found

    def _family_name_end(self, doc, end: int) -> int:
        """ "João da Silva", "Carlos de la Cruz", "Maria dos Santos": a name goes on over a
        joining word and the capitalised family name after it."""
        while end + 1 < len(doc) and doc[end].lower_ in phrases.NAME_PARTICLES:
            after = end + 1
            if doc[after].lower_ in ("la", "los", "las") and after + 1 < len(doc):
                after += 1
            if not (doc[after].is_title and doc[after].lower_ not in self.foreign_not_names):
                break
            end = after + 1
        return end

    def _inflected_names(self, text: str) -> list[Found]:
        """Polish names change their ending with their place in the sentence ("z Kasią",
        "mama Tomka", "dla Małgorzaty"): a capitalised word whose plain form is a given
        name is a name, unless it starts a sentence."""
        found = []
        for match in CAPITALISED_WORD.finditer(text):
            word = match.group().lower()
            if word in self.given_names or word in self.foreign_not_names:
                continue
            before = text[:match.start()].rstrip()
            if not before or before[-1] in ".!?:;\n\"“":
                continue
            if any(base in self.given_names and base not in EVERYDAY_WORD_NAMES for base in polish_base_forms(word)):
                found.append(Found(match.start(), match.end(), "name"))
        return found

    # --- finding ---------------------------------------------------------------------------
    def find(self, text: str, known_values: Sequence[tuple[str, str]] = ()) -> list[Found]:
        """Every piece of personal data in `text`, as non-overlapping spans in order.

        `known_values` are (kind, value) pairs the carer gave in forms; they are masked
        wherever they appear, whatever their shape."""
        if not text:
            return []
        found: list[Found] = []
        for kind, value in known_values:
            found.extend(known_value_spans(text, kind, value))
        for match in EMAIL.finditer(text):
            if match.group().lower() not in self.public_emails:
                found.append(Found(match.start(), match.end(), "email"))
        for match in SPOKEN_EMAIL.finditer(text):
            found.append(Found(match.start(), match.end(), "email"))
        for pattern in (UK_PHONE, INTERNATIONAL_PHONE, LOCAL_FOREIGN_PHONE):
            for match in pattern.finditer(text):
                if normalise_phone(match.group()) not in self.public_numbers:
                    found.append(Found(match.start(), match.end(), "phone"))
        for match in PHONE_AFTER_CUE.finditer(text):
            if normalise_phone(match.group("number")) not in self.public_numbers and not _nhs_cue(text, match.start("number")):
                found.append(Found(match.start("number"), match.end("number"), "phone"))
        for match in SPOKEN_PHONE.finditer(text):
            if _spoken_phone(match.group()):
                found.append(Found(match.start(), match.end(), "phone"))
        for match in TEN_DIGITS.finditer(text):
            digits = re.sub(r"\D", "", match.group())
            nhs = valid_nhs_number(digits) or _nhs_cue(text, match.start())
            found.append(Found(match.start(), match.end(), "nhs_number" if nhs else "id_number"))
        for match in NI_NUMBER.finditer(text):
            found.append(Found(match.start(), match.end(), "id_number"))
        for match in POSTCODE.finditer(text):
            found.append(Found(match.start(), match.end(), "postcode"))
        for match in BIRTH_DATE.finditer(text):
            found.append(Found(match.start("date"), match.end("date"), "date_of_birth"))
        for match in FOREIGN_BIRTH_DATE.finditer(text):
            found.append(Found(match.start("date"), match.end("date"), "date_of_birth"))
        for pattern in (FULL_DATE, FOREIGN_DATE):
            for match in pattern.finditer(text):
                found.append(Found(match.start(), match.end(), "date"))
        if self._may_hold_names_or_addresses(text):
            found.extend(self._spacy_findings(text))
        found.extend(self._inflected_names(text))
        return _merge(self._without_public_names(text, found))

    def _may_hold_names_or_addresses(self, text: str) -> bool:
        """A cheap first look, so the spaCy rules run only where one of them could match:
        most messages ("I need a break") have no capitalised word after the first, no
        known given name, no "my name is" and no house number before a street word."""
        words = WORD.findall(text)
        lower = {word.lower() for word in words}
        if lower & self.given_names or lower & STRONG_CUE_WORDS:
            return True
        if any(word.lower().startswith(("magac", "chama", "llam")) for word in words):  # and their other forms
            return True
        if any(word[0].isupper() and word.lower() in EVERYDAY_WORD_NAMES for word in words):
            return True
        if any(word[0].isupper() and word not in ("I", "I'm", "I’m", "Im") for word in words[1:]):
            return True
        return bool(lower & STREET_AND_FLAT_WORDS) and (any(char.isdigit() for char in text) or bool(lower & LIVING_WORDS))

    def _without_public_names(self, text: str, found: list[Found]) -> list[Found]:
        """Drops names and addresses that are part of an organisation's or service's name."""
        if self.public_names is None or not any(item.kind in ("name", "address") for item in found):
            return found
        public = [(m.start(), m.end()) for m in self.public_names.finditer(text)]
        if not public:
            return found
        return [item for item in found
                if item.kind not in ("name", "address")
                or not any(start <= item.start and item.end <= end for start, end in public)]

    def segments(self, text: str, known_values: Sequence[tuple[str, str]] = ()) -> list[tuple[str, str | None]]:
        """The text cut into (piece, kind) parts; kind is None for text shown as it is and
        the piece is the label (e.g. "phone number") where something was masked."""
        parts: list[tuple[str, str | None]] = []
        position = 0
        for item in self.find(text, known_values):
            if item.start > position:
                parts.append((text[position:item.start], None))
            parts.append((LABELS[item.kind], item.kind))
            position = item.end
        if position < len(text or ""):
            parts.append((text[position:], None))
        return parts

    def mask(self, text: str, known_values: Sequence[tuple[str, str]] = ()) -> str:
        """The text with each piece of personal data replaced by its label in brackets."""
        return "".join(piece if kind is None else f"[{piece}]" for piece, kind in self.segments(text, known_values))


def _sentence_start(doc, index: int) -> bool:
    return index == 0 or doc[index - 1].text in {".", "!", "?", "\n", ":", ";", '"', "“"} or doc[index - 1].is_space


def _names_someone(doc, index: int) -> bool:
    """ "Grace is my sister", not "Will you help?": the next word says it is a person."""
    following = doc[index + 1].lower_ if index + 1 < len(doc) else ""
    if following in {"is", "has", "was", "and", "said", "says", "lives", "needs", "who", "'s", "’s", "gets"}:
        return True
    return following in phrases.NAMES_SOMEONE and doc[index].lower_ not in phrases.PRONOUN_NAMES


def _month_in_date(doc, index: int) -> bool:
    if doc[index].lower_ not in MONTHS:
        return False
    neighbours = [doc[i] for i in (index - 1, index + 1) if 0 <= i < len(doc)]
    return any(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", token.text) for token in neighbours)


def _spoken_phone(text: str) -> bool:
    """A run of seven or more digits of which some are said in words."""
    parts = re.findall(r"\w+", text.lower())
    digits = sum(len(part) if part.isdigit() else 0 if part == "double" else 1 for part in parts)
    return digits >= 7 and any(not part.isdigit() for part in parts)


def _nhs_cue(text: str, start: int) -> bool:
    return "nhs" in text[max(0, start - 25):start].lower()


def _merge(found: list[Found]) -> list[Found]:
    """Overlapping findings become one span, of the kind that ranks first."""
    merged: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        if merged and item.start < merged[-1].end:
            last = merged[-1]
            kind = min(last.kind, item.kind, key=PRIORITY.index)
            merged[-1] = Found(last.start, max(last.end, item.end), kind)
        else:
            merged.append(item)
    return merged


_building = threading.Lock()


def default_masker() -> Masker:
    """The masker, with the directory's public contact details and names left showing.
    Built once per process (it loads spaCy), by whichever thread asks first."""
    with _building:
        return _default_masker()


@lru_cache(maxsize=1)
def _default_masker() -> Masker:
    from bot.directory import queries

    return masker_for(queries.current())


def masker_for(directory) -> Masker:
    """A masker that leaves this directory's contact details and names showing."""
    contacts = [contact.value for service in directory.services.values() for contact in service.contacts]
    contacts += [line.value for card in directory.crisis.values() for line in card.lines]
    names = [service.name for service in directory.services.values()]
    names += [service.organisation_name for service in directory.services.values()]
    return Masker(public_contacts=contacts, public_names=names)


def mask(text: str, known_values: Sequence[tuple[str, str]] = ()) -> str:
    return default_masker().mask(text, known_values)
