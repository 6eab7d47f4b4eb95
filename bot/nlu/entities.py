"""Rule-based entity extraction over a spaCy Doc: who is cared for, their condition,
the carer's needs and age, places and postcodes.

Vocabulary terms come from the NLU lookup tables (data/nlu/vocabulary.yml) and their
canonical values from its synonyms; the patterns for ages and postcodes live here.
Matching runs on lower-case text and on lemmas, so "brothers" finds "brother".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from bot.text import edit_distance

NUMBER_WORDS = {
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
NOT_AN_AGE_AFTER = {
    "hours", "hour", "hrs", "hr", "minutes", "mins", "days", "day", "weeks", "week", "months",
    "miles", "%", "percent", "of", "pounds", "quid", "k", "am", "pm", "times", "x", "kids",
    "children", "grandchildren", "siblings", "people", "carers", "flat", "floor", "stone", "kg",
    # "tengo 20 años cuidando", "tenho 30 anos de casada": years of caring, not an age
    "cuidando", "cuidándola", "cuidandola", "cuidándolo", "cuidandolo", "de", "como", "jako", "opiekuje", "opiekuję",
}
# How carers say their own age in Portuguese, Spanish and Polish: "tenho 14 anos", "tengo 14 años", "mam 14 lat".
HAVE_YEARS = {"tenho", "tengo", "mam"}
YEARS_WORDS = {"anos", "años", "anos,", "lat", "lata", "latka"}
# "meu filho de 30 anos", "mi hijo de 30 años", "mój syn ma 30 lat"
PERSON_WORDS_ELSEWHERE = [
    "mãe", "mae", "pai", "filho", "filha", "marido", "esposa", "esposo", "avó", "avo", "avô", "irmão", "irmao", "irmã",
    "irma", "madre", "padre", "mamá", "mama", "papá", "papa", "hijo", "hija", "abuela", "abuelo", "hermano", "hermana",
    "tata", "syn", "córka", "corka", "mąż", "maz", "żona", "zona", "babcia", "dziadek", "brat", "siostra",
]
PERSON_WORDS = [
    "he", "she", "they", "mum", "mom", "mother", "dad", "father", "husband", "wife", "partner",
    "son", "daughter", "brother", "sister", "nan", "nana", "gran", "granny", "grandma", "grandad",
    "grandpa", "grandmother", "grandfather", "friend", "neighbour", "aunt", "auntie", "uncle",
]
FULL_POSTCODE = re.compile(r"\b([A-Za-z]{1,2}\d[A-Za-z\d]?)\s*(\d[A-Za-z]{2})\b")
# A bare district ("SW9", "SE11") only for London areas, where "B1" or "E3" in other
# senses is unlikely enough; a full postcode is always taken.
FUZZY_MIN_LENGTH = 7
# "my 12 year old sister" is not the carer's child.
NOT_MY_CHILD = {"sister", "brother", "sis", "bro", "niece", "nephew", "cousin", "grandson", "granddaughter", "neighbour"}
RESIDENCE_WORDS = {"live", "lives", "living", "lived", "reside", "resides", "residing", "moved", "move", "moving", "based",
                   "stay", "stays", "staying", "home", "house", "flat",
                   # Portuguese, Spanish and Polish (issue 15): "moro em Croydon", "vivo en Croydon", "mieszkam w Croydon"
                   "moro", "mora", "moramos", "moram", "mudei", "mudamos", "mudou", "casa",
                   "vivo", "vive", "vivimos", "viven", "vivia", "mudé", "mude", "mudó", "mudo",
                   "mieszkam", "mieszka", "mieszkamy", "mieszkaja", "mieszkają", "przeprowadzilam", "przeprowadziłam",
                   "przeprowadzilem", "przeprowadziłem", "dom", "domu"}
BEING_IN = {"am", "m", "'m", "is", "'s", "are", "im"}  # "I'm in Croydon", "dad is in Birmingham"
IN_WORDS = {"in", "em", "en", "no", "na", "nos", "nas", "w", "we"}  # "estou em Croydon", "está en Croydon", "jestem w Croydon"
BEING_IN_ELSEWHERE = {"estou", "esta", "está", "estamos", "estão", "estao", "estoy", "estan", "están", "jestem", "jest",
                      "jestesmy",
                      "jesteśmy"}
# Whose state a word like "lonely" or "anxious" describes: the nearest person mentioned
# before it in the same sentence.
FIRST_PERSON = {"i", "i'm", "im", "me", "my", "myself", "mine", "we", "us", "our", "ourselves"}
THIRD_PERSON = set(PERSON_WORDS) | {"him", "her", "his", "them", "their", "client", "patient", "son's", "daughter's",
                                    "grandson", "granddaughter", "cousin", "child", "kid", "bro", "sis", "hubby"}
LONDON_DISTRICT = re.compile(r"\b((?:SE|SW|NW|EC|WC|CR|BR|N|E|W)\d{1,2}[A-Za-z]?)\b", re.IGNORECASE)


# English vocabulary that is an everyday word in a language the bot speaks: Polish "dla"
# ("for") is not DLA, the benefit. Such a word counts unless written in capitals in a message
# in that language.
EVERYDAY_ELSEWHERE = {"dla": "pl"}


def _a_word_of_another_language(doc: Doc, span: Span) -> bool:
    language = EVERYDAY_ELSEWHERE.get(span.text.lower())
    if language is None or span.text.isupper():
        return False
    from bot.language_detection import most_likely

    return most_likely(doc.text) == language


@dataclass(frozen=True)
class Entity:
    entity: str
    value: str | int
    start: int
    end: int
    text: str

    def as_rasa(self) -> dict:
        return {
            "entity": self.entity,
            "value": self.value,
            "start": self.start,
            "end": self.end,
            "confidence_entity": 1.0,
        }


class RuleEntityMatcher:
    """Finds vocabulary terms, ages and postcodes in a Doc."""

    def __init__(
        self,
        nlp: Language,
        vocabulary: Mapping[str, Iterable[str]],
        canonical: Mapping[str, str],
    ) -> None:
        self.canonical = {term.lower(): value for term, value in canonical.items()}
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        for entity, terms in vocabulary.items():
            terms = sorted({term.strip().lower() for term in terms if term.strip()})
            self.lower_matcher.add(entity, [nlp.make_doc(term) for term in terms])
            self.lemma_matcher.add(entity, list(nlp.pipe(terms)))
        self.age_matcher = Matcher(nlp.vocab)
        self._add_age_patterns()
        # Long single words, for typo-tolerant matching ("demensia", "benifits").
        self.fuzzy_terms: dict[str, list[tuple[str, str]]] = {}
        for entity, terms in vocabulary.items():
            for term in {t.strip().lower() for t in terms}:
                if " " not in term and len(term) >= FUZZY_MIN_LENGTH and term.isalpha():
                    self.fuzzy_terms.setdefault(term[0], []).append((term, entity))

    def _add_age_patterns(self) -> None:
        number = {"LIKE_NUM": True}
        i_am = [{"LOWER": {"IN": ["i", "im", "iam"]}}, {"LOWER": {"IN": ["am", "'m", "m", "’m"]}, "OP": "?"}]
        hedge = {"LOWER": {"IN": ["only", "just", "nearly", "almost", "now", "currently", "a"]}, "OP": "*"}
        self.age_matcher.add("carer_age", [
            i_am + [hedge, number],
            i_am + [hedge, {"LOWER": "aged"}, number],
            [{"LOWER": {"IN": ["age", "aged"]}}, number, {"LOWER": {"IN": ["and", ","]}, "OP": "?"},
             {"LOWER": {"IN": ["i", "im"]}}],
            [number, {"LOWER": {"IN": ["yo", "y/o", "yr", "yrs", "year", "years"]}},
             {"LOWER": "old", "OP": "?"}, {"LOWER": {"IN": ["here", "girl", "boy", "student", "carer"]}}],
            [{"TEXT": {"REGEX": r"^\d{1,2}(yo|yrs?|y/o)$"}}, {"LOWER": "here", "OP": "?"}],
            [{"LOWER": {"IN": sorted(HAVE_YEARS)}}, number, {"LOWER": {"IN": sorted(YEARS_WORDS)}}],
        ])
        self.age_matcher.add("carer_age_bare", [
            [{"IS_SENT_START": True, "LIKE_NUM": True}, {"LOWER": {"IN": [",", "and", "n", "&", "-", "yo", "y/o"]}}],
            [{"LIKE_NUM": True}, {"LOWER": {"IN": ["y/o", "yo", "yr", "yrs", "years"]}, "OP": "?"},
             {"LOWER": "old", "OP": "?"}, {"LOWER": "carer"}],
            [{"LIKE_NUM": True}, {"LOWER": "y"}, {"ORTH": "/"}, {"LOWER": "o"}],  # "19 y/o" comes as four tokens
            [{"LOWER": "carer"}, {"LOWER": {"IN": ["aged", "age"]}}, number],
        ])
        self.age_matcher.add("school_year", [
            [{"LOWER": {"IN": ["yr", "year"]}}, number, {"LOWER": {"IN": ["girl", "boy", "kid", "student", "here"]}}],
            [{"LOWER": {"IN": ["in", "im"]}}, {"LOWER": {"IN": ["year", "yr", "yr."]}}, number],
            [{"LOWER": {"IN": ["year", "yr"]}}, number, {"LOWER": {"IN": ["student", "pupil", "at"]}}],
        ])
        self.age_matcher.add("person_age", [
            [{"LOWER": {"IN": PERSON_WORDS}}, {"LOWER": {"IN": ["is", "'s", "s", "who", "whos", "who's", "aged"]}},
             {"LOWER": {"IN": ["is", "now", "nearly", "almost", "only", "just"]}, "OP": "*"}, number],
            [number, {"LOWER": {"IN": ["year", "years", "yr", "yrs", "y"]}}, {"LOWER": {"IN": ["old", "o"]}}],
            [{"TEXT": {"REGEX": r"^\d{1,3}(yo|yr|y/o)$"}}],
            [{"LOWER": {"IN": PERSON_WORDS_ELSEWHERE}}, {"LOWER": {"IN": ["de", "ma", "tem", "tiene"]}}, number,
             {"LOWER": {"IN": sorted(YEARS_WORDS)}}],
            [{"LOWER": {"IN": ["in", "into"]}}, {"LOWER": {"IN": ["her", "his", "their", "our"]}},
             {"LOWER": {"IN": ["late", "early", "mid", "mid-"]}, "OP": "?"},
             {"TEXT": {"REGEX": r"^(\d0s|[a-z]+ties)$"}}],
            # "my son Carl is 41"
            [{"LOWER": {"IN": PERSON_WORDS}}, {"IS_TITLE": True, "IS_ALPHA": True},
             {"LOWER": {"IN": ["is", "'s", "s"]}}, {"LOWER": {"IN": ["now", "nearly", "almost", "only", "just"]}, "OP": "*"}, number],
            # "my mother, aged 87", "my son, who is 23"
            [{"LOWER": {"IN": PERSON_WORDS}}, {"ORTH": ","}, {"LOWER": "aged"}, number],
            [{"LOWER": {"IN": PERSON_WORDS}}, {"ORTH": ","}, {"LOWER": "who"}, {"LOWER": {"IN": ["is", "'s"]}}, number],
            # How long posts write ages: "Dad (86)", "my husband, 81,", "Mrs Roberts, aged 89",
            # "a lady who is 76", "Joan, is 79"
            [{"LOWER": {"IN": PERSON_WORDS}}, {"ORTH": "("}, number, {"ORTH": ")"}],
            [{"LOWER": {"IN": PERSON_WORDS}}, {"ORTH": ","}, number, {"ORTH": {"IN": [",", ".", ")", ";"]}}],
            [{"ORTH": ","}, {"LOWER": "aged"}, number],
            [{"LOWER": "who"}, {"LOWER": {"IN": ["is", "'s", "s"]}}, {"LOWER": {"IN": ["now", "nearly", "almost", "only", "just"]}, "OP": "*"},
             number],
            [{"IS_TITLE": True, "IS_ALPHA": True}, {"ORTH": ","}, {"LOWER": "is"}, number],
        ])

    def find(self, doc: Doc) -> list[Entity]:
        spans = [Span(doc, start, end, label=match_id)
                 for match_id, start, end in self.lower_matcher(doc) + self.lemma_matcher(doc)]
        matched = filter_spans(spans)
        kept = [span for span in matched
                if not self._passing_mention(doc, span) and not self._someone_elses_state(doc, span)
                and not _a_word_of_another_language(doc, span)]
        found = [self._vocabulary_entity(span) for span in kept]
        # Words set aside stay covered, so the typo-tolerant pass does not bring them back.
        covered = {i for span in matched for i in range(span.start, span.end)}
        found += self._near_misses(doc, covered)
        found += self._ages(doc)
        found += self._postcodes(doc.text)
        return sorted(found, key=lambda entity: entity.start)

    def _passing_mention(self, doc: Doc, span: Span) -> bool:
        """A place outside Lambeth counts only where someone lives or stays there, or as a
        short answer ("Croydon"): "I work in Westminster" says nothing about eligibility."""
        if span.label_ != "place" or self.canonical.get(span.text.lower(), span.text.lower()) != "outside_lambeth":
            return False
        if len(doc) <= 6:
            return False
        before = {token.lower_ for token in doc[max(0, span.start - 5):span.start]}
        after = {token.lower_ for token in doc[span.end:span.end + 3]}
        being_in = span.start >= 2 and doc[span.start - 1].lower_ in IN_WORDS \
            and doc[span.start - 2].lower_ in BEING_IN | BEING_IN_ELSEWHERE
        return not (before & RESIDENCE_WORDS or being_in or after & {"borough", "council"})

    def _someone_elses_state(self, doc: Doc, span: Span) -> bool:
        """"Dad is very lonely", "she's getting anxious": the carer's own wellbeing is not
        the need there. Words that name the carer ("on my own", "my knees") always count."""
        if span.label_ != "need" or self._vocabulary_entity(span).value != "wellbeing":
            return False
        if any(token.lower_ in FIRST_PERSON for token in span):
            return False
        for token in reversed(doc[max(0, span.start - 8):span.start]):
            word = token.lower_
            if word in {".", "!", "?", ";"}:
                return False
            if word in FIRST_PERSON:
                return False
            if word in THIRD_PERSON:
                return True
        return False

    def _vocabulary_entity(self, span: Span) -> Entity:
        text = span.text
        lemma = " ".join(token.lemma_.lower() for token in span)
        value = self.canonical.get(text.lower()) or self.canonical.get(lemma) or text.lower()
        return Entity(span.label_, value, span.start_char, span.end_char, text)

    def _near_misses(self, doc: Doc, covered: set[int]) -> list[Entity]:
        """Words one typing slip away from a vocabulary word (two for long words)."""
        found = []
        for token in doc:
            word = token.lower_
            if token.i in covered or len(word) < FUZZY_MIN_LENGTH or not word.isalpha():
                continue
            if token.lemma_.lower() != word:
                continue  # a known English word ("hearing", "managed"), not a slip for "heating" or "manager"
            allowed = 2 if len(word) >= 10 else 1
            for term, entity in self.fuzzy_terms.get(word[0], ()):
                if abs(len(term) - len(word)) <= allowed and edit_distance(word, term, allowed) <= allowed:
                    value = self.canonical.get(term, term)
                    found.append(Entity(entity, value, token.idx, token.idx + len(token.text), token.text))
                    break
        return found

    def _ages(self, doc: Doc) -> list[Entity]:
        found: list[Entity] = []
        claimed: set[int] = set()
        matches = sorted(self.age_matcher(doc), key=lambda match: (match[1], -(match[2] - match[1])))
        for match_id, start, end in matches:
            label = doc.vocab.strings[match_id]
            span = doc[start:end]
            if claimed & set(range(start, end)):
                continue
            number = _number_in(span)
            if number is None:
                continue
            following = doc[end].lower_ if end < len(doc) else ""
            if label != "person_age" and following in NOT_AN_AGE_AFTER:
                continue
            if label == "carer_age_bare":
                if not 5 <= number <= 99:
                    continue
                label = "carer_age"
            if label == "school_year":
                if not 1 <= number <= 13:
                    continue
                label, number = "carer_age", number + 5  # Year 10 pupils are 14 or 15
            elif label == "carer_age" and not 5 <= number <= 110:
                continue
            elif label == "person_age":
                if following in {"hours", "hour", "minutes", "days", "weeks", "months", "years", "times", "%"}:
                    continue
                if span.text.lower().startswith(("in ", "into ")) and number < 10:
                    continue
            claimed |= set(range(start, end))
            found.append(Entity(label, number, span.start_char, span.end_char, span.text))
            following_word = doc[end].lower_ if end < len(doc) else ""
            if (label == "person_age" and start > 0 and doc[start - 1].lower_ in ("my", "our") and number < 18
                    and following_word not in NOT_MY_CHILD):
                # "my 10 year old" is the carer's child
                found.append(Entity("relationship", "child", span.start_char, span.end_char, span.text))
        return found

    @staticmethod
    def _postcodes(text: str) -> list[Entity]:
        found = [Entity("postcode", f"{m.group(1)} {m.group(2)}".upper(), m.start(), m.end(), m.group(0))
                 for m in FULL_POSTCODE.finditer(text)]
        taken = [(entity.start, entity.end) for entity in found]
        for m in LONDON_DISTRICT.finditer(text):
            if any(start <= m.start() < end for start, end in taken):
                continue
            found.append(Entity("postcode", m.group(1).upper(), m.start(), m.end(), m.group(0)))
        return found


def _number_in(span: Span) -> int | None:
    for token in span:
        text = token.lower_
        digits = re.match(r"^(\d{1,3})", text)
        if digits:
            return int(digits.group(1))
        if text in NUMBER_WORDS:
            return NUMBER_WORDS[text]
        decade = re.match(r"^(\d)0s$", text)
        if decade:
            return int(decade.group(1)) * 10
        for word, tens in (("seventies", 70), ("eighties", 80), ("nineties", 90), ("sixties", 60)):
            if text == word:
                return tens
    return None
