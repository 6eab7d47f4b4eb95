"""The situation taxonomy: every carer situation the bot recognises.

One list, used everywhere: the NLU intents carry the same keys, the directory links
organisations to these keys, and staff filters show the labels. Adding a situation
means adding it here, to data/directory/situations.yml and to the NLU data.
"""
from __future__ import annotations

from dataclasses import dataclass

from bot import faq


@dataclass(frozen=True)
class Situation:
    key: str
    label: str  # plain English, shown to carers and staff
    description: str  # what a carer in this situation says, for writers of NLU data


SITUATIONS: tuple[Situation, ...] = (
    Situation("young_carer", "Young carers (under 18)",
              "a child or teenager under 18 who looks after a parent, sibling or relative"),
    Situation("young_adult_carer", "Young adult carers (16 to 25)",
              "someone aged roughly 16-25 caring while at college, university or starting work"),
    Situation("financial_hardship", "Money, benefits and bills",
              "Carer's Allowance, benefits, debt, bills, rent, food, cost of living"),
    Situation("wellbeing", "Your own health and wellbeing",
              "the carer's own stress, exhaustion, loneliness, low mood, own health problems"),
    Situation("breaks_respite", "Taking a break",
              "needs time off, respite, a holiday, someone to sit with the person for a few hours"),
    Situation("carers_assessment", "Carer's assessment and your rights",
              "asking the council for a carer's assessment, what they are entitled to, their rights"),
    Situation("older_person", "Caring for an older person",
              "looking after an elderly parent, grandparent, partner who is frail or old"),
    Situation("dementia", "Dementia and memory problems",
              "the person has dementia, Alzheimer's, memory loss, is confused or forgetful"),
    Situation("learning_disability", "Learning disability or autism",
              "the person has a learning disability, Down's syndrome, autism"),
    Situation("mental_illness", "Mental illness",
              "the person has depression, schizophrenia, bipolar, psychosis, anxiety, is under mental health services"),
    Situation("substance_misuse", "Drink or drugs",
              "the person drinks too much, uses drugs, has an addiction"),
    Situation("parent_carer", "Parents of a disabled child",
              "a parent caring for a disabled child or one with special needs (SEND, EHCP)"),
    Situation("working_carer", "Working and caring",
              "juggling a job with caring, time off work, carer's leave, talking to an employer"),
    Situation("carers_card", "Lambeth Carers Card and proof you are a carer",
              "wants the Carers Card, a carers passport, ID or proof that they are a carer"),
    Situation("getting_involved", "Having your say",
              "wants to get involved, volunteer, join a carers' forum, have a say in the carers strategy"),
    Situation("bereavement", "Bereavement and when caring ends",
              "the person they cared for has died, or caring has ended"),
    Situation("hospital_discharge", "Coming home from hospital",
              "the person is in hospital or about to be discharged and the carer worries about coping"),
    Situation("emergency_planning", "Planning for an emergency",
              "what happens to the person if the carer is ill or has an accident; a back-up plan"),
    Situation("wanting_a_person", "Talking to a person",
              "wants to speak to a real person, a call back, an adviser"),
    Situation("not_sure_if_carer", "Not sure if you are a carer",
              "helps a relative or friend but does not know whether that counts as being a carer"),
    Situation("outside_lambeth", "Living or caring outside Lambeth",
              "the carer or the person lives in another borough or town"),
    Situation("professional_referral", "Professionals referring a carer",
              "a GP, nurse, social worker, teacher or other worker wants to refer or help a carer"),
)

BY_KEY: dict[str, Situation] = {situation.key: situation for situation in SITUATIONS}
KEYS: frozenset[str] = frozenset(BY_KEY)


def label(key: str) -> str:
    return BY_KEY[key].label


# --- how each situation is recognised in a parsed message ----------------------------------
# The classifier's intent names the main situation; entities found by the rules in
# bot/nlu add the others, so "I'm 15, mum has depression and we can't afford food"
# yields young_carer, mental_illness and financial_hardship whatever the top intent.

SITUATION_BY_ENTITY: dict[tuple[str, str], str] = {
    ("condition", "dementia"): "dementia",
    ("condition", "learning_disability"): "learning_disability",
    ("condition", "mental_illness"): "mental_illness",
    ("condition", "substance_misuse"): "substance_misuse",
    ("condition", "frailty"): "older_person",
    ("condition", "disabled_child"): "parent_carer",
    ("need", "money"): "financial_hardship",
    ("need", "break"): "breaks_respite",
    ("need", "wellbeing"): "wellbeing",
    ("need", "assessment"): "carers_assessment",
    ("need", "work"): "working_carer",
    ("need", "card"): "carers_card",
    ("need", "involvement"): "getting_involved",
    ("need", "bereavement"): "bereavement",
    ("need", "hospital"): "hospital_discharge",
    ("need", "emergency_plan"): "emergency_planning",
    ("need", "person"): "wanting_a_person",
    ("need", "young_carer"): "young_carer",
    ("need", "young_adult"): "young_adult_carer",
    ("need", "professional"): "professional_referral",
    ("need", "unsure"): "not_sure_if_carer",
    ("need", "parent"): "parent_carer",
    ("place", "outside_lambeth"): "outside_lambeth",
}
# The intent for wanting a person is named for what the carer does.
SITUATION_BY_INTENT: dict[str, str] = {key: key for key in BY_KEY if key != "wanting_a_person"}
SITUATION_BY_INTENT["ask_for_person"] = "wanting_a_person"
OLDER_PERSON_AGE = 75
OLDER_CARER_AGE = 65  # situations.md §12 "Older carers"
# A second guess of the classifier counts only when it is about as likely as not: lower,
# it added more wrong situations than right ones on the held-out sets.
SECOND_INTENT_CONFIDENCE = 0.5
CHILD_WORDS = {"child", "baby", "toddler"}

def recognise(intent: dict | None, ranking: list[dict] | None, entities: list[dict] | None) -> list[str]:
    """Situation keys stated in one parsed message, main one first, no repeats."""
    found: list[str] = []

    def add(key: str | None) -> None:
        if key and key not in found:
            found.append(key)

    entities = entities or []
    values = {(e.get("entity"), e.get("value")) for e in entities}
    carer_ages = _ints(entities, "carer_age")
    person_ages = _ints(entities, "person_age")
    intent_name = (intent or {}).get("name") or ""
    # A question with one answer (bot/faq.py) is about a situation too: "what is respite?"
    intent_name = faq.situation_of({"intent": intent or {}}) or intent_name
    if _plausible(intent_name, values, carer_ages, person_ages):
        add(SITUATION_BY_INTENT.get(intent_name))
    for entity in entities:
        add(SITUATION_BY_ENTITY.get((entity.get("entity"), entity.get("value"))))
    # A long message read a sentence or two at a time (bot/nlu/sentences.py).
    for entity in entities:
        if entity.get("entity") == "sentence_intent" and _plausible(str(entity.get("value")), values, carer_ages,
                                                                    person_ages):
            add(SITUATION_BY_INTENT.get(str(entity.get("value"))))
    for age in _ints(entities, "carer_age"):
        if age < 18:
            add("young_carer")
        if 16 <= age <= 25:
            add("young_adult_carer")
    if any(age >= OLDER_PERSON_AGE for age in person_ages) or any(age >= OLDER_CARER_AGE for age in carer_ages):
        add("older_person")
    if ("need", "college") in values and (not carer_ages or any(16 <= age <= 25 for age in carer_ages)):
        add("young_adult_carer")
    # A child with special educational needs: a parent carer when it is their child.
    if ("condition", "child_send") in values:
        add("parent_carer" if ("relationship", "child") in values else "learning_disability")
    # "my son is autistic": a child with a disability, unless an adult age is given.
    if ("relationship", "child") in values and values & {("condition", "learning_disability"), ("condition", "child_send")} \
            and not any(age >= 18 for age in person_ages):
        add("parent_carer")
    has_condition = any(e.get("entity") == "condition" for e in entities)
    if ("relationship", "child") in values and has_condition and any(age < 18 for age in person_ages):
        add("parent_carer")
    if "parent_carer" in found and person_ages and min(person_ages) >= 18:
        found.remove("parent_carer")  # the son or daughter is an adult: their condition is the situation
    if "professional_referral" in found and "working_carer" in found:
        found.remove("working_carer")  # a worker referring a carer, not a working carer
    for ranked in (ranking or [])[1:3]:
        name = ranked.get("name") or ""
        if (ranked.get("confidence") or 0) >= SECOND_INTENT_CONFIDENCE and _plausible(name, values, carer_ages, person_ages):
            add(SITUATION_BY_INTENT.get(name))
    return found


YOUTH_EVIDENCE = {("need", "young"), ("need", "young_carer"), ("need", "young_adult"), ("need", "school"), ("need", "college")}
CHILD_EVIDENCE = {("relationship", "child"), ("need", "parent"), ("condition", "child_send"), ("condition", "disabled_child")}


def _plausible(intent_name: str, values: set, carer_ages: list[int], person_ages: list[int]) -> bool:
    """Some of the classifier's guesses need a sign in the message: a young (adult) carer
    some sign of youth (and an age that fits, if given), a parent carer a child, living
    outside Lambeth a place outside it."""
    if intent_name == "parent_carer":
        return bool(values & CHILD_EVIDENCE)
    if intent_name == "outside_lambeth":
        return ("place", "outside_lambeth") in values
    if intent_name not in ("young_carer", "young_adult_carer"):
        return True
    if carer_ages:
        low, high = (0, 17) if intent_name == "young_carer" else (16, 25)
        return any(low <= age <= high for age in carer_ages)
    if intent_name == "young_carer" and ((person_ages and min(person_ages) < 18) or ("relationship", "child") in values):
        return True  # written by a parent or a sibling about the child who cares
    return bool(values & YOUTH_EVIDENCE)


def _ints(entities: list[dict], name: str) -> list[int]:
    ages = []
    for entity in entities:
        if entity.get("entity") == name:
            try:
                ages.append(int(entity.get("value")))
            except (TypeError, ValueError):
                continue
    return ages
