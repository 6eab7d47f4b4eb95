"""Storage: the engine and sessions (db.py), the project's tables (tables.py) and the one
description of Rasa's events table (rasa_events.py)."""
