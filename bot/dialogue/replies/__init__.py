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

from bot.dialogue.replies.base import (  # noqa: F401
    Button,
    CHANNEL_WORDS,
    HUB_ID,
    MAX_CRISIS_LINES,
    MAX_SERVICES_PER_SITUATION,
    N_,
    Reply,
    SHORT_HOURS,
    contact_line,
    hub,
    hub_line,
    service_contacts,
)
from bot.dialogue.replies.signposting import (  # noqa: F401
    HEARD,
    MORE_PROMPT,
    MORE_WORD,
    SYMPATHY,
    TEXT_SEGMENTS_LIMIT,
    WHO_CAN_HELP,
    choose_services,
    opening,
    phone_number,
    service_entry,
    signposting,
    signposting_compact,
    situation_block,
)
from bot.dialogue.replies.crisis import (  # noqa: F401
    CARD_HUB,
    UNKNOWN_CRISIS_KINDS,
    crisis,
)
from bot.dialogue.replies.conversation import (  # noqa: F401
    ANYTHING_ELSE,
    APOLOGY,
    CONVERSATION_DELETED,
    EMPTY_MESSAGE_REPLY,
    GLAD_YOU_ARE_SAFE,
    NOT_TEXT_REPLY,
    NO_PROBLEM,
    SAFETY_BUTTONS,
    SAFETY_QUESTION,
    TEXT_ONLY_REPLY,
    cannot_answer,
    check_in_after_crisis,
    conversation_not_deleted,
    greeting,
    long_message_note,
    not_understood,
    offer_person,
    out_of_scope,
    privacy_explained,
    privacy_notice,
    privacy_notice_short,
    safety_buttons,
    safety_line,
    safety_question,
    service_unavailable,
    still_here,
)
from bot.dialogue.replies.callbacks import (  # noqa: F401
    CALLBACK_QUESTIONS,
    CONSENT_BUTTONS,
    CONSENT_QUESTION,
    NAME_NOT_CAUGHT,
    NOT_A_CONTACT,
    callback_not_saved,
    callback_saved,
    callback_without_consent,
    consent_question,
    not_a_contact,
)
from bot.dialogue.replies.questions import (  # noqa: F401
    LAMBETH_CONFIRMED,
    OUTSIDE_LAMBETH_SHORT,
    QUESTIONS,
    WHY_WE_ASK,
    joined,
    outside_lambeth,
    outside_lambeth_compact,
    question_length,
    refining_question,
    safety_question_alone,
    text_length,
    why_we_ask,
    with_question,
)
from bot.dialogue.replies.answers import (  # noqa: F401
    ADULT_CARE,
    ANY_TIME_LINES,
    CHILD_CARE,
    FOR_AN_ADULT,
    FOR_A_CHILD,
    FOR_MENTAL_HEALTH,
    MENTAL_HEALTH_SITUATIONS,
    NOW_IN_THIS_LANGUAGE,
    NO_DRUG_SERVICE,
    faq_answer,
    faq_answer_compact,
    help_for_the_person,
    language_chosen,
    other_language,
    service_lines,
    who_is_open,
)
