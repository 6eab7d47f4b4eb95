"""The crisis rules, tested with many phrasings (the held-out set is tested separately)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety import assess

CRISES = {
    "suicidal": [
        "I want to kill myself",
        "i wanna kms",
        "I'm going to end it all tonight",
        "Sometimes I think everyone would be better off without me",
        "I don't want to be here anymore",
        "theres no point in living like this",
        "I've been having suicidal thoughts",
        "feeling sucidal",
        "i just want to die",
        "I wish I could go to sleep and never wake up",
        "my son keeps talking about wanting to die",
        "Dad has been threatening to kill himself",
        "I can't go on like this",
        "I'm thinking of taking my own life",
        "what is the point of living",
        "I have been saving up my tablets",
    ],
    "self_harm": [
        "I've been cutting again",
        "i self harm when it gets too much",
        "my daughter is hurting herself",
        "I keep scratching myself until I bleed",
        "he bangs his head against the wall until it bleeds",
        "I burn myself sometimes",
    ],
    "medical_emergency": [
        "dad collapsed and isn't breathing",
        "mum won't wake up",
        "my husband is having a seizure and it won't stop",
        "she took too many tablets",
        "he's taken a whole packet of paracetamol",
        "my wife has chest pain",
        "nan has fallen and can't get up",
        "he has a knife and says he will kill me",
        "mum has gone missing and it's dark",
        "I think dad is having a stroke, his face is drooping",
        "the kitchen is on fire",
        "he overdosed",
    ],
    "child_at_risk": [
        "my dad hits me and my little brother",
        "im 13 and mum has been drunk for 3 days and there's no food in the house",
        "i'm scared to go home",
        "mum leaves me alone for days",
        "mum's boyfriend touched me",
        "someone older is making me carry stuff for them",
    ],
    "adult_at_risk": [
        "my brother keeps taking nan's pension",
        "the care worker is rough with mum and she has bruises nobody can explain",
        "my son hits me when he gets angry",
        "mum hits me when she is confused",
        "the agency left dad without his medication",
        "I think someone is financially abusing my grandad",
    ],
    "domestic_abuse": [
        "my partner won't let me leave the house",
        "my husband takes all my money and checks my phone",
        "I'm scared of my husband",
        "he hits me",
        "domestic violence",
    ],
    "care_breakdown": [
        "I'm in hospital and nobody is looking after mum",
        "no one to look after dad tonight",
        "I'm going to walk out, I can't do it anymore",
    ],
}

NOT_CRISES = [
    "I'm dying to find a carers group near me",
    "this benefits form is killing me",
    "my back is killing me from lifting dad",
    "I could murder a cup of tea",
    "dead tired after a night with mum",
    "I need a break",
    "I'm struggling with money",
    "my dad had a stroke last year and I look after him",
    "we're cutting back on food to pay the bills",
    "cutting mum's pills in half is a nightmare",
    "I'm fitting caring around work",
    "I keep missing appointments because of caring",
    "I fell behind on the rent",
    "She has epilepsy and a learning disability",
    "my son is autistic and I need respite",
    "mum has dementia",
    "I'm in year 9 and I help my mum",
    "How do I get a carer's assessment?",
    "we are at the end of the month and broke",
    "Can I get a carers card?",
]


@pytest.mark.parametrize("kind, text", [(k, t) for k, texts in CRISES.items() for t in texts])
def test_crisis_is_recognised(kind, text):
    result = assess(text)
    assert result.is_crisis, text
    assert kind in result.kinds or kind in ("adult_at_risk", "domestic_abuse", "care_breakdown"), (text, result)


@pytest.mark.parametrize("text", NOT_CRISES)
def test_look_alikes_and_ordinary_needs_are_not_crises(text):
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


# Phrasings added while broadening the rules by family (none is from a held-out set).
MORE_CRISES = {
    "suicidal": [
        "nobody would even notice if i was gone",
        "they would all manage fine without me",
        "I can't live like this any more",
        "I've had enough of life",
        "sometimes I wish I wasn't alive",
        "i dont see any point in living",
        "my husband keeps saying he will end his life",
        "I keep thinking about walking into traffic",
        "I've written letters to my kids just in case",
    ],
    "self_harm": [
        "I scratch my arms until they bleed",
        "she's been burning her arm with a lighter",
        "I hurt myself on purpose when it gets bad",
        "he's started cutting his legs",
    ],
    "medical_emergency": [
        "HELP dad on floor not moving",
        "mum fell and she isn't responding",
        "my wife with dementia has been missing since lunchtime and it's getting dark",
    ],
    "child_at_risk": [
        "im 11 and mums drunk again and we havent had tea",
        "im 14 and dad shouts and pushes me",
        "i dont want to go home tonight",
        "im 13 n my stepdads mate keeps touchin me",
        "the kids next door have been alone for days and their mum is in hospital",
    ],
    "adult_at_risk": [
        "the care home staff are withholding her meals as a punishment",
        "some lads keep making my brother get money out for them",
        "dad has been left without his tablets since friday",
        "the carers leave nan in a wet bed all night",
    ],
    "domestic_abuse": [
        "my wife won't let me have any money of my own",
        "he throws things at me when he's been drinking",
        "my partner pressures me to have sex when I don't want to",
    ],
    "care_breakdown": [
        "no1 to look after dad 2nite and im stuck in hosp",
        "I'm going to walk away, nobody is helping",
        "I need an operation tomorrow and my son can't be left alone",
    ],
}

MORE_NOT_CRISES = [
    "I nearly had a heart attack when I saw the gas bill",
    "the cost of care is bleeding us dry",
    "if I collapse in the street who will look after mum",
    "my boss is going to kill me if I ask for more time off",
    "I'm dying for a cup of tea",
    "we got cut off by the electric company",
    "I don't really know who I am if I'm not his carer",
    "my brother has meltdowns but he doesn't hurt me",
    "my partner has been in hospital for weeks and nobody asked if I can cope at home",
    "I nearly died laughing at the carers group",
]


# A third round of families (again none of these is from a held-out set).
THIRD_ROUND = {
    "medical_emergency": ["HELP nan colapsed in the hall", "dad is clutching his chest and has gone grey",
                          "my wife with dementia went to the shop 3 hours ago and hasnt come back",
                          "his face has dropped on one side and he is slurring his words",
                          "mum is diabetic and really sweaty and confused"],
    "suicidal": ["I won't be needing any of this soon", "i cant see any reason to keep going",
                 "She sent me a message saying sorry for everything and that this is the best thing for everyone. "
                 "She isn't answering her phone.",
                 "There isn't a now. I've written letters to my sisters. I've got her morphine still.",
                 "I've been saving up his tablets without anyone noticing",
                 "I've been working out how many of my tablets it would take",
                 "I no longer want to go on living", "I've said my goodbyes"],
    "self_harm": ["I take a razor to my arms at night", "I make cuts on my legs so nobody sees"],
    "child_at_risk": ["an older boy gives me money to carry packages for him, im 14",
                      "im 13 theres no food in the house and mum is asleep again",
                      "mum drinks, no food in the flat and my little brother is hungry",
                      "her dad hit her with a belt", "im 12 and i havent been in school for weeks cos of mum"],
    "adult_at_risk": ["someone keeps taking cash from mum's purse",
                      "grandad's bank statements show thousands going out to her, the neighbour who helps", "his so-called mates moved into his flat",
                      "the carer pulls her hair when she washes her", "dad came home with a black eye"],
    "domestic_abuse": ["my son pins me against the wall when he's drunk", "he grabbed me by the throat",
                       "Last night he held a kitchen knife up and said if I called his team again he'd finish this",
                       "my son was waving a knife around the kitchen shouting",
                       "I'm frightened of her when she drinks, she threw a plate at me last night",
                       "I'm frightened in my own home"],
    "care_breakdown": ["the agency cancelled all visits this week and dad can't get out of bed",
                       "My sister can't stay with mum after all. Mum's at home on her own now, she has dementia. "
                       "My flight boards in an hour.",
                       "I'm packing a bag and leaving, someone else can look after him",
                       "mum got taken to hospital in an ambulance and its just me and my brother"],
}
THIRD_ROUND_NOT = [
    "do you have leaflets on self-harm for our group?",
    "the ambulance took him in last week but he's home now",
    "how do I stop him hurting himself on the cooker",
    "how should I store his tablets to avoid an overdose",
    "what happens to mum if I have a heart attack",
    "my brother will kill me if I forget mum's appointment",
    "my little brother hit me with a pillow lol",
    # Issue 13: an adult short of money for food is a money need, not a child or adult at risk.
    "No food in the flat till Friday when the UC comes in. I am skipping meals so my partner can eat.",
    "We have no food in the house and I'm an adult caring for my husband, can a foodbank help?",
    "there's no food in the fridge until payday, I'm 52 and look after my mum",
    "I held the knife wrong and cut my finger doing veg lol",
    "he picked up the knife to cut his sandwich",
    "mum is on her own now since dad died, she has dementia and I worry about her",
    "respite would be the best thing for everyone, sorry for going on",
    "I wrote a letter to my MP about carers allowance",
    # Exasperation and hyperbole in long posts (issue 13's development set).
    "I swear to god I could have strangled my area manager, I've told her five times",
    "Christmas was a disaster, overdosed on mince pies and my mother in law's complaints",
    "I am literally going to die if I have to do one more night shift then come home and do the hoisting",
    "the delay is putting carers like me at risk of collapse",
    "his dad went through the roof and said he would kill him. he won't, he is a big softy",
    "the agency cut her visits from three to two without anyone asking me",
    "our family are frightened of her seizures so nobody will sit with her",
]


def test_no_rule_looks_for_a_literal_backslash():
    # A pattern written with a doubled backslash (r"\\b") looks for "\b" in the text and
    # can never match a message; a batch of rules once slipped in that way unnoticed.
    from bot.safety import rules

    patterns = [p.pattern for ps in rules.COMPILED.values() for p in ps] + [p.pattern for p in rules.COMPILED_IDIOMS]
    assert not [p for p in patterns if "\\\\" in p]


# The later rounds of phrasing families, checked by the same two tests.
LATER_CRISES = [t for texts in list(MORE_CRISES.values()) + list(THIRD_ROUND.values()) for t in texts]
LATER_NOT_CRISES = MORE_NOT_CRISES + THIRD_ROUND_NOT


@pytest.mark.parametrize("text", LATER_CRISES)
def test_later_crisis_phrasings_are_crises(text):
    assert assess(text).is_crisis, (text, assess(text))


@pytest.mark.parametrize("text", LATER_NOT_CRISES)
def test_later_look_alikes_are_not_crises(text):
    assert not assess(text).is_crisis, (text, assess(text))


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


# Everyday carers' sentences that broad crisis patterns could catch: managing medicines and
# money, dementia safety, the Carer's Allowance earnings rule, planning, the end of life.
EVERYDAY_LOOK_ALIKES = [
    "Am I allowed to work more than 16 hours a week on Carer's Allowance? I'm not allowed to work much, apparently.",
    'Mum has lived alone since Dad died and I go round every day.',
    "I lock the door at night so Dad doesn't wander, is that OK?",
    "Her hair has gone grey since the diagnosis, she's only 50.",
    "I have power of attorney and need to sell mum's house to pay for her care home.",
    "The bus didn't stop for my son's wheelchair again today, so frustrating.",
    "I can see the point now of having a carer's assessment.",
    "I take her tablets off her at night so she doesn't double up.",
    'Mum has her bank card but forgets her PIN.',
    'We lock the fridge because of his Prader-Willi syndrome, the dietitian suggested it.',
    "I'm checking my bank balance every day, money is so tight.",
    "I'm scared to go back to work after years of caring.",
    'There is nowhere to go for respite in Lambeth that takes him.',
    "Dad had an operation and is on his own now, he can't walk far. Who can help?",
    "Since covid I've been on my own a lot and mum can't go out.",
    'Dad cannot get up the stairs on his own any more.',
    "I'm leaving work early to look after mum, she's alone all afternoon.",
    'I feel stuck in a rut and alone, caring for my husband.',
    "I'd like to be with mum when she passes, she's in a hospice now.",
    'No food or drink after midnight before his operation, the letter says.',
    'I keep him away from the phone because of scammers.',
    "I've lost 2 stone since I started caring, I forget to eat.",
    "I'm scared I might hurt her when I lift her, she's heavy.",
    'I picked up the scissors to cut his nails and he panicked.',
    'I took my meds late today because dad had a bad night.',
    'Dad keeps banging on the door at night wanting to go out, he has dementia.',
    'We went in the sea on holiday and mum loved it.',
    'My son got ripped off by the energy company.',
    'Changing wet sheets all day is exhausting.',
    "I'm taking my dad's pension to the post office for him.",
    'I gave her bank details to the DWP for her claim.',
    'She uses her bank card at the shop with my help.',
    'The kids broke the window with a football, great.',
    'My dad drinks and then drives to the pub, I worry about him.',
    "Mum's care package review was cancelled, she's on her own most of the day and I'd like it rearranged.",
    "I'm going abroad for my sister's wedding in June, who can look after mum?",
    "The care agency stopped his visits last month and he's on his own, can I get a carer's assessment?",
]


@pytest.mark.parametrize("text", EVERYDAY_LOOK_ALIKES)
def test_everyday_carers_sentences_are_not_crises(text):
    assert not assess(text).is_crisis, (text, assess(text))


def test_no_message_of_the_situations_development_set_is_taken_for_a_crisis():
    # 450 ordinary carers' messages written blind (tests/development/situations_dev.yml).
    path = Path(__file__).parents[1] / "development" / "situations_dev.yml"
    flagged = [(item["text"], assess(item["text"]).matched)
               for item in yaml.safe_load(path.read_text(encoding="utf-8")) if assess(item["text"]).is_crisis]
    assert not flagged
