"""Dialogue policy, apart from Rasa's plumbing: the names of slots and intents (names.py),
what the bot says (replies/, the one catalogue of carer-facing text), and what it decides
to say on each turn (plan.py, pure functions that tests call without Rasa). The actions in
actions/ are thin adapters between a Rasa tracker and these."""
