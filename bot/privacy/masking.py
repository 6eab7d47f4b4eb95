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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from bot.privacy import masking_phrases as phrases

LABELS = {
    "name": "name",
    "phone": "phone number",
    "email": "email address",
    "postcode": "postcode",
    "address": "address",
    "date_of_birth": "date of birth",
    "date": "date",
    "nhs_number": "NHS number",
    "id_number": "reference number",
    "form_answer": "form answer",
}
# When two findings overlap, the merged span keeps the kind that is listed first.
PRIORITY = ("form_answer", "email", "phone", "nhs_number", "id_number", "postcode",
            "date_of_birth", "date", "address", "name")

# Slots that hold what a carer typed into a form, and the kind each value is.
PERSONAL_SLOTS = {
    "callback_name": "name",
    "callback_contact": "contact",  # a phone number or an email address
    "callback_time": "form_answer",
    "carer_name": "name",
    "postcode": "postcode",
}

GIVEN_NAMES_FILE = Path(__file__).with_name("given_names.txt")
# Given names that are also everyday words: a name only with a capital letter, and not
# as the first word of a sentence ("Will you help?", "I hope", "May I ask").
EVERYDAY_WORD_NAMES = frozenset({
    "amber", "bill", "dawn", "faith", "frank", "grace", "guy", "hazel", "heather", "hope", "ivy",
    "jack", "jean", "joy", "june", "lily", "mark", "may", "olive", "pat", "precious", "ray", "rob",
    "rose", "rosemary", "ruby", "sue", "violet", "will",
}) | phrases.EVERYDAY_WORD_NAMES
PERSON_WORDS = frozenset({
    "mum", "mom", "mother", "mam", "dad", "father", "husband", "wife", "partner", "son", "daughter",
    "brother", "sister", "nan", "nana", "nanna", "gran", "granny", "grandma", "grandad", "grandpa",
    "grandmother", "grandfather", "friend", "neighbour", "aunt", "auntie", "aunty", "uncle", "cousin",
    "boyfriend", "girlfriend", "fiance", "fiancee", "child", "kid", "baby", "stepdad", "stepmum",
    "carer", "worker", "nurse", "doctor", "gp", "social", "teacher",
})
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec")
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Capitalised words that follow "I'm" or "my mum" without being names.
NOT_NAMES_EXTRA = frozenset({
    "lambeth", "london", "brixton", "streatham", "clapham", "stockwell", "vauxhall", "kennington",
    "norwood", "waterloo", "england", "uk", "nhs", "gp", "council", "hub", "carers", "carer", "age",
    "dementia", "alzheimers", "alzheimer", "alzheimer's", "autism", "autistic", "parkinsons",
    "parkinson's", "ms", "covid", "cancer", "christmas", "easter", "eid", "ramadan", "diwali",
    "english", "british", "god", "jesus", "allah", "hi", "hello", "hey", "thanks", "thank", "please",
    "yes", "no", "ok", "okay", "sorry", "fine", "good", "well", "not", "so", "just", "really", "also",
    "happy", "sad", "tired", "exhausted", "worried", "scared", "afraid", "frightened", "stressed",
    "struggling", "lonely", "alone", "depressed", "anxious", "desperate", "confused", "lost", "upset",
    "angry", "ill", "sick", "unwell", "new", "young", "old", "looking", "trying", "caring", "living",
    "working", "writing", "asking", "calling", "here", "back", "still", "only", "finding", "worn",
    "down", "broke", "skint", "homeless", "pregnant", "disabled", "deaf", "blind", "at", "in", "on",
    "who", "what", "when", "where", "why", "how", "has", "had", "is", "was", "does", "did", "can",
    "could", "would", "should", "needs", "need", "wants", "lives", "cant", "can't", "doesn't", "won't",
})
STRONG_NAME_CUES = (
    ("my", "name", "is"), ("my", "name", "'s"), ("my", "name", ":"), ("my", "names"), ("name", ":"),
    ("name", "is"), ("names", "is"), ("i", "'m", "called"), ("i", "am", "called"), ("im", "called"),
    ("call", "me"), ("known", "as"), ("i", "go", "by"),
)
WEAK_NAME_CUES = (("i", "'m"), ("i", "’m"), ("i", "am"), ("im",), ("this", "is"), ("it", "'s"), ("its",))
TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam", "mr.", "mrs.", "ms.", "dr.")
STREET_WORDS = (
    "road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close", "way", "gardens", "gdns",
    "crescent", "cres", "place", "pl", "square", "sq", "terrace", "tce", "grove", "hill", "rise",
    "court", "ct", "drive", "walk", "mews", "row", "park", "vale", "parade", "estate", "house",
    "mansions", "tower", "buildings", "green", "passage", "yard", "wharf", "villas", "cottages",
)
FLAT_WORDS = ("flat", "apartment", "apt", "unit", "maisonette", "block") + phrases.FLAT_WORDS
LIVING_WORDS = frozenset({"live", "lives", "living", "moved", "stay", "staying"}) | phrases.LIVING_WORDS
STREET_AND_FLAT_WORDS = (frozenset(STREET_WORDS) | frozenset(FLAT_WORDS) | frozenset(phrases.FLOOR_WORDS)
                         | frozenset(phrases.HOUSE_WORDS) | frozenset(p.strip(".") for p in phrases.STREET_PREFIXES))
STRONG_CUE_WORDS = frozenset({"name", "names", "name's", "called", "known"}) | phrases.STRONG_CUE_WORDS
WORD = re.compile(r"[\w'’]+")

# --- fixed-shape patterns -------------------------------------------------------------
_SEP = r"[\s\-.()]{0,2}"
UK_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)(?:" + _SEP + r"\d){9,10}(?!\d)")
INTERNATIONAL_PHONE = re.compile(r"(?<![\w+])(?:\+|00)(?!44)\d{1,3}(?:" + _SEP + r"\d){6,12}(?!\d)")
# Portuguese, Spanish and Polish numbers written without the country code: nine digits,
# a mobile's first digit 5-9, together or grouped "912 345 678", "612 34 56 78".
LOCAL_FOREIGN_PHONE = re.compile(
    r"(?<![\w+£€$.,])[5-9]\d{2}(?:\d{6}|[ \-]\d{3}[ \-]\d{3}|[ \-]\d{2}[ \-]\d{2}[ \-]\d{2})(?![\w.,]?\d)")
# Any run of six or more digits after a word for a phone number: "mi número es el 7700 900123".
PHONE_AFTER_CUE = re.compile(
    r"\b" + phrases.PHONE_CUE + r"\b(?:\s*[:.\-–]\s*|\s+" + phrases.PHONE_CUE_LINKS + r"\b|\s+){0,6}\s*"
    r"(?P<number>\+?\d(?:[\s\-.()/]{0,2}\d){5,14})(?!\d)", re.IGNORECASE)
_DIGIT_WORD = r"(?:" + "|".join(sorted(phrases.DIGIT_WORDS, key=len, reverse=True)) + r"|\d{1,4})"
# A phone number said in words, in any of the languages: "zero sete sete zero zero nove ...".
SPOKEN_PHONE = re.compile(
    r"(?<!\w)" + _DIGIT_WORD + r"(?:[\s,.\-]+" + _DIGIT_WORD + r"){6,}(?!\w)", re.IGNORECASE)
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_DOT = r"(?:\s*(?:\.|\(dot\)|\[dot\])\s*|\s+(?:" + "|".join(phrases.EMAIL_DOT_WORDS) + r")\s+)"
_AT = r"(?:\(at\)|\[at\]|\s+(?:" + "|".join(phrases.EMAIL_AT_WORDS) + r")\s+)"
SPOKEN_EMAIL = re.compile(
    r"(?<![\w.])[\w+-]+(?:" + _DOT + r"[\w+-]+)*\s*" + _AT + r"\s*[\w-]+(?:" + _DOT
    + r"[\w-]+)*?" + _DOT + r"(?:" + "|".join(phrases.EMAIL_ENDINGS) + r")\b", re.IGNORECASE)
POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|GIR\s*0AA)\b", re.IGNORECASE)
TEN_DIGITS = re.compile(r"(?<![\w+])\d{3}[\s\-]?\d{3}[\s\-]?\d{4}(?![\w])")
NI_NUMBER = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.IGNORECASE)
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
FULL_DATE = re.compile(
    r"\b(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:" + _YEAR + r"|\d{2})"
    + r"|" + _YEAR + r"-\d{1,2}-\d{1,2}"
    + r"|" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\.?,?\s+(?:" + _YEAR + r"|'\d{2})"
    + r"|" + _MONTH + r"\.?\s+" + _DAY + r",?\s+" + _YEAR + r")\b", re.IGNORECASE)
# After "born", "DOB" or "date of birth" even a partial date is a date of birth.
BIRTH_DATE = re.compile(
    r"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on|\s+in)?|birthday(?:\s+is)?)\s*(?:is\s*)?[:\-]?\s*"
    r"(?P<date>" + FULL_DATE.pattern[2:-2] + r"|" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"|" + _MONTH
    + r"\s+" + _DAY + r"|\d{1,2}[/.\-]\d{1,2}|" + _YEAR + r")\b", re.IGNORECASE)
# "3 de março de 1958", "12 de marzo de 1958", "12 marca 1958"; after "nasci", "nací",
# "urodziłam się" or "dhalasho" even without the year.
FOREIGN_DATE = re.compile(
    r"\b\d{1,2}(?:º|ª|\.)?\s+(?:de\s+)?" + phrases.MONTH_PATTERN + r"\s+(?:de\s+|del\s+)?" + _YEAR + r"\b",
    re.IGNORECASE)
FOREIGN_BIRTH_DATE = re.compile(
    r"\b" + phrases.BIRTH_CUE + r"\b[^\d\n]{0,25}?(?P<date>" + FULL_DATE.pattern[2:-2] + r"|\d{1,2}(?:º|\.)?\s+(?:de\s+)?"
    + phrases.MONTH_PATTERN + r"(?:\s+(?:de\s+|del\s+)?" + _YEAR + r")?|\d{1,2}[/.\-]\d{1,2}|" + _YEAR + r")\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str


def normalise_phone(text: str) -> str:
    """Digits only, in the national form: '+44 (0)20 7501 8970' -> '02075018970'."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and text.strip().startswith("+"):
        digits = digits[2:]
    if digits.startswith("0"):
        return digits
    return "0" + digits if len(digits) == 10 else digits


def valid_nhs_number(digits: str) -> bool:
    """The NHS number's modulus 11 check digit."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


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
            if any(base in self.given_names and base not in EVERYDAY_WORD_NAMES for base in _polish_base_forms(word)):
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
            found.extend(_known_value_spans(text, kind, value))
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


CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-ZŁŚŻŹĆŃÓĘĄ][a-ząćęłńóśźż]{2,}(?![\w'’-])")
# Polish case endings, and what to put back for the name's plain form.
_POLISH_ENDINGS = (
    ("kiem", "ek"), ("kowi", "ek"), ("ka", "ek"), ("ku", "ek"), ("cie", "ta"), ("ce", "ka"), ("ki", "ka"),
    ("ii", "ia"), ("iem", ""), ("owi", ""), ("em", ""), ("ie", "a"), ("ą", "a"), ("ę", "a"), ("y", "a"),
    ("i", "a"), ("a", ""), ("u", ""), ("ze", ""),
)


def _polish_base_forms(word: str) -> set[str]:
    """ "kasią" -> {"kasia", ...}, "tomka" -> {"tomek", ...}, "małgorzacie" -> {"małgorzata", ...}."""
    return {word[:-len(ending)] + plain for ending, plain in _POLISH_ENDINGS
            if word.endswith(ending) and len(word) - len(ending) >= 2}


def _spoken_phone(text: str) -> bool:
    """A run of seven or more digits of which some are said in words."""
    parts = re.findall(r"\w+", text.lower())
    digits = sum(len(part) if part.isdigit() else 0 if part == "double" else 1 for part in parts)
    return digits >= 7 and any(not part.isdigit() for part in parts)


def _nhs_cue(text: str, start: int) -> bool:
    return "nhs" in text[max(0, start - 25):start].lower()


def known_value_kind(slot_kind: str, value: str) -> str:
    if slot_kind == "contact":
        return "email" if "@" in value else "phone"
    return slot_kind


def _known_value_spans(text: str, kind: str, value: str) -> list[Found]:
    value = (value or "").strip()
    if len(value) < 2:
        return []
    kind = known_value_kind(kind, value)
    patterns = [r"\s+".join(re.escape(part) for part in value.split())]
    if kind == "phone":
        digits = normalise_phone(value)
        if len(digits) >= 6:
            flexible = r"[\s\-.()]*".join(digits[1:] if digits.startswith("0") else digits)
            patterns.append(r"(?:(?:\+|00)\s*44\s*(?:\(0\)\s*)?|\(?0)?" + flexible if digits.startswith("0") else flexible)
    if kind == "name":
        patterns.extend(re.escape(part) for part in re.split(r"[\s,]+", value) if len(part) >= 3)
    found = []
    for pattern in patterns:
        for match in re.finditer(r"(?<!\w)(?:" + pattern + r")(?!\w)", text, re.IGNORECASE):
            found.append(Found(match.start(), match.end(), kind if kind in LABELS else "form_answer"))
    return found


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


def known_values_from_slots(slot_events: Iterable[tuple[str, object]]) -> list[tuple[str, str]]:
    """(kind, value) pairs from (slot name, value) pairs, for the personal slots only."""
    values = []
    for name, value in slot_events:
        kind = PERSONAL_SLOTS.get(name)
        if kind and isinstance(value, str) and value.strip():
            values.append((kind, value))
    return values


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
