"""A whole conversation in Portuguese, Spanish and Polish over the real servers (issue 15):
asking for the language, a need signposted in it with the directory's own contacts, the
crisis card in it, the callback form with its consent question in it (and stored with the
words the carer agreed to), and "delete my conversation" in it. Somali has the safety floor:
its crisis card and the hand-off. The phrases are the team's own, not the blind sets'."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
import sqlalchemy as sa

from bot import languages
from bot.dialogue import replies, translations
from bot.directory.schema import read_directory
from bot.language_detection import detect
from bot.safety.languages import LANGUAGES
from bot.situations import label
from tests.contact_check import unknown_contacts
from tests.support.stack import texts

DIRECTORY = read_directory()
HUB_PHONE = "020 7501 8970"


@dataclass(frozen=True)
class Script:
    language: str
    ask_for_it: str
    need: str
    situations: tuple[str, ...]
    person: str
    yes: str
    name: str
    time: str
    delete: str


SCRIPTS = [
    Script("pt", "em português por favor",
           "Cuido da minha mãe que tem demência e estou exausta, preciso de uma pausa",
           ("dementia", "breaks_respite", "wellbeing"),
           "quero falar com uma pessoa", "sim", "Ana", "de manhã", "apagar a minha conversa"),
    Script("es", "¿alguien habla español?",
           "Cuido a mi madre que tiene demencia y necesito un descanso, estoy agotada",
           ("dementia", "breaks_respite", "wellbeing"),
           "quiero hablar con una persona", "sí", "Lucía", "por la mañana", "borrar mi conversación"),
    Script("pl", "czy ktoś mówi po polsku?",
           "Opiekuję się mamą, która ma demencję, i bardzo potrzebuję przerwy",
           ("dementia", "breaks_respite", "wellbeing"),
           "chcę porozmawiać z człowiekiem", "tak", "Kasia", "rano", "usuń moją rozmowę"),
]


def _in(language: str, text: str) -> str:
    return translations.translate(text, language)


def _callbacks(stack, sender: str) -> list[dict]:
    engine = sa.create_engine(stack.database_url)
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT * FROM callback_request WHERE conversation_id = :c"), {"c": sender})
        return [dict(row._mapping) for row in rows]


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.language for s in SCRIPTS])
def test_a_whole_conversation_in_the_carers_language(bot, stack, sender, script):
    language = script.language
    chosen = texts(bot.say(sender, script.ask_for_it))
    assert _in(language, replies.NOW_IN_THIS_LANGUAGE) in chosen, chosen
    assert _in(language, "Privacy: we keep this chat for {days} days so Carers' Hub Lambeth staff can help you and "
                         "improve this service. Only share what you need to. Type 'delete my conversation' at any "
                         "time.").split("{days}")[0] in chosen  # the privacy notice, in the language asked for
    assert bot.tracker(sender)["slots"]["language"] == language

    # A need: signposted under a heading in the language, with the directory's contacts.
    reply = texts(bot.say(sender, script.need))
    headings = [_in(language, label(key)) for key in script.situations]
    assert any(f"{heading}:" in reply for heading in headings), reply
    assert HUB_PHONE in reply and not unknown_contacts(reply, DIRECTORY)
    assert detect(reply)[0] == language, reply

    # The hand-off and the callback form, every question in the language.
    offer = texts(bot.say(sender, script.person))
    assert _in(language, "You can talk to a person at Carers' Hub Lambeth.") in offer, offer
    assert _in(language, replies.CALLBACK_QUESTIONS["callback_name"]) in texts(bot.say(sender, script.yes))
    assert _in(language, replies.CALLBACK_QUESTIONS["callback_contact"]) in texts(bot.say(sender, script.name))
    assert _in(language, replies.CALLBACK_QUESTIONS["callback_time"]) in texts(bot.say(sender, "07700 900123"))
    consent = texts(bot.say(sender, script.time))
    asked = _in(language, replies.CONSENT_QUESTION).format(contact="07700 900123")
    assert asked in consent, consent
    saved = texts(bot.say(sender, script.yes))
    stored = _callbacks(stack, sender)
    assert len(stored) == 1 and stored[0]["consent"] and stored[0]["consent_text"] == asked
    with translations.speaking(language):
        assert replies.callback_saved(stored[0]["id"], script.name) in saved, saved

    # "Delete my conversation", confirmed, in the language.
    confirm = texts(bot.say(sender, script.delete))
    assert _in(language, "Do you want me to delete this whole conversation? It cannot be undone.") in confirm, confirm
    done = texts(bot.say(sender, script.yes))
    assert _in(language, replies.CONVERSATION_DELETED) in done, done
    assert [e for e in bot.tracker(sender)["events"] if e["event"] == "user"] == []
    assert _callbacks(stack, sender) == []


@pytest.mark.parametrize("module", LANGUAGES, ids=[m.LANGUAGE for m in LANGUAGES])
def test_a_crisis_card_in_the_language_then_the_conversation_goes_on_in_it(bot, sender, module):
    from bot.safety import assess

    # A message this language's rules see (and the English rules do not), so the card's language is known.
    text, found = next((t, assess(t)) for t in module.CATCHES["suicidal"] if assess(t).language == module.LANGUAGE)
    card = texts(bot.say(sender, text))
    title = _in(module.LANGUAGE, DIRECTORY.crisis[found.kinds[0]].title)
    assert title != DIRECTORY.crisis[found.kinds[0]].title and card.startswith(title), card
    assert bot.tracker(sender)["slots"]["language"] == module.LANGUAGE
    after = texts(bot.say(sender, "ok"))
    assert _in(module.LANGUAGE, "Thank you for writing back. How are you now?") in after, after


def test_somali_gets_its_hand_off_in_somali(bot, sender):
    reply = texts(bot.say(sender, "af soomaali"))
    assert _in("so", replies.NOW_IN_THIS_LANGUAGE) in reply and HUB_PHONE in reply
    assert _in("so", "You can talk to a person at Carers' Hub Lambeth.") in reply
    assert _in("so", "You can talk to a person at Carers' Hub Lambeth.") != "You can talk to a person at Carers' Hub Lambeth."


def test_english_switches_back(bot, sender):
    bot.say(sender, "po polsku")
    reply = texts(bot.say(sender, "English please"))
    assert replies.NOW_IN_THIS_LANGUAGE in reply and bot.tracker(sender)["slots"]["language"] == "en"


def test_a_language_the_bot_does_not_speak_gets_carers_hubs_number_in_english(bot, sender):
    messages = bot.say(sender, "Bonjour, je m'occupe de ma mère qui est malade et je suis très fatiguée")
    reply = texts(messages)
    assert "Sorry, I can only write in English" in reply and HUB_PHONE in reply
    assert "interpret" not in reply.lower()  # no source says an interpreter can be asked for
    assert {b["payload"] for m in messages for b in m.get("buttons") or []} >= {
        f'/choose_language{{"language": "{code}"}}' for code in languages.SPOKEN}


def test_short_replies_keep_the_conversations_language(bot, sender):
    bot.say(sender, "po polsku")
    bot.say(sender, "ok")
    bot.say(sender, "hi")
    assert bot.tracker(sender)["slots"]["language"] == "pl"


def test_the_widget_button_chooses_the_language(bot, sender):
    reply = texts(bot.say(sender, '/choose_language{"language": "es"}'))
    assert _in("es", replies.NOW_IN_THIS_LANGUAGE) in reply
    assert bot.tracker(sender)["slots"]["language"] == "es"
