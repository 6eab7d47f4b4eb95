"""Rasa custom actions. Each one is a few lines that call the project's library in bot/."""
