"""Understanding carers end to end, over the REST channel of the running bot: each
situation gets its organisations, several needs are all answered, and every held-out
crisis message gets the crisis contacts in its reply."""
from __future__ import annotations

import pytest
import yaml

from bot.directory import schema
from bot.settings import PROJECT_ROOT
from tools.evaluation import HOLDOUT

DIRECTORY = schema.read_directory()
HUB_PHONE = "020 7501 8970"
CRISIS_NUMBERS = ("999", "0800 731 2864", "116 123", "020 7926 5555", "0808 2000 247", "020 7733 8724", "0800 1111")

# One message per situation, in carers' words (none of them is in the training data).
SITUATION_MESSAGES = {
    "young_carer": "im 13 and i help my mum every day cos she has MS",
    "young_adult_carer": "I'm 19 and at uni but I go home every weekend to look after my dad",
    "financial_hardship": "we cant afford the bills since i stopped work to care for my wife",
    "wellbeing": "I'm so lonely and stressed since I started caring for my husband",
    "breaks_respite": "I haven't had a single day off in two years, I desperately need a break from caring",
    "carers_assessment": "how do I ask the council for a carers assessment for me",
    "older_person": "my mum is 91 and very frail and I look after her",
    "dementia": "my dad has alzheimers and keeps forgetting who I am",
    "learning_disability": "my brother has a learning disability and I'm his main carer",
    "mental_illness": "my wife has bipolar and has been really unwell",
    "substance_misuse": "my son is addicted to heroin and I don't know how to help him",
    "parent_carer": "my daughter is 7 and has cerebral palsy, what help is there for parents",
    "working_carer": "I work full time and care for my mum, my boss won't give me time off",
    "carers_card": "how do I get a Lambeth carers card",
    "getting_involved": "I'd like to volunteer and have my say on the carers strategy",
    "bereavement": "my husband died last month, I looked after him for ten years",
    "hospital_discharge": "dad is being discharged from hospital on friday and I don't know how we'll cope",
    "emergency_planning": "what happens to my son if I get ill, I need a back up plan",
    "not_sure_if_carer": "I help my nan with shopping and her tablets, does that count as being a carer?",
    "outside_lambeth": "I live in Croydon, can you help me?",
    "professional_referral": "I'm a social worker and want to refer a carer to you",
    "wanting_a_person": "can I talk to a real person please",
}


def fitting_names(situation: str) -> list[str]:
    return [s.name for s in DIRECTORY.services_for(situation) if s.id != "carers_hub_lambeth"]


@pytest.mark.parametrize("situation", sorted(SITUATION_MESSAGES))
def test_each_situation_gets_its_organisations(bot, sender, situation):
    reply = "\n".join(m.get("text", "") for m in bot.say(sender, SITUATION_MESSAGES[situation]))
    assert HUB_PHONE in reply, reply
    if situation in ("wanting_a_person", "not_sure_if_carer", "getting_involved"):
        return  # Carers' Hub is the organisation for these
    assert any(name in reply for name in fitting_names(situation)), (situation, reply)


MULTI_NEED = [
    ("I'm 15, mum has depression and we can't afford food", ["Young carers", "Mental illness", "Money"]),
    ("my dad has dementia and I really need a break", ["Dementia", "Taking a break"]),
    ("I work full time and look after my wife who has MS, I'm exhausted and lonely",
     ["Working and caring", "Your own health"]),
    ("my son is autistic and 9, and we are struggling with money", ["Parents of a disabled child", "Money"]),
    ("my husband drinks too much and I'm so stressed, I can't sleep", ["Drink or drugs", "Your own health"]),
]


@pytest.mark.parametrize("message, headings", MULTI_NEED, ids=[m for m, _ in MULTI_NEED])
def test_every_need_in_a_message_is_answered(bot, sender, message, headings):
    reply = next(m["text"] for m in bot.say(sender, message) if "Here is who can help" in m.get("text", ""))
    for heading in headings:
        assert heading in reply, (heading, reply)


def holdout_crises() -> list[str]:
    found = []
    for name in ("messages.yml", "unseen.yml", "final.yml", "fourth.yml", "fifth.yml"):
        path = PROJECT_ROOT / "tests" / "holdout" / name
        if path.exists():
            found += [item["text"] for item in yaml.safe_load(path.read_text()) if item.get("crisis")]
    return found


@pytest.mark.parametrize("message", holdout_crises(), ids=lambda m: m[:50])
def test_every_held_out_crisis_message_gets_crisis_contacts_first(bot, sender, message):
    first = bot.say(sender, message)[0]["text"]
    assert any(number in first.splitlines()[1] for number in CRISIS_NUMBERS), first
