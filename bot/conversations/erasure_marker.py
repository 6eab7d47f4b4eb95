"""The slot an erasure sets, so the tracker store drops the turn it would otherwise save."""

ERASED_SLOT = "conversation_erased"
