"""The fixed shapes and word lists masking reads (bot/privacy/masking.py): phone numbers,
emails, postcodes, dates and reference numbers as regular expressions, the labels that
replace them, and the words around names and addresses."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

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


CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-ZŁŚŻŹĆŃÓĘĄ][a-ząćęłńóśźż]{2,}(?![\w'’-])")


# Polish case endings, and what to put back for the name's plain form.
_POLISH_ENDINGS = (
    ("kiem", "ek"), ("kowi", "ek"), ("ka", "ek"), ("ku", "ek"), ("cie", "ta"), ("ce", "ka"), ("ki", "ka"),
    ("ii", "ia"), ("iem", ""), ("owi", ""), ("em", ""), ("ie", "a"), ("ą", "a"), ("ę", "a"), ("y", "a"),
    ("i", "a"), ("a", ""), ("u", ""), ("ze", ""),
)


def polish_base_forms(word: str) -> set[str]:
    """ "kasią" -> {"kasia", ...}, "tomka" -> {"tomek", ...}, "małgorzacie" -> {"małgorzata", ...}."""
    return {word[:-len(ending)] + plain for ending, plain in _POLISH_ENDINGS
            if word.endswith(ending) and len(word) - len(ending) >= 2}
