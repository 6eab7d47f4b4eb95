"""The languages the bot speaks, and how a carer names one (issue 15).

One home for these facts: the slot `language` holds one of SPOKEN's codes; the widget's
language button, the crisis rules (bot/safety/languages/) and the catalogues (locale/)
follow it. Somali has the safety floor only: its crisis card and the hand-off to Carers'
Hub, not understanding of situations.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

ENGLISH = "en"
# Replies, understanding and the widget's button, by ISO 639-1 code, named in the language itself.
SPOKEN = {"en": "English", "pt": "Português", "es": "Español", "pl": "Polski"}
# The crisis card and the hand-off only.
SAFETY_FLOOR_ONLY = {"so": "Soomaali"}
SUPPORTED = {**SPOKEN, **SAFETY_FLOOR_ONLY}
# Their names in English, for staff and for the answer to a language the bot does not speak.
ENGLISH_NAMES = {"en": "English", "pt": "Portuguese", "es": "Spanish", "pl": "Polish", "so": "Somali"}
# Other languages spoken in Lambeth that detection tells apart, so that a carer writing in
# one of them is told plainly what the bot can do, instead of being misread.
RECOGNISED_OTHERS = {"fr": "French", "ro": "Romanian", "ar": "Arabic", "bn": "Bengali", "tr": "Turkish"}
# Those that detection also tells apart, when the carer does not name the language: each
# Latin-script language's models cost lingua about 25 MB (README, Performance), and Arabic and
# Bengali are known by their script.
DETECTED_OTHERS = ("fr", "ar", "bn")

# How a carer asks for a language, in English and in the language itself, folded (no
# accents, lower case). "po polsku" and "English please" switch; so does the widget's button.
_NAMES = {
    "en": ["english", "in english", "ingles", "em ingles", "en ingles", "po angielsku", "angielski", "ingiriis",
           "afka ingiriisiga"],
    "pt": ["portuguese", "portugues", "em portugues", "fala portugues", "falar portugues", "brazilian portuguese",
           "portugues do brasil", "brasileiro"],
    "es": ["spanish", "espanol", "en espanol", "castellano", "habla espanol", "hablas espanol", "hablar espanol"],
    "pl": ["polish", "polski", "po polsku", "polskim", "mowi po polsku", "mowisz po polsku", "jezyk polski"],
    "so": ["somali", "soomaali", "af soomaali", "afsoomaali", "somaali"],
    "fr": ["french", "francais", "en francais"],
    "ro": ["romanian", "romana", "in romana", "limba romana"],
    "ar": ["arabic", "\u0639\u0631\u0628\u064a", "\u0628\u0627\u0644\u0639\u0631\u0628\u064a"],
    "bn": ["bengali", "bangla", "\u09ac\u09be\u0982\u09b2\u09be"],
    "tr": ["turkish", "turkce", "turkce konusuyor musunuz"],
}
# A greeting or thanks that belongs to one language, when it is the whole message.
_GREETINGS = {
    "pt": ["ola", "oi", "bom dia", "boa tarde", "boa noite", "obrigado", "obrigada", "tudo bem"],
    "es": ["hola", "buenos dias", "buenas tardes", "buenas noches", "buenas", "gracias", "muchas gracias"],
    "pl": ["czesc", "dzien dobry", "dobry wieczor", "witam", "dziekuje", "dzieki", "hej"],
    "so": ["salaan", "iska warran", "mahadsanid", "nabad", "see tahay"],
}
# The words that may stand around a language's name in a request to speak it ("can we
# speak Polish please", "czy ktoś mówi po polsku", "¿alguien habla español?"). Any other word
# makes it a message about something else ("my mum is Polish").
_ASKING_WORDS = frozenset("""
please pls plz can could we i you do does is there anyone someone somebody speak speaks talk write reply
answer in only want would like prefer switch change to the language
em por favor alguem fala falar voce vc pode podes quero queria escrever responder lingua so
en alguien habla hablas hablar hablan hable puede puedes puedo quiero prefiero escribir responder contestar idioma
porfa hay que se me aqui tem quem ai tu jest kto ktory ktora
czy ktos mowi mowisz mowic moze mozesz prosze chce chcialabym chcialbym pisac odpisac jezyk jezyku
ma qof ku hadla hadli hadashaa hadlaa karaa fadlan waxaan rabaa
""".split())


def fold(text: str) -> str:
    """Lower case without accents ("Português" → "portugues", "ł" → "l")."""
    text = (text or "").lower().replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W\d_]+", fold(text)))


def named_language(text: str) -> Optional[str]:
    """The language a short message asks for ("po polsku?", "English please", "Español"),
    or None. A message that mentions a language in passing ("my mum only speaks Polish")
    asks for nothing."""
    words = _words(text)
    if not words or len(words.split()) > 10:
        return None
    for code, names in _NAMES.items():
        for name in sorted(names, key=len, reverse=True):
            if re.search(rf"\b{re.escape(name)}\b", words):
                rest = re.sub(rf"\b{re.escape(name)}\b", " ", words).split()
                if all(word in _ASKING_WORDS for word in rest):
                    return code
    return None


def greeting_language(text: str) -> Optional[str]:
    """The language of a message that is only a greeting or thanks ("hola", "dziękuję")."""
    words = _words(text)
    for code, greetings in _GREETINGS.items():
        if words in greetings:
            return code
    return None


def supported_or_english(code: object) -> str:
    """A slot's value as a language the bot can reply in: English for anything else."""
    return code if code in SUPPORTED else ENGLISH
