"""Language understanding: the offline spaCy pipeline and the custom Rasa components."""
