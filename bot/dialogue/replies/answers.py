"""Answers to questions, and who can be rung now."""
from __future__ import annotations

from bot import fit
from bot.dialogue.replies.base import Button, HUB_ID, MAX_SERVICES_PER_SITUATION, N_, Reply, hub, hub_line, service_contacts
from bot.dialogue.replies.conversation import greeting, offer_person
from bot.dialogue.replies.questions import joined
from bot.dialogue.replies.signposting import TEXT_SEGMENTS_LIMIT, choose_services, phone_number, service_entry
from bot.dialogue.translations import _, current
from bot.directory.schema import Directory, Service


# --- answers to questions ---------------------------------------------------------------------


def service_lines(directory: Directory, service_ids: list[str] | tuple[str, ...], facts: fit.Facts | None = None,
                  situations: list[str] | None = None, why: str | None = None) -> tuple[list[str], list[str]]:
    """One entry for each listed service that can be reached (and fits, given the facts),
    and their ids; `why` in place of each service's own summary."""
    picked = [directory.services[i] for i in service_ids
              if i in directory.services and directory.services[i].active and service_contacts(directory.services[i])
              and (facts is None or fit.fits(directory.services[i], situations or [], facts))]
    entries = [service_entry(service) if why is None
               else f"- {service.name}: {why}\n  " + " | ".join(service_contacts(service)) for service in picked]
    return entries, [service.id for service in picked]


def faq_answer(directory: Directory, answer_text: str, service_ids: tuple[str, ...], facts: fit.Facts | None = None,
               situation: str | None = None, with_hub: bool = True) -> Reply:
    """The answer to a question, then who to contact about it, then Carers' Hub (unless
    another part of the same reply ends with it)."""
    entries, named = service_lines(directory, [i for i in service_ids if i != HUB_ID], facts,
                                   [situation] if situation else [])
    blocks = [answer_text] + ([_("Who to contact:") + "\n" + "\n".join(entries)] if entries else []) \
        + ([hub_line(directory)] if with_hub else [])
    return Reply("\n\n".join(blocks), buttons=[Button(_("Talk to a person"), "/ask_for_person")], services=[HUB_ID] + named)


# --- who can be rung now ----------------------------------------------------------------------

# Lines that answer day and night, for anyone, named when the carer asks who is open now.
ANY_TIME_LINES = ("samaritans", "nhs_111")


def _clock_words(moment) -> str:
    """"Monday, 4pm" in English; the day and time in the carer's language otherwise (Babel)."""
    language = current()
    if language != "en":
        from babel.dates import format_datetime
        return format_datetime(moment, "EEEE, HH:mm", locale=language)
    hour = moment.strftime("%I").lstrip("0")
    minutes = moment.strftime("%M")
    return f"{moment.strftime('%A')}, {hour}{'' if minutes == '00' else ':' + minutes}{moment.strftime('%p').lower()}"


def who_is_open(directory: Directory, situations: list[str], facts: fit.Facts, moment, with_hub: bool = True) -> Reply:
    """Who answers the phone now (Europe/London), for what the carer has told us, then the
    lines open day and night; Carers' Hub's hours are said only if the directory has them
    (and its contacts, unless another part of the same reply ends with them)."""
    from bot import opening_hours

    def open_now(service: Service) -> bool:
        hours = service.verified_contacts("hours")
        parsed = opening_hours.parse(hours[0].value) if hours else None
        return bool(parsed and parsed.open_at(moment) and phone_number(service))

    candidates = [service for _situation, services in choose_services(directory, situations, facts)
                  for service in services]
    open_for_you = [s for s in candidates if open_now(s) and s.id not in ANY_TIME_LINES]
    any_time = [directory.services[i] for i in ANY_TIME_LINES if i in directory.services and open_now(directory.services[i])]
    blocks = [_("It is {time} now.").format(time=_clock_words(moment.astimezone(opening_hours.LONDON)))]
    if open_for_you:
        blocks.append(_("Open now for what you told me:") + "\n" + "\n".join(
            f"- {s.name}: {phone_number(s)}" for s in open_for_you[:MAX_SERVICES_PER_SITUATION]))
    elif situations:
        blocks.append(_("None of the services I named for you is open now, as far as I know."))
    blocks.append(_("Open day and night, for anyone:") + "\n"
                  + "\n".join(f"- {s.name}: {phone_number(s)}" for s in any_time)
                  + "\n" + _("If anyone is in danger, call 999."))
    service = hub(directory)
    if open_now(service):
        blocks.append(_("Carers' Hub Lambeth is open now: {phone}.").format(phone=phone_number(service)))
    else:
        blocks.append(_("I don't know when Carers' Hub Lambeth is open. You can leave a message any time.")
                      + ("\n" + hub_line(directory) if with_hub else ""))
    named = [s.id for s in open_for_you[:MAX_SERVICES_PER_SITUATION]] + [s.id for s in any_time] + [HUB_ID]
    return Reply("\n\n".join(blocks), buttons=[Button(_("Talk to a person"), "/ask_for_person")], services=named)


# --- help for the person cared for ------------------------------------------------------------

# Services for the person themselves, not the carer, by what the carer has told us.
FOR_AN_ADULT = ("lambeth_adult_social_care",)
FOR_A_CHILD = ("lambeth_childrens_social_care",)
FOR_MENTAL_HEALTH = ("slam",)
ADULT_CARE = N_("ask them to look at the care and support the person needs.")
CHILD_CARE = N_("ask them for help for the child and the family.")
MENTAL_HEALTH_SITUATIONS = frozenset({"mental_illness", "substance_misuse"})
NO_DRUG_SERVICE = N_("For drink or drugs, I don't have a checked local service. His or her GP can refer them, "
                     "and Carers' Hub Lambeth can help you find one.")


def help_for_the_person(directory: Directory, situations: list[str], facts: fit.Facts, after_crisis: bool) -> Reply:
    """Who can help the person the carer looks after (or who harmed them): care and support,
    mental health, drink or drugs, then Carers' Hub for the carer."""
    care, why = (FOR_A_CHILD, CHILD_CARE) if facts.cared_for == fit.CHILD else (FOR_AN_ADULT, ADULT_CARE)
    entries, named = service_lines(directory, care, why=_(why))
    if after_crisis or MENTAL_HEALTH_SITUATIONS & set(situations):
        more_entries, more_named = service_lines(directory, FOR_MENTAL_HEALTH)
        entries, named = entries + more_entries, named + more_named
    blocks = [_("Help for the person you care for:") + "\n" + "\n".join(entries)]
    if "substance_misuse" in situations or after_crisis:
        blocks.append(_(NO_DRUG_SERVICE))
    if after_crisis:
        blocks.append(_("You matter too. If you are hurt or in danger, call 999."))
    blocks.append(hub_line(directory))
    return Reply("\n\n".join(blocks), buttons=[Button(_("Talk to a person"), "/ask_for_person")], services=[HUB_ID] + named)


def faq_answer_compact(directory: Directory, answer_text: str, service_ids: list[str],
                       room: int = TEXT_SEGMENTS_LIMIT - 130) -> Reply:
    """faq_answer() for a first text message: as many of the answer's sentences as fit,
    then one number to ring and Carers' Hub's."""
    hub_phone = phone_number(hub(directory))
    others = [directory.services[i] for i in service_ids if i != HUB_ID and phone_number(directory.services[i])
              not in (None, hub_phone)]
    tail = ([f"{others[0].name}: {phone_number(others[0])}"] if others else []) + \
        [f"Carers' Hub Lambeth: {hub_phone}" if hub_phone else _("Carers' Hub Lambeth can help.")]
    kept: list[str] = []
    for sentence in answer_text.replace(". ", ".\n").splitlines():
        if len(" ".join(kept + [sentence])) + len("\n".join(tail)) + 1 > room:
            break
        kept.append(sentence)
    return Reply("\n".join([" ".join(kept)] + tail), services=[HUB_ID] + [s.id for s in others[:1]])



# --- languages (issue 15) ---------------------------------------------------------------------

# Said in the language chosen, so each catalogue holds its own line ("Dobrze, będę pisać po polsku.").
NOW_IN_THIS_LANGUAGE = N_("OK, I will write in English.")


def language_chosen(directory: Directory, language: str) -> Reply:
    """After a carer names a language or presses its button: said in that language, then
    the greeting, or, for a language with only the safety floor, the hand-off to a person."""
    from bot import languages

    if language in languages.SAFETY_FLOOR_ONLY:
        return joined(Reply(_(NOW_IN_THIS_LANGUAGE)), offer_person(directory))
    hello = greeting()
    return Reply(f"{_(NOW_IN_THIS_LANGUAGE)} {hello.text}", buttons=hello.buttons)


def other_language(directory: Directory) -> Reply:
    """For a message in a language the bot does not speak: in English, short, with the
    number of people who can help. (No source says an interpreter can be asked for, so
    nothing is said about one.)"""
    from bot import languages

    spoken = [languages.ENGLISH_NAMES[code] for code in languages.SPOKEN]
    phone = phone_number(hub(directory))
    text = (f"Sorry, I can only write in {', '.join(spoken[:-1])} or {spoken[-1]}. "
            + (f"Carers' Hub Lambeth can help you: call {phone}." if phone else "Carers' Hub Lambeth can help you."))
    return Reply(text, buttons=[Button(name, f'/choose_language{{"language": "{code}"}}')
                                for code, name in languages.SPOKEN.items()])
