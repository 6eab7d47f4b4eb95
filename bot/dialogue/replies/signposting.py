"""Signposting: the services that fit each situation, grouped by need, in full or compact for
SMS."""
from __future__ import annotations

from bot import fit
from bot.dialogue.replies.base import Button, HUB_ID, MAX_SERVICES_PER_SITUATION, N_, Reply, hub, hub_line, service_contacts
from bot.dialogue.translations import _
from bot.directory.schema import Directory, Service
from bot.situations import label


# --- signposting -----------------------------------------------------------------------------


def choose_services(
    directory: Directory, situations: list[str], facts: fit.Facts = fit.Facts(), already: frozenset[str] = frozenset()
) -> list[tuple[str, list[Service]]]:
    """For each situation, up to three services that fit the carer and the person they
    care for (bot/fit.py), in priority order, none repeated.

    Carers' Hub Lambeth is left out here because every reply ends with it.
    """
    shown: set[str] = {HUB_ID, *already}
    groups: list[tuple[str, list[Service]]] = []
    for situation in situations:
        picked: list[Service] = []
        for service in directory.services_for(situation):
            if service.id in shown:
                continue
            if situation != "parent_carer" and not service.serves_age(facts.carer_age):
                continue
            if not fit.fits(service, situations, facts):
                continue
            picked.append(service)
            shown.add(service.id)
            if len(picked) == MAX_SERVICES_PER_SITUATION:
                break
        groups.append((situation, picked))
    return groups


def service_entry(service: Service) -> str:
    return f"- {service.name}: {_(service.summary)}\n  " + " | ".join(service_contacts(service))


def situation_block(situation: str, services: list[Service]) -> str:
    """Services with checked contacts in full; the others named on one line, reached
    through Carers' Hub rather than with details nobody has checked."""
    reachable = [s for s in services if service_contacts(s)]
    unreachable = [s for s in services if not service_contacts(s)]
    lines = [f"{_(label(situation))}:"] + [service_entry(s) for s in reachable]
    if unreachable:
        names = ", ".join(s.name for s in unreachable)
        lines.append(_("- Also: {names}. Carers' Hub can put you in touch.").format(names=names))
    if not services:
        lines.append(_("- Carers' Hub Lambeth can help with this."))
    return "\n".join(lines)


# Said before any list: a bereavement is met with sympathy, and someone who says they are
# worn out or unseen is heard before they are handed names.
SYMPATHY = N_("I'm so sorry for your loss.")
HEARD = N_("That sounds really hard. How you are matters too.")
WHO_CAN_HELP = N_("Here is who can help.")


def opening(situations: list[str]) -> str:
    said = [SYMPATHY] if "bereavement" in situations else []
    if "wellbeing" in situations:
        said.append(HEARD)
    return " ".join(_(text) for text in said + [WHO_CAN_HELP])


def signposting(directory: Directory, situations: list[str], facts: fit.Facts = fit.Facts(),
                already: frozenset[str] = frozenset()) -> Reply:
    """Who can help with each situation, grouped, then Carers' Hub; services `already`
    named in the same reply are not named again."""
    blocks = [opening(situations)]
    named = [HUB_ID]
    for situation, services in choose_services(directory, situations, facts, already):
        blocks.append(situation_block(situation, services))
        named += [service.id for service in services]
    blocks.append(hub_line(directory))
    return Reply("\n\n".join(blocks), buttons=[
        Button(_("Talk to a person"), "/ask_for_person"),
        Button(_("Something else"), "/start_again"),
    ], services=named)


# On SMS and WhatsApp the first answer fits in three text segments (480 characters, with the
# short privacy notice): one number for each need, Carers' Hub, and the rest on "MORE".
TEXT_SEGMENTS_LIMIT = 480
MORE_WORD = "MORE"
MORE_PROMPT = N_("Send MORE for details.")  # MORE stays MORE: the word the channels read


def phone_number(service: Service) -> str | None:
    numbers = service.verified_contacts("phone", "text")
    return numbers[0].value if numbers else None


def signposting_compact(directory: Directory, situations: list[str], facts: fit.Facts = fit.Facts(),
                        room: int = TEXT_SEGMENTS_LIMIT) -> Reply:
    """For a phone's text messages, in at most `room` characters: a number for each need
    while there is room (the first fitting service with one), then Carers' Hub (unless a
    service of its own, such as its Young Carers Service, already gave its number); the
    full reply comes on MORE."""
    hub_phone = phone_number(hub(directory))
    head = opening(situations)
    hub_tail = f"Carers' Hub Lambeth: {hub_phone}" if hub_phone else _("Carers' Hub Lambeth can help.")

    def tail(entries: list[str]) -> str:
        named_hub = hub_phone and any(entry.endswith(hub_phone) for entry in entries)
        return ("" if named_hub else hub_tail + "\n") + _(MORE_PROMPT)

    if len(head) + 1 + len(hub_tail) + 1 + len(MORE_PROMPT) > room:
        head = _(WHO_CAN_HELP)  # a question with its own kind words follows
    entries: list[str] = []
    named = [HUB_ID]
    groups = choose_services(directory, situations, facts)
    # First one number for each need, then, while there is room, the next ones.
    for rank in range(MAX_SERVICES_PER_SITUATION):
        for _situation, services in groups:
            # A number to ring or text (a web address is too long for a text message); Carers'
            # Hub's own number only for one of its own services that comes first for this need.
            callable_ = [service for position, service in enumerate(services) if phone_number(service)
                         and (phone_number(service) != hub_phone or position == 0)]
            if rank >= len(callable_) or callable_[rank].id in named:
                continue
            entry = f"- {callable_[rank].name}: {phone_number(callable_[rank])}"
            if len("\n".join([head, *entries, entry, tail([*entries, entry])])) > room:
                continue
            entries.append(entry)
            named.append(callable_[rank].id)
    return Reply("\n".join([head, *entries, tail(entries)]), services=named)
