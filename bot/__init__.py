"""The Lambeth carers signposting bot: the project's own library.

Nothing here imports from `actions/`; the Rasa custom actions are thin wrappers over it.
"""
