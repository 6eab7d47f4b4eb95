"""Where the carer lives, and the one refining question the bot may ask."""
from __future__ import annotations

from bot.dialogue.replies.base import Button, HUB_ID, MAX_SERVICES_PER_SITUATION, N_, Reply, hub, service_contacts
from bot.dialogue.replies.conversation import SAFETY_QUESTION, safety_buttons
from bot.dialogue.replies.signposting import MORE_PROMPT, TEXT_SEGMENTS_LIMIT, phone_number, service_entry
from bot.dialogue.translations import _, current
from bot.directory.schema import Directory
from bot.situations import label


# --- where the carer lives, and the one refining question -----------------------------------

LAMBETH_CONFIRMED = N_("Good. The Lambeth services I named are for you.")
QUESTIONS = {
    # Ranges as buttons; each sets an age inside the range (Rasa payload entities), so the
    # answer refines the reply the same way a typed age does.
    "carer_age": (N_("How old are you? It helps me find the right support for your age."),
                  [(N_("Under 16"), '/inform{"carer_age": 14}'), (N_("16 or 17"), '/inform{"carer_age": 17}'),
                   (N_("18 to 25"), '/inform{"carer_age": 20}')]),
    "lambeth": (
        N_("Do you, or the person you care for, live in Lambeth? If not sure, tell me the area or postcode."),
        [(N_("Yes"), "/affirm"), (N_("No"), "/deny")],
    ),
}


# Why the bot asked, for a carer who answers its question with one ("does it matter?").
WHY_WE_ASK = {
    "carer_age": N_("I ask because some help is only for young carers, and some only for adults. "
                    "You don't have to say."),
    "lambeth": N_("I ask because Lambeth's own services are for people who live in Lambeth or care for someone "
                  "who does. National help works anywhere. You don't have to say."),
    "safety": N_("I ask because what you wrote made me worry about you."),
}


def why_we_ask(key: str) -> Reply:
    question = safety_question_alone() if key == "safety" else refining_question(key)
    return Reply(f"{_(WHY_WE_ASK[key])}\n{question.text}", buttons=question.buttons)


def text_length(text: str) -> int:
    """Characters as a text message counts them (bot/channels/plain_text.py)."""
    from bot.channels import plain_text

    return plain_text.length(text)


def question_length(question: Reply | None) -> int:
    """Characters a question and its numbered options take in a text message."""
    if question is None:
        return 0
    from bot.channels import plain_text

    options = plain_text.numbered_list(({"title": b.title} for b in question.buttons), current())
    return plain_text.length(question.text) + 2 + (plain_text.length(options) + 2 if options else 0)


def with_question(reply: Reply, question: Reply) -> Reply:
    """The reply with a question at its end, offering the question's options only."""
    return Reply(f"{reply.text}\n\n{question.text}", buttons=list(question.buttons), services=reply.services)


def joined(first: Reply, second: Reply) -> Reply:
    """Two replies as one message (one bubble), with the second's options."""
    named = first.services + [s for s in second.services if s not in first.services]
    return Reply(f"{first.text}\n\n{second.text}", buttons=list(second.buttons or first.buttons), services=named)


def refining_question(key: str) -> Reply:
    text, buttons = QUESTIONS[key]
    return Reply(_(text), buttons=[Button(_(title), payload) for title, payload in buttons])


def safety_question_alone() -> Reply:
    return Reply(_(SAFETY_QUESTION), safety_buttons())


def outside_lambeth(directory: Directory, situations: list[str]) -> Reply:
    """National services only, the carer's own council, and Carers' Hub for carers of
    someone who lives in Lambeth."""
    blocks = [
        _("Lambeth's own services are for carers who live in Lambeth or look after someone who does. "
          "Your own council can help where you live: ask its adult social care team for a carer's assessment "
          "(a free talk about what would make caring easier) and about local carers' services.")
    ]
    named = []
    shown: set[str] = {HUB_ID}
    for situation in situations or ["outside_lambeth"]:
        national = [s for s in directory.services_for(situation) if s.area == "national" and s.id not in shown]
        reachable = [s for s in national if service_contacts(s)][:MAX_SERVICES_PER_SITUATION]
        if reachable:
            blocks.append(_("{heading}, anywhere in England:").format(heading=_(label(situation))) + "\n"
                          + "\n".join(service_entry(s) for s in reachable))
            shown.update(s.id for s in reachable)
            named += [s.id for s in reachable]
    if len(blocks) == 1:
        general = [s for s in directory.services_for("outside_lambeth") if service_contacts(s)][:MAX_SERVICES_PER_SITUATION]
        blocks.append(_("For any carer, anywhere in England:") + "\n" + "\n".join(service_entry(s) for s in general))
        named += [s.id for s in general]
    service = hub(directory)
    phone = service.verified_contacts("phone")
    blocks.append(
        _("If the person you care for lives in Lambeth, Carers' Hub Lambeth can still help you: call {phone}.").format(
            phone=phone[0].value) if phone else
        _("If the person you care for lives in Lambeth, Carers' Hub Lambeth can still help you.")
    )
    return Reply("\n\n".join(blocks), buttons=[Button(_("Talk to a person"), "/ask_for_person")], services=named)


OUTSIDE_LAMBETH_SHORT = N_("Lambeth's own services are for people in Lambeth. Your own council's adult social care "
                           "team can help where you live.")


def outside_lambeth_compact(directory: Directory, situations: list[str], room: int = TEXT_SEGMENTS_LIMIT) -> Reply:
    """outside_lambeth() for a phone's text messages: a national number for each need while
    there is room, and Carers' Hub for the carer of someone in Lambeth; the rest on MORE."""
    hub_phone = phone_number(hub(directory))
    tail = (_("If the person you care for lives in Lambeth, Carers' Hub Lambeth can still help")
            + (f": {hub_phone}" if hub_phone else "") + "\n" + _(MORE_PROMPT))
    entries: list[str] = []
    named: list[str] = []
    for situation in situations or ["outside_lambeth"]:
        national = [s for s in directory.services_for(situation)
                    if s.area == "national" and s.id not in named and phone_number(s) not in (None, hub_phone)]
        if not national:
            continue
        entry = f"- {national[0].name}: {phone_number(national[0])}"
        if len("\n".join([_(OUTSIDE_LAMBETH_SHORT), *entries, entry, tail])) > room:
            break
        entries.append(entry)
        named.append(national[0].id)
    return Reply("\n".join([_(OUTSIDE_LAMBETH_SHORT), *entries, tail]), services=named)
