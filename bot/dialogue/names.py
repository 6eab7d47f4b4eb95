"""The names the domain gives slots, intents, entities and the bot's questions: one home for
each, used by the actions, the NLU components and staff indexing (domain.yml declares them)."""
from __future__ import annotations

# --- slots ---
SITUATIONS = "situations"            # situation keys the carer has told of (bot/situations.py)
SIGNPOSTED = "signposted"            # ids of the directory services named, for staff review
CARER_AGE = "carer_age"
CARED_FOR = "cared_for"              # "child" or "adult" (bot/fit.py)
PREFERENCES = "preferences"          # what the carer does not want or cannot have (bot/preferences.py)
CRISIS = "crisis"                    # a crisis card was shown in this conversation
CHECK_IN_DUE = "check_in_due"        # set by a crisis card, cleared by the next reply
PRIVACY_NOTICE_SHOWN = "privacy_notice_shown"
PENDING_QUESTION = "pending_question"  # the one question the bot asked last (QUESTIONS below)
QUESTIONS_ASKED = "questions_asked"
IN_LAMBETH = "in_lambeth"
LANGUAGE = "language"                # the conversation's language (bot/languages.py); also the entity
CALLBACK_SLOTS = ("callback_name", "callback_contact", "callback_time", "callback_consent")

# --- the bot's questions (values of PENDING_QUESTION) ---
ASKED_LAMBETH = "lambeth"
ASKED_CARER_AGE = "carer_age"
ASKED_SAFETY = "safety"

# --- intents ---
CRISIS_INTENT = "crisis"
FALLBACK_INTENT = "nlu_fallback"
AFFIRM = "affirm"
DENY = "deny"
FRUSTRATED = "frustrated"
ASK_FOR_PERSON = "ask_for_person"
INFORM = "inform"
CANCEL = "cancel"
START_AGAIN = "start_again"
CHOOSE_LANGUAGE = "choose_language"  # a message that only names a language, or the widget's button
OTHER_LANGUAGE = "other_language"    # written in a language the bot does not speak; also the entity
SMALL_TALK = frozenset({"thank", "greet", "goodbye", AFFIRM})

# --- entities ---
CRISIS_KIND = "crisis_kind"
CRISIS_LANGUAGE = "crisis_language"
DISTRESS = "distress"
SAFETY_TIER = "safety_tier"
SENTENCE_INTENT = "sentence_intent"
CARER_AGE_ENTITY = "carer_age"
PERSON_AGE = "person_age"
POSTCODE = "postcode"
PLACE = "place"

# --- channels ---
TEXT_CHANNEL = "twilio"  # SMS and WhatsApp (bot/channels/twilio.py)
