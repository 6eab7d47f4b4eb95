"""What the bot says: the one catalogue of carer-facing text (issue 14), composed from the
directory: signposting, crisis cards, answers, the Carers' Hub hand-off, the privacy notice,
and what the channels say about what they could not read. (The utter_ responses stay in
domain.yml, Rasa's home for them.) Fixed sentences are named constants or built by small
functions, so a translation (issue 15) can replace them one by one.

Text only, in short plain-English lines, with no markdown: the same words go to the
web widget (which links phone numbers and web addresses) and to SMS and WhatsApp.
Every contact detail comes from a directory Contact; nothing is typed in here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bot import fit, settings
from bot.dialogue.translations import translate
from bot.directory.schema import Contact, CrisisCard, Directory, Service
from bot.safety import KINDS as CRISIS_KINDS
from bot.situations import label

HUB_ID = "carers_hub_lambeth"
MAX_SERVICES_PER_SITUATION = 3
MAX_CRISIS_LINES = 7
CHANNEL_WORDS = {"phone": "Call", "text": "Text", "email": "Email", "web": "Website", "address": "Address"}


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
    return f"{CHANNEL_WORDS.get(contact.channel, contact.channel.title())} {contact.value}"


def service_contacts(service: Service) -> list[str]:
    """The verified ways to reach a service, at most two: a number, then the website
    (or the email when there is no website), then short opening hours."""
    numbers = service.verified_contacts("phone", "text")[:1]
    online = (service.verified_contacts("web") or service.verified_contacts("email"))[:1]
    lines = [contact_line(contact) for contact in numbers + online]
    hours = service.verified_contacts("hours")
    if numbers and hours and len(hours[0].value) <= SHORT_HOURS:
        lines.append(f"Open: {hours[0].value}")
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
        parts.append(f"call {phone[0].value}")
    if email:
        parts.append(f"email {email[0].value}")
    reach = " or ".join(parts)
    line = f"Carers' Hub Lambeth is here for every carer in Lambeth: {reach}."
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
    return f"- {service.name}: {service.summary}\n  " + " | ".join(service_contacts(service))


def situation_block(situation: str, services: list[Service]) -> str:
    """Services with checked contacts in full; the others named on one line, reached
    through Carers' Hub rather than with details nobody has checked."""
    reachable = [s for s in services if service_contacts(s)]
    unreachable = [s for s in services if not service_contacts(s)]
    lines = [f"{label(situation)}:"] + [service_entry(s) for s in reachable]
    if unreachable:
        names = ", ".join(s.name for s in unreachable)
        lines.append(f"- Also: {names}. Carers' Hub can put you in touch.")
    if not services:
        lines.append("- Carers' Hub Lambeth can help with this.")
    return "\n".join(lines)


# Said before any list: a bereavement is met with sympathy, and someone who says they are
# worn out or unseen is heard before they are handed names.
SYMPATHY = "I'm so sorry for your loss."
HEARD = "That sounds really hard. How you are matters too."
WHO_CAN_HELP = "Here is who can help."


def opening(situations: list[str]) -> str:
    said = [SYMPATHY] if "bereavement" in situations else []
    if "wellbeing" in situations:
        said.append(HEARD)
    return " ".join(said + [WHO_CAN_HELP])


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
        Button("Talk to a person", "/ask_for_person"),
        Button("Something else", "/start_again"),
    ], services=named)


# On SMS and WhatsApp the first answer fits in three text segments (480 characters, with the
# short privacy notice): one number for each need, Carers' Hub, and the rest on "MORE".
TEXT_SEGMENTS_LIMIT = 480
MORE_WORD = "MORE"
MORE_PROMPT = f"Send {MORE_WORD} for details."


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
    hub_tail = f"Carers' Hub Lambeth: {hub_phone}" if hub_phone else "Carers' Hub Lambeth can help."

    def tail(entries: list[str]) -> str:
        named_hub = hub_phone and any(entry.endswith(hub_phone) for entry in entries)
        return ("" if named_hub else hub_tail + "\n") + MORE_PROMPT

    if len(head) + 1 + len(hub_tail) + 1 + len(MORE_PROMPT) > room:
        head = WHO_CAN_HELP  # a question with its own kind words follows
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


CARD_HUB = "When you are safe, Carers' Hub Lambeth can support you: {phone}."


def crisis(directory: Directory, kinds: list[str], language: str | None = None) -> Reply:
    """Crisis contacts first, short enough for one SMS; then the offer of Carers' Hub. In
    the carer's language when the danger was written in another (bot/dialogue/translations.py);
    the numbers are the directory's, untranslated."""
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
    return f"Privacy: we keep this chat for {days} days for Carers' Hub staff. Text 'delete my conversation' to erase it."


def privacy_notice() -> str:
    days = settings.load().retention_days
    return (
        f"Privacy: we keep this chat for {days} days so Carers' Hub Lambeth staff can help you and "
        "improve this service. Only share what you need to. Type 'delete my conversation' at any time."
    )


def greeting() -> Reply:
    return Reply(
        "Hello, I can help you find support as a carer in Lambeth. "
        "Tell me a little about what is happening, for example: 'I look after my mum and I need a break'.",
        buttons=[
            Button("Money worries", "/financial_hardship"),
            Button("I need a break", "/breaks_respite"),
            Button("I'm finding it hard", "/wellbeing"),
            Button("I'm under 18", "/young_carer"),
        ],
    )


APOLOGY = "I'm sorry I haven't been more help."


def offer_person(directory: Directory, apologise: bool = False) -> Reply:
    return Reply(
        (APOLOGY + " " if apologise else "") + "You can talk to a person at Carers' Hub Lambeth.\n" + hub_line(directory)
        + "\nOr they can contact you: would you like a call back? I would need your name, a phone number "
        "or email, and a good time.",
        buttons=[Button("Yes, call me back", "/affirm"), Button("No thanks", "/deny")],
    )


def out_of_scope(directory: Directory) -> Reply:
    return Reply(
        "Sorry, I can't help with that. I can only point carers in Lambeth to support.\n" + hub_line(directory)
    )


def cannot_answer(directory: Directory) -> Reply:
    """An honest answer to a question the bot cannot answer from its facts."""
    return Reply("I'm sorry, I don't know the answer to that. The people at Carers' Hub Lambeth can help.\n"
                 + hub_line(directory), buttons=[Button("Talk to a person", "/ask_for_person")])


def not_understood(directory: Directory, times: int) -> Reply:
    if times >= 2:
        return Reply(
            "I'm sorry, I'm still not understanding. A person can help you better.\n" + hub_line(directory),
            buttons=[Button("Talk to a person", "/ask_for_person")],
        )
    return Reply(
        "Sorry, I didn't quite understand. Could you tell me a bit more, in a few words? "
        "For example: 'money worries', 'I need a break' or 'my dad has dementia'."
    )


SAFETY_QUESTION = (
    "Are you safe right now? If you are thinking of harming yourself, tell me and I will give you numbers "
    "to call straight away."
)
SAFETY_BUTTONS = (Button("Yes, I'm safe", "/affirm"), Button("No, I'm not safe", "/deny"))


def safety_line(directory: Directory) -> str:
    """The unsure tier's one line: 999 and Samaritans, from the crisis cards. A message that
    may hide danger gets this beside its signposting, not a whole crisis card."""
    lines = [line for card in directory.crisis.values() for line in card.lines]
    emergency = next((line.value for line in lines if line.service_id == "emergency_999" and line.channel == "phone"
                      and line.value == "999"), None)
    samaritans = next((line.value for line in lines if line.service_id == "samaritans"), None)
    parts = []
    if emergency:
        parts.append(f"If anyone is in danger now, call {emergency}.")
    if samaritans:
        parts.append(f"To talk to someone any time, call Samaritans free on {samaritans}.")
    return " ".join(parts)


def still_here(directory: Directory) -> Reply:
    """After the check-in, for words the bot cannot place just after a crisis card."""
    return Reply("I'm still here. You can tell me more, or talk to a person.\n" + hub_line(directory),
                 buttons=[Button("Talk to a person", "/ask_for_person")])


def check_in_after_crisis(directory: Directory) -> str:
    """The first words of the reply after a crisis card."""
    return f"Thank you for writing back. How are you now? {safety_line(directory)}"


def safety_question(directory: Directory) -> Reply:
    """The safety line, then the question, with its yes/no options."""
    return Reply(f"{safety_line(directory)}\n{SAFETY_QUESTION}", list(SAFETY_BUTTONS))
GLAD_YOU_ARE_SAFE = "I'm glad. Looking after yourself matters too. If things change, you can tell me at any time."
NO_PROBLEM = "OK. If anything else comes up, just write to me here."
ANYTHING_ELSE = "Is there anything else going on that I can help with?"



def privacy_explained() -> str:
    days = settings.load().retention_days
    return (
        f"What you write here is kept for {days} days, then deleted. Staff at Carers' Hub Lambeth can read it "
        "to help you and to improve this service; they see names, numbers and addresses hidden unless there is "
        "a good reason. We do not sell or share it. You can type 'delete my conversation' to erase it now."
    )


def service_unavailable(directory: Directory) -> str:
    return ("Sorry, I can't answer properly just now. Please contact Carers' Hub Lambeth, or try again in a "
            "few minutes. If anyone is in danger, call 999.\n" + hub_line(directory))


def long_message_note(directory: Directory) -> str:
    """For a message over the channels' length limit (bot/channels/incoming.py)."""
    phone = hub(directory).verified_contacts("phone")
    reach = f"call Carers' Hub Lambeth on {phone[0].value}" if phone else "contact Carers' Hub Lambeth"
    return ("Thank you for telling me all of this. Your message was very long, so I read the first part "
            f"closely. I have kept all of it. To talk it all through with a person, {reach}.")


def conversation_not_deleted(directory: Directory) -> str:
    return ("Sorry, something went wrong and I could not delete your conversation. Please ask Carers' Hub "
            "Lambeth to delete it for you.\n" + hub_line(directory))


CONVERSATION_DELETED = (
    "Done. I have deleted this conversation. If you write again, it starts a new one."
)


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


CONSENT_QUESTION = "Do you agree that Carers' Hub Lambeth may contact you on {contact} about this?"
NAME_NOT_CAUGHT = "Sorry, I didn't catch a name. What should they call you?"
NOT_A_CONTACT = ("That doesn't look like a UK phone number or an email address. "
                 "Please type a number like 07700 900123, or an email like name@example.com.")
CALLBACK_QUESTIONS = {
    "callback_name": "What name should they ask for? (You can type 'cancel' at any time.)",
    "callback_contact": "What phone number or email address should they use?",
    "callback_time": "When is a good time to contact you? For example: 'weekday mornings' or 'after 4pm'.",
}


def callback_saved(number: int, name: str) -> str:
    return (
        f"Thank you, {name}. Your request is saved (number {number}). Someone from Carers' Hub Lambeth "
        "will contact you."
    )


def callback_not_saved(directory: Directory) -> str:
    return "Sorry, something went wrong and I could not save your request. Please contact them directly.\n" + hub_line(directory)


def callback_without_consent(directory: Directory) -> str:
    return "OK, I won't pass on your details. You can contact them yourself whenever you like.\n" + hub_line(directory)


# --- where the carer lives, and the one refining question -----------------------------------

LAMBETH_CONFIRMED = "Good. The Lambeth services I named are for you."
QUESTIONS = {
    # Ranges as buttons; each sets an age inside the range (Rasa payload entities), so the
    # answer refines the reply the same way a typed age does.
    "carer_age": ("How old are you? It helps me find the right support for your age.",
                  [Button("Under 16", '/inform{"carer_age": 14}'), Button("16 or 17", '/inform{"carer_age": 17}'),
                   Button("18 to 25", '/inform{"carer_age": 20}')]),
    "lambeth": (
        "Do you, or the person you care for, live in Lambeth? If not sure, tell me the area or postcode.",
        [Button("Yes", "/affirm"), Button("No", "/deny")],
    ),
}


# Why the bot asked, for a carer who answers its question with one ("does it matter?").
WHY_WE_ASK = {
    "carer_age": "I ask because some help is only for young carers, and some only for adults. You don't have to say.",
    "lambeth": "I ask because Lambeth's own services are for people who live in Lambeth or care for someone "
               "who does. National help works anywhere. You don't have to say.",
    "safety": "I ask because what you wrote made me worry about you.",
}


def why_we_ask(key: str) -> Reply:
    text, buttons = (SAFETY_QUESTION, list(SAFETY_BUTTONS)) if key == "safety" else QUESTIONS[key]
    return Reply(f"{WHY_WE_ASK[key]}\n{text}", buttons=list(buttons))


def text_length(text: str) -> int:
    """Characters as a text message counts them (bot/channels/plain_text.py)."""
    from bot.channels import plain_text

    return plain_text.length(text)


def question_length(question: Reply | None) -> int:
    """Characters a question and its numbered options take in a text message."""
    if question is None:
        return 0
    from bot.channels import plain_text

    options = plain_text.numbered_list({"title": b.title} for b in question.buttons)
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
    return Reply(text, buttons=list(buttons))


def outside_lambeth(directory: Directory, situations: list[str]) -> Reply:
    """National services only, the carer's own council, and Carers' Hub for carers of
    someone who lives in Lambeth."""
    blocks = [
        "Lambeth's own services are for carers who live in Lambeth or look after someone who does. "
        "Your own council can help where you live: ask its adult social care team for a carer's assessment "
        "(a free talk about what would make caring easier) and about local carers' services."
    ]
    named = []
    shown: set[str] = {HUB_ID}
    for situation in situations or ["outside_lambeth"]:
        national = [s for s in directory.services_for(situation) if s.area == "national" and s.id not in shown]
        reachable = [s for s in national if service_contacts(s)][:MAX_SERVICES_PER_SITUATION]
        if reachable:
            blocks.append(f"{label(situation)}, anywhere in England:\n" + "\n".join(service_entry(s) for s in reachable))
            shown.update(s.id for s in reachable)
            named += [s.id for s in reachable]
    if len(blocks) == 1:
        general = [s for s in directory.services_for("outside_lambeth") if service_contacts(s)][:MAX_SERVICES_PER_SITUATION]
        blocks.append("For any carer, anywhere in England:\n" + "\n".join(service_entry(s) for s in general))
        named += [s.id for s in general]
    service = hub(directory)
    phone = service.verified_contacts("phone")
    blocks.append(
        "If the person you care for lives in Lambeth, Carers' Hub Lambeth can still help you"
        + (f": call {phone[0].value}." if phone else ".")
    )
    return Reply("\n\n".join(blocks), buttons=[Button("Talk to a person", "/ask_for_person")], services=named)


OUTSIDE_LAMBETH_SHORT = "Lambeth's own services are for people in Lambeth. Your own council's adult social care team can help where you live."


def outside_lambeth_compact(directory: Directory, situations: list[str], room: int = TEXT_SEGMENTS_LIMIT) -> Reply:
    """outside_lambeth() for a phone's text messages: a national number for each need while
    there is room, and Carers' Hub for the carer of someone in Lambeth; the rest on MORE."""
    hub_phone = phone_number(hub(directory))
    tail = ("If the person you care for lives in Lambeth, Carers' Hub Lambeth can still help"
            + (f": {hub_phone}" if hub_phone else "") + "\n" + MORE_PROMPT)
    entries: list[str] = []
    named: list[str] = []
    for situation in situations or ["outside_lambeth"]:
        national = [s for s in directory.services_for(situation)
                    if s.area == "national" and s.id not in named and phone_number(s) not in (None, hub_phone)]
        if not national:
            continue
        entry = f"- {national[0].name}: {phone_number(national[0])}"
        if len("\n".join([OUTSIDE_LAMBETH_SHORT, *entries, entry, tail])) > room:
            break
        entries.append(entry)
        named.append(national[0].id)
    return Reply("\n".join([OUTSIDE_LAMBETH_SHORT, *entries, tail]), services=named)


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
    blocks = [answer_text] + (["Who to contact:\n" + "\n".join(entries)] if entries else []) \
        + ([hub_line(directory)] if with_hub else [])
    return Reply("\n\n".join(blocks), buttons=[Button("Talk to a person", "/ask_for_person")], services=[HUB_ID] + named)


# --- who can be rung now ----------------------------------------------------------------------

# Lines that answer day and night, for anyone, named when the carer asks who is open now.
ANY_TIME_LINES = ("samaritans", "nhs_111")


def _clock_words(moment) -> str:
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
    blocks = [f"It is {_clock_words(moment.astimezone(opening_hours.LONDON))} now."]
    if open_for_you:
        blocks.append("Open now for what you told me:\n" + "\n".join(
            f"- {s.name}: {phone_number(s)}" for s in open_for_you[:MAX_SERVICES_PER_SITUATION]))
    elif situations:
        blocks.append("None of the services I named for you is open now, as far as I know.")
    blocks.append("Open day and night, for anyone:\n" + "\n".join(f"- {s.name}: {phone_number(s)}" for s in any_time)
                  + "\nIf anyone is in danger, call 999.")
    service = hub(directory)
    if open_now(service):
        blocks.append(f"Carers' Hub Lambeth is open now: {phone_number(service)}.")
    else:
        blocks.append("I don't know when Carers' Hub Lambeth is open. You can leave a message any time."
                      + ("\n" + hub_line(directory) if with_hub else ""))
    named = [s.id for s in open_for_you[:MAX_SERVICES_PER_SITUATION]] + [s.id for s in any_time] + [HUB_ID]
    return Reply("\n\n".join(blocks), buttons=[Button("Talk to a person", "/ask_for_person")], services=named)


# --- help for the person cared for ------------------------------------------------------------

# Services for the person themselves, not the carer, by what the carer has told us.
FOR_AN_ADULT = ("lambeth_adult_social_care",)
FOR_A_CHILD = ("lambeth_childrens_social_care",)
FOR_MENTAL_HEALTH = ("slam",)
ADULT_CARE = "ask them to look at the care and support the person needs."
CHILD_CARE = "ask them for help for the child and the family."
MENTAL_HEALTH_SITUATIONS = frozenset({"mental_illness", "substance_misuse"})
NO_DRUG_SERVICE = ("For drink or drugs, I don't have a checked local service. His or her GP can refer them, "
                   "and Carers' Hub Lambeth can help you find one.")


def help_for_the_person(directory: Directory, situations: list[str], facts: fit.Facts, after_crisis: bool) -> Reply:
    """Who can help the person the carer looks after (or who harmed them): care and support,
    mental health, drink or drugs, then Carers' Hub for the carer."""
    care, why = (FOR_A_CHILD, CHILD_CARE) if facts.cared_for == fit.CHILD else (FOR_AN_ADULT, ADULT_CARE)
    entries, named = service_lines(directory, care, why=why)
    if after_crisis or MENTAL_HEALTH_SITUATIONS & set(situations):
        more_entries, more_named = service_lines(directory, FOR_MENTAL_HEALTH)
        entries, named = entries + more_entries, named + more_named
    blocks = ["Help for the person you care for:\n" + "\n".join(entries)]
    if "substance_misuse" in situations or after_crisis:
        blocks.append(NO_DRUG_SERVICE)
    if after_crisis:
        blocks.append("You matter too. If you are hurt or in danger, call 999.")
    blocks.append(hub_line(directory))
    return Reply("\n\n".join(blocks), buttons=[Button("Talk to a person", "/ask_for_person")], services=[HUB_ID] + named)


def faq_answer_compact(directory: Directory, answer_text: str, service_ids: list[str],
                       room: int = TEXT_SEGMENTS_LIMIT - 130) -> Reply:
    """faq_answer() for a first text message: as many of the answer's sentences as fit,
    then one number to ring and Carers' Hub's."""
    hub_phone = phone_number(hub(directory))
    others = [directory.services[i] for i in service_ids if i != HUB_ID and phone_number(directory.services[i])
              not in (None, hub_phone)]
    tail = ([f"{others[0].name}: {phone_number(others[0])}"] if others else []) + \
        [f"Carers' Hub Lambeth: {hub_phone}" if hub_phone else "Carers' Hub Lambeth can help."]
    kept: list[str] = []
    for sentence in answer_text.replace(". ", ".\n").splitlines():
        if len(" ".join(kept + [sentence])) + len("\n".join(tail)) + 1 > room:
            break
        kept.append(sentence)
    return Reply("\n".join([" ".join(kept)] + tail), services=[HUB_ID] + [s.id for s in others[:1]])


# The catalogue's sentences a carer in another language gets in theirs first (issue 15:
# the safety floor). bot/dialogue/translations.py extracts them with the crisis cards.
TRANSLATED = (CARD_HUB,)
