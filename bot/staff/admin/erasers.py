"""Erases what the staff app stores about one conversation: its index rows.

It is one of the erasers every erasure runs (bot/wiring.py), so a conversation erased
anywhere (the carer's "delete my conversation" in the Rasa server, the staff app, the
retention job) leaves nothing in these tables.
"""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.staff.models import (ConversationSituation, ConversationSummary, ConversationText, IndexState,
                              UnrecognisedMessage)


def erase_conversation_index(session: Session, conversation_id: str) -> int:
    # Waits for a running index update to finish (PostgreSQL), so that it cannot write
    # back rows for a conversation erased while it was reading.
    session.execute(sa.select(IndexState.id).where(IndexState.id == 1).with_for_update())
    summary_ids = sa.select(ConversationSummary.id).where(ConversationSummary.conversation_id == conversation_id)
    statements = (
        sa.delete(ConversationText).where(ConversationText.id.in_(summary_ids)),
        sa.delete(ConversationSituation).where(ConversationSituation.summary_id.in_(summary_ids)),
        sa.delete(ConversationSummary).where(ConversationSummary.conversation_id == conversation_id),
        sa.delete(UnrecognisedMessage).where(UnrecognisedMessage.conversation_id == conversation_id),
    )
    return sum(session.execute(statement.execution_options(synchronize_session=False)).rowcount or 0
               for statement in statements)

