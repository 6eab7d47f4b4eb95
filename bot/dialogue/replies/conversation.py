"""The hand-off, privacy, small talk, the safety check-in, and what the channels say about what
they could not read."""
from __future__ import annotations

from bot.dialogue.replies.base import Button, N_, Reply, hub, hub_line
from bot.dialogue.translations import _
from bot.directory.schema import Directory


# --- the hand-off, privacy and small talk --------------------------------------------------


def privacy_notice_short(days: int) -> str:
    """The notice for a phone's text messages, where every character counts. `days`: how
    long conversations are kept (RETENTION_DAYS, passed in by the caller)."""
    return _("Privacy: we keep this chat for {days} days for Carers' Hub staff. Text 'delete my conversation' to "
             "erase it.").format(days=days)


def privacy_notice(days: int) -> str:
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


def privacy_explained(days: int) -> str:
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
