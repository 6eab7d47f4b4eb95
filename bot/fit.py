"""Which services fit the carer and the person they care for (issue 14: "fit").

The directory records whom each service serves: the carer's age range (min_age, max_age)
and, where it matters, the age range of the person cared for. What the carer said decides:
"my mum", "my husband" or "Dad (86)" is an adult; "my 6 year old" a child. A children's
service is offered only for a child, an adults' service never for a child, and a service
only for young carers only when the carer is young (or has said nothing of their age but
told of being one).
"""
from __future__ import annotations

from dataclasses import dataclass

from bot import preferences
from bot.directory.schema import Service

CHILD, ADULT = "child", "adult"
# Relationships that are always adults. ("My son" may be 6 or 36: his age decides.)
ADULT_RELATIONSHIPS = frozenset({"mother", "father", "partner", "grandparent", "adult_child"})
YOUNG_SITUATIONS = frozenset({"young_carer", "young_adult_carer"})
CHILD_SITUATIONS = frozenset({"parent_carer"})


@dataclass(frozen=True)
class Facts:
    """What the carer has said that decides which services fit."""
    carer_age: int | None = None
    cared_for: str | None = None  # CHILD, ADULT or None
    preferences: tuple[str, ...] = ()  # bot/preferences.py

    @property
    def excluded(self) -> frozenset[str]:
        return preferences.excluded_services(list(self.preferences))


def cared_for_from(entities: list[dict], earlier: str | None = None) -> str | None:
    """child, adult or None (not said), from one message's entities; else what was said before."""
    ages = []
    for entity in entities:
        if entity.get("entity") == "person_age":
            try:
                ages.append(int(entity.get("value")))
            except (TypeError, ValueError):
                continue
    if ages:
        return CHILD if min(ages) < 18 else ADULT
    relationships = {entity.get("value") for entity in entities if entity.get("entity") == "relationship"}
    if relationships & ADULT_RELATIONSHIPS:
        return ADULT
    if any(entity.get("entity") == "condition" and entity.get("value") in ("child_send", "disabled_child")
           for entity in entities):
        return CHILD
    return earlier


def fits(service: Service, situations: list[str], facts: Facts) -> bool:
    if service.id in facts.excluded:  # the carer said they do not want it, or cannot have it
        return False
    carer_age, cared_for = facts.carer_age, facts.cared_for
    young = bool(YOUNG_SITUATIONS & set(situations))
    if service.only_for_young_carers and not (young if carer_age is None else service.serves_age(carer_age)):
        return False
    if service.only_for_children_cared_for:
        return cared_for == CHILD or (cared_for is None and bool(CHILD_SITUATIONS & set(situations)))
    if service.only_for_adults_cared_for and cared_for == CHILD:
        return False
    return True
