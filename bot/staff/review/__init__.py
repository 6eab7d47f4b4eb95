"""Reviewing conversations: the index, the list and search, transcripts, export and the summary."""
