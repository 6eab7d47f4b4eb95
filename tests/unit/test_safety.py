"""The crisis rules, tested with many phrasings (the held-out set is tested separately)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety import assess

# Ordinary needs and everyday sentences that no family's words tempt. Each family's own
# catches and look-alikes live in its module (bot/safety/families/) and are tested in
# tests/unit/safety/test_families.py.
ORDINARY_NEEDS = [
    'I need a break',
    'my dad had a stroke last year and I look after him',
    "I'm fitting caring around work",
    'I keep missing appointments because of caring',
    'I fell behind on the rent',
    'She has epilepsy and a learning disability',
    'my son is autistic and I need respite',
    'mum has dementia',
    "How do I get a carer's assessment?",
    'we are at the end of the month and broke',
    'Can I get a carers card?',
    'the cost of care is bleeding us dry',
    "I don't really know who I am if I'm not his carer",
    "Am I allowed to work more than 16 hours a week on Carer's Allowance? I'm not allowed to work much, apparently.",
    "I lock the door at night so Dad doesn't wander, is that OK?",
    "Her hair has gone grey since the diagnosis, she's only 50.",
    "I have power of attorney and need to sell mum's house to pay for her care home.",
    "The bus didn't stop for my son's wheelchair again today, so frustrating.",
    "I can see the point now of having a carer's assessment.",
    'There is nowhere to go for respite in Lambeth that takes him.',
    "Since covid I've been on my own a lot and mum can't go out.",
    "I'm leaving work early to look after mum, she's alone all afternoon.",
    'I feel stuck in a rut and alone, caring for my husband.',
    "I'd like to be with mum when she passes, she's in a hospice now.",
    'I keep him away from the phone because of scammers.',
    "I've lost 2 stone since I started caring, I forget to eat.",
    'I took my meds late today because dad had a bad night.',
    'Dad keeps banging on the door at night wanting to go out, he has dementia.',
    'We went in the sea on holiday and mum loved it.',
    'My son got ripped off by the energy company.',
    'Changing wet sheets all day is exhausting.',
    "I'm taking my dad's pension to the post office for him.",
    'The kids broke the window with a football, great.',
    'My dad drinks and then drives to the pub, I worry about him.',
    "I'm going abroad for my sister's wedding in June, who can look after mum?",
]


@pytest.mark.parametrize("text", ORDINARY_NEEDS)
def test_ordinary_needs_are_not_crises(text):
    assert not assess(text).is_crisis, (text, assess(text))


@pytest.mark.parametrize("text", [
    "I'm exhausted and I can't cope",
    "I feel so overwhelmed and low",
    "I'm not suicidal, just completely burnt out",
])
def test_distress_without_crisis_asks_a_safety_question(text):
    result = assess(text)
    assert not result.is_crisis
    assert result.safety_check


@pytest.mark.parametrize("text", ["", "   ", "🙂", "<script>alert(1)</script>", "a" * 20000],
                         ids=["empty", "spaces", "emoji", "script", "20000 characters"])
def test_odd_input_is_harmless(text):
    assert not assess(text).is_crisis


# The development set (written blind, then used to broaden the rules) and the crisis
# examples the classifier is trained on: the rules must not depend on the classifier
# for any of them.
DEVELOPMENT = [item for name in ("crisis_dev.yml", "crisis_dev2.yml")
               for item in yaml.safe_load((Path(__file__).parents[1] / "development" / name).read_text(encoding="utf-8"))]
# Development messages the rules still miss or flag, left as they are rather than fitted
# one by one (a regression here would show as a new failure).
KNOWN_MISSES = {
    "being deported next week, no appeal left. my mum is blind n deaf n im all she has. who will look after her",
}
KNOWN_FALSE_ALARMS = {
    "Just got back from A&E, mum's pain in her chest turned out to be a pulled muscle and she's home and fine. "
    "I'm shattered. Who can I talk to about respite?",
}


def _training_examples(intent_wanted: bool) -> list[str]:
    texts = []
    for path in sorted((Path(__file__).parents[2] / "data" / "nlu").glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if "intent" in block and (block["intent"] == "crisis") == intent_wanted:
                texts += [line.strip()[2:] for line in block["examples"].splitlines() if line.strip()]
    return texts


@pytest.mark.parametrize("item", [i for i in DEVELOPMENT if i["crisis"] and i["text"] not in KNOWN_MISSES],
                         ids=lambda i: i["crisis"])
def test_development_set_crises_are_recognised(item):
    assert assess(item["text"]).is_crisis, item["text"]


@pytest.mark.parametrize("item", [i for i in DEVELOPMENT if not i["crisis"] and i["text"] not in KNOWN_FALSE_ALARMS],
                         ids=lambda i: i["style"])
def test_development_set_look_alikes_are_not_crises(item):
    assert not assess(item["text"]).is_crisis, (item["text"], assess(item["text"]))


def test_every_crisis_training_example_is_caught_by_the_rules():
    missed = [text for text in _training_examples(True) if not assess(text).is_crisis]
    assert not missed


def test_no_other_training_example_is_taken_for_a_crisis():
    flagged = [(text, assess(text).matched) for text in _training_examples(False) if assess(text).is_crisis]
    assert not flagged


def test_no_message_of_the_situations_development_set_is_taken_for_a_crisis():
    # 450 ordinary carers' messages written blind (tests/development/situations_dev.yml).
    path = Path(__file__).parents[1] / "development" / "situations_dev.yml"
    flagged = [(item["text"], assess(item["text"]).matched)
               for item in yaml.safe_load(path.read_text(encoding="utf-8")) if assess(item["text"]).is_crisis]
    assert not flagged


def test_a_long_post_is_read_a_few_sentences_at_a_time():
    # Normalising removes full stops, so a phrase read over the whole post would join a
    # heart attack in the first sentence to "now" six sentences later.
    post = ("Dad had a heart attack and a bypass, and the rehab went well. We moved to Streatham after that. "
            "I work part time in a school. My sister helps at weekends. We get on fine most days. "
            "He is 80 now and very forgetful. I would like to know about a carers assessment.")
    assert not assess(post).is_crisis
    danger = post.replace("We get on fine most days.", "Tonight he has chest pain and is sweating, he says it is like his heart attack.")
    assert "medical_emergency" in assess(danger).kinds


@pytest.mark.parametrize("post", [
    "im 15 and i look after my mum who has MS. i do the shopping and help her get dressed. my dad works away a lot. "
    "i like helping but i get scared when she falls because i cant lift her. my teacher said there are young carers "
    "groups where you meet other people like you and go on trips. how do i join one, is it free?",
    "I'm 13. My nan lives with us and she has Parkinson's, I help her with her tablets and walk her to the shops. "
    "Sometimes I'm afraid she will fall in the street and I won't know what to do. Mum works nights at the hospital. "
    "Is there a first aid course for kids my age, and are there clubs for young carers near Brixton?",
])
def test_a_child_scared_for_a_parent_in_a_long_post_gets_the_safety_line_not_a_card(post):
    result = assess(post)
    assert not result.is_crisis and result.safety_check, result


@pytest.mark.parametrize("message", [
    "im 12 and i get scared at night when mum goes out",
    "I'm 14 and I'm frightened of my stepdad",
])
def test_a_child_scared_at_home_in_a_short_message_still_gets_the_card(message):
    assert "child_at_risk" in assess(message).kinds
