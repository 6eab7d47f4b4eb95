"""Ages and where people live, said in Portuguese, Spanish and Polish (bot/nlu/entities.py):
a young carer is known by "tengo 14 años" as by "I'm 14"; years of caring are not an age."""
from __future__ import annotations

import pytest
import spacy

from bot.nlu import spacy_model
from bot.nlu.entities import RuleEntityMatcher


@pytest.fixture(scope="module")
def found():
    spacy_model.ensure_built()
    nlp = spacy.load(str(spacy_model.SPACY_MODEL_DIR))
    matcher = RuleEntityMatcher(nlp, {"place": ["croydon", "birmingham"], "need": ["dla"]},
                                {"croydon": "outside_lambeth", "birmingham": "outside_lambeth", "dla": "money"})
    return lambda text: {(entity.entity, entity.value) for entity in matcher.find(nlp(text))}


@pytest.mark.parametrize("text, age", [
    ("tengo 14 años y cuido a mi mamá", 14), ("Tenho 15 anos e cuido da minha avó", 15),
    ("mam 13 lat i pomagam tacie", 13), ("hola, tengo 12 años, mi papá está enfermo", 12),
])
def test_a_carers_own_age(found, text, age):
    assert ("carer_age", age) in found(text)


@pytest.mark.parametrize("text", ["tengo 20 años cuidando a mi madre", "tenho 30 anos de casada e cuido do meu marido",
                                  "tengo 3 hijos y cuido a mi suegra"])
def test_years_of_caring_or_children_are_not_an_age(found, text):
    assert not {value for name, value in found(text) if name == "carer_age"}


@pytest.mark.parametrize("text, age", [("mi hijo de 30 años tiene autismo", 30), ("o meu filho de 8 anos é autista", 8),
                                       ("mój syn ma 25 lat i ma autyzm", 25)])
def test_the_age_of_the_person_cared_for(found, text, age):
    assert ("person_age", age) in found(text)


@pytest.mark.parametrize("text", ["vivo en Croydon y cuido a mi madre que tiene demencia",
                                  "moro em Croydon com a minha mãe que tem demência e preciso de ajuda",
                                  "mieszkam w Croydon i opiekuję się mamą, która ma demencję",
                                  "mi madre está en Birmingham y yo la cuido desde aquí los fines de semana"])
def test_living_outside_lambeth(found, text):
    assert ("place", "outside_lambeth") in found(text)


def test_working_somewhere_else_says_nothing_about_where_someone_lives(found):
    assert ("place", "outside_lambeth") not in found("trabajo en Croydon pero cuido a mi madre en Brixton todos los días")


@pytest.mark.parametrize("text", ["potrzebuję pomocy dla mamy, która ma demencję", "grupa wsparcia dla opiekunów",
                                  "czy jest cos dla mnie"])
def test_polish_for_is_not_the_benefit_dla(found, text):
    assert ("need", "money") not in found(text)


@pytest.mark.parametrize("text", ["my son gets dla and I care for him", "DLA", "can I get dla for my daughter",
                                  "Mój syn dostaje DLA"])
def test_the_benefit_dla_is_still_read_in_english_and_in_capitals(found, text):
    assert ("need", "money") in found(text)
