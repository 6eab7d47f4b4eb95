"""What the bot says: the one catalogue of carer-facing text (issue 14), composed from the
directory: signposting, crisis cards, answers, the Carers' Hub hand-off, the privacy notice,
and what the channels say about what they could not read. (The utter_ responses stay in
domain.yml, Rasa's home for them.) Fixed sentences are named constants or built by small
functions, so a translation (issue 15) can replace them one by one.

Text only, in short plain-English lines, with no markdown: the same words go to the
web widget (which links phone numbers and web addresses) and to SMS and WhatsApp.
Every contact detail comes from a directory Contact; nothing is typed in here.

Every sentence is said in the carer's language (issue 15): `_("…")` translates a sentence
when it is said, and a constant is marked `N_("…")` so that it is extracted, then said
through `_()` where it is used. Placeholders ({phone}) keep names and contacts out of
what translators see.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bot import fit, settings
from bot.dialogue.translations import _, current, translate
from bot.directory.schema import Contact, CrisisCard, Directory, Service
from bot.safety import KINDS as CRISIS_KINDS
from bot.situations import label


def N_(text: str) -> str:
    """Marks a constant for extraction; it is translated where it is said, with _()."""
    return text

HUB_ID = "carers_hub_lambeth"
MAX_SERVICES_PER_SITUATION = 3
MAX_CRISIS_LINES = 7
CHANNEL_WORDS = {"phone": N_("Call"), "text": N_("Text"), "email": N_("Email"), "web": N_("Website"),
                 "address": N_("Address")}


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass
class Reply:
    text: str
    buttons: list[Button] = field(default_factory=list)
    services: list[str] = field(default_factory=list)  # ids of the services named, for staff review


# --- contact lines ---------------------------------------------------------------------------


SHORT_HOURS = 45  # longer opening hours are for staff, not for a reply on a phone screen


def contact_line(contact: Contact) -> str:
    # A contact's note is the researcher's note for staff ("no separate young carers number
    # was found"); carers see the contact itself, and opening hours once, from `hours`.
    return f"{_(CHANNEL_WORDS.get(contact.channel, contact.channel.title()))} {contact.value}"


def service_contacts(service: Service) -> list[str]:
    """The verified ways to reach a service, at most two: a number, then the website
    (or the email when there is no website), then short opening hours."""
    numbers = service.verified_contacts("phone", "text")[:1]
    online = (service.verified_contacts("web") or service.verified_contacts("email"))[:1]
    lines = [contact_line(contact) for contact in numbers + online]
    hours = service.verified_contacts("hours")
    if numbers and hours and len(hours[0].value) <= SHORT_HOURS:
        lines.append(_("Open: {hours}").format(hours=hours[0].value))
    return lines


def hub(directory: Directory) -> Service:
    return directory.services[HUB_ID]


def hub_line(directory: Directory) -> str:
    """The sign-off every signposting reply ends with."""
    service = hub(directory)
    phone = service.verified_contacts("phone")
    email = service.verified_contacts("email")
    web = service.verified_contacts("web")
    parts = []
    if phone:
        parts.append(_("call {phone}").format(phone=phone[0].value))
    if email:
        parts.append(_("email {email}").format(email=email[0].value))
    reach = _("{first} or {second}").format(first=parts[0], second=parts[1]) if len(parts) == 2 else "".join(parts)
    line = _("Carers' Hub Lambeth is here for every carer in Lambeth: {reach}.").format(reach=reach)
    if web:
        line += f" {web[0].value}"
    return line


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


# --- crisis ----------------------------------------------------------------------------------


# When only the classifier saw a crisis, the kind is unknown: danger to life, mental
# health crisis, and someone being harmed.
UNKNOWN_CRISIS_KINDS = ["suicidal", "adult_at_risk"]


CARD_HUB = N_("When you are safe, Carers' Hub Lambeth can support you: {phone}.")


def crisis(directory: Directory, kinds: list[str], language: str | None = None) -> Reply:
    """Crisis contacts first, short enough for one SMS; then the offer of Carers' Hub. In
    the language the danger was written in when the crisis rules know it, else in the
    conversation's; the numbers are the directory's, untranslated."""
    language = language or current()
    kinds = [kind for kind in CRISIS_KINDS if kind in kinds] or UNKNOWN_CRISIS_KINDS
    cards: list[CrisisCard] = [directory.crisis[kind] for kind in kinds]
    lines: list[str] = []
    seen_values: set[str] = set()
    for card in cards:
        for line in card.lines:
            if line.value in seen_values:
                continue
            seen_values.add(line.value)
            lines.append(f"{translate(line.say, language)} {line.value}")
    text = translate(cards[0].title, language) + ":\n" + "\n".join(lines[:MAX_CRISIS_LINES])
    advice = [card.advice for card in cards if card.advice]
    if advice:
        text += "\n" + translate(advice[0], language)
    hub_phone = hub(directory).verified_contacts("phone")
    if hub_phone and hub_phone[0].value not in seen_values:
        text += "\n" + translate(CARD_HUB, language).format(phone=hub_phone[0].value)
    return Reply(text)


# --- the hand-off, privacy and small talk --------------------------------------------------


def privacy_notice_short() -> str:
    """The notice for a phone's text messages, where every character counts."""
    days = settings.load().retention_days
    return _("Privacy: we keep this chat for {days} days for Carers' Hub staff. Text 'delete my conversation' to "
             "erase it.").format(days=days)


def privacy_notice() -> str:
    days = settings.load().retention_days
    return _("Privacy: we keep this chat for {days} days so Carers' Hub Lambeth staff can help you and "
             "improve this service. Only share what you need to. Type 'delete my conversation' at any time."
             ).format(days=days)


def greeting() -> Reply:
    return Reply(
        _("Hello, I can help you find support as a carer in Lambeth. "
          "Tell me a little about what is happening, for example: 'I look after my mum and I need a break'."),
        buttons=[
            Button(_("Money worries"), "/financial_hardship"),
            Button(_("I need a break"), "/breaks_respite"),
            Button(_("I'm finding it hard"), "/wellbeing"),
            Button(_("I'm under 18"), "/young_carer"),
        ],
    )


APOLOGY = N_("I'm sorry I haven't been more help.")


def offer_person(directory: Directory, apologise: bool = False) -> Reply:
    return Reply(
        (_(APOLOGY) + " " if apologise else "") + _("You can talk to a person at Carers' Hub Lambeth.") + "\n"
        + hub_line(directory) + "\n" + _("Or they can contact you: would you like a call back? I would need your "
                                          "name, a phone number or email, and a good time."),
        buttons=[Button(_("Yes, call me back"), "/affirm"), Button(_("No thanks"), "/deny")],
    )


def out_of_scope(directory: Directory) -> Reply:
    return Reply(
        _("Sorry, I can't help with that. I can only point carers in Lambeth to support.") + "\n" + hub_line(directory)
    )


def cannot_answer(directory: Directory) -> Reply:
    """An honest answer to a question the bot cannot answer from its facts."""
    return Reply(_("I'm sorry, I don't know the answer to that. The people at Carers' Hub Lambeth can help.") + "\n"
                 + hub_line(directory), buttons=[Button(_("Talk to a person"), "/ask_for_person")])


def not_understood(directory: Directory, times: int) -> Reply:
    if times >= 2:
        return Reply(
            _("I'm sorry, I'm still not understanding. A person can help you better.") + "\n" + hub_line(directory),
            buttons=[Button(_("Talk to a person"), "/ask_for_person")],
        )
    return Reply(
        _("Sorry, I didn't quite understand. Could you tell me a bit more, in a few words? "
          "For example: 'money worries', 'I need a break' or 'my dad has dementia'.")
    )


SAFETY_QUESTION = N_(
    "Are you safe right now? If you are thinking of harming yourself, tell me and I will give you numbers "
    "to call straight away."
)
SAFETY_BUTTONS = ((N_("Yes, I'm safe"), "/affirm"), (N_("No, I'm not safe"), "/deny"))


def safety_buttons() -> list[Button]:
    return [Button(_(title), payload) for title, payload in SAFETY_BUTTONS]


def safety_line(directory: Directory) -> str:
    """The unsure tier's one line: 999 and Samaritans, from the crisis cards. A message that
    may hide danger gets this beside its signposting, not a whole crisis card."""
    lines = [line for card in directory.crisis.values() for line in card.lines]
    emergency = next((line.value for line in lines if line.service_id == "emergency_999" and line.channel == "phone"
                      and line.value == "999"), None)
    samaritans = next((line.value for line in lines if line.service_id == "samaritans"), None)
    parts = []
    if emergency:
        parts.append(_("If anyone is in danger now, call {number}.").format(number=emergency))
    if samaritans:
        parts.append(_("To talk to someone any time, call Samaritans free on {number}.").format(number=samaritans))
    return " ".join(parts)


def still_here(directory: Directory) -> Reply:
    """After the check-in, for words the bot cannot place just after a crisis card."""
    return Reply(_("I'm still here. You can tell me more, or talk to a person.") + "\n" + hub_line(directory),
                 buttons=[Button(_("Talk to a person"), "/ask_for_person")])


def check_in_after_crisis(directory: Directory) -> str:
    """The first words of the reply after a crisis card."""
    return _("Thank you for writing back. How are you now?") + " " + safety_line(directory)


def safety_question(directory: Directory) -> Reply:
    """The safety line, then the question, with its yes/no options."""
    return Reply(f"{safety_line(directory)}\n{_(SAFETY_QUESTION)}", safety_buttons())


GLAD_YOU_ARE_SAFE = N_("I'm glad. Looking after yourself matters too. If things change, you can tell me at any time.")
NO_PROBLEM = N_("OK. If anything else comes up, just write to me here.")
ANYTHING_ELSE = N_("Is there anything else going on that I can help with?")



def privacy_explained() -> str:
    days = settings.load().retention_days
    return _(
        "What you write here is kept for {days} days, then deleted. Staff at Carers' Hub Lambeth can read it "
        "to help you and to improve this service; they see names, numbers and addresses hidden unless there is "
        "a good reason. We do not sell or share it. You can type 'delete my conversation' to erase it now."
    ).format(days=days)


def service_unavailable(directory: Directory) -> str:
    return (_("Sorry, I can't answer properly just now. Please contact Carers' Hub Lambeth, or try again in a "
              "few minutes. If anyone is in danger, call 999.") + "\n" + hub_line(directory))


def long_message_note(directory: Directory) -> str:
    """For a message over the channels' length limit (bot/channels/incoming.py)."""
    phone = hub(directory).verified_contacts("phone")
    reach = (_("call Carers' Hub Lambeth on {phone}").format(phone=phone[0].value) if phone
             else _("contact Carers' Hub Lambeth"))
    return _("Thank you for telling me all of this. Your message was very long, so I read the first part "
             "closely. I have kept all of it. To talk it all through with a person, {reach}.").format(reach=reach)


def conversation_not_deleted(directory: Directory) -> str:
    return (_("Sorry, something went wrong and I could not delete your conversation. Please ask Carers' Hub "
              "Lambeth to delete it for you.") + "\n" + hub_line(directory))


CONVERSATION_DELETED = N_("Done. I have deleted this conversation. If you write again, it starts a new one.")


# --- what the channels say about what they could not read --------------------------------------

EMPTY_MESSAGE_REPLY = (
    "Your message was empty. Tell me a little about what is happening, for example: "
    "'I look after my dad and I need a break'."
)
TEXT_ONLY_REPLY = (
    "Sorry, I can only read text. I can't open photos, voice notes, videos or locations. "
    "Please tell me in words what is happening, for example: 'I look after my dad and I need a break'."
)
NOT_TEXT_REPLY = "Sorry, I can only read text. Please type your message and send it again."


# --- callback requests ------------------------------------------------------------------------


CONSENT_QUESTION = N_("Do you agree that Carers' Hub Lambeth may contact you on {contact} about this?")
CONSENT_BUTTONS = ((N_("Yes, they can contact me"), "/affirm"), (N_("No"), "/deny"))
NAME_NOT_CAUGHT = N_("Sorry, I didn't catch a name. What should they call you?")
NOT_A_CONTACT = N_("That doesn't look like a UK phone number or an email address. "
                   "Please type a number like {example_number}, or an email like {example_email}.")
EXAMPLE_NUMBER, EXAMPLE_EMAIL = "07700 900123", "name@example.com"  # Ofcom's drama range; RFC 2606
CALLBACK_QUESTIONS = {
    "callback_name": N_("What name should they ask for? (You can type 'cancel' at any time.)"),
    "callback_contact": N_("What phone number or email address should they use?"),
    "callback_time": N_("When is a good time to contact you? For example: 'weekday mornings' or 'after 4pm'."),
}


def consent_question(contact: str) -> Reply:
    return Reply(_(CONSENT_QUESTION).format(contact=contact),
                 buttons=[Button(_(title), payload) for title, payload in CONSENT_BUTTONS])


def not_a_contact() -> str:
    return _(NOT_A_CONTACT).format(example_number=EXAMPLE_NUMBER, example_email=EXAMPLE_EMAIL)


def callback_saved(number: int, name: str) -> str:
    return _("Thank you, {name}. Your request is saved (number {number}). Someone from Carers' Hub Lambeth "
             "will contact you.").format(name=name, number=number)


def callback_not_saved(directory: Directory) -> str:
    return (_("Sorry, something went wrong and I could not save your request. Please contact them directly.")
            + "\n" + hub_line(directory))


def callback_without_consent(directory: Directory) -> str:
    return (_("OK, I won't pass on your details. You can contact them yourself whenever you like.") + "\n"
            + hub_line(directory))


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

