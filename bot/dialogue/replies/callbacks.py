"""The callback form's questions, consent and confirmations."""
from __future__ import annotations

from bot.dialogue.replies.base import Button, N_, Reply, hub_line
from bot.dialogue.translations import _
from bot.directory.schema import Directory


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
