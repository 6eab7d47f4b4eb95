"""Where conversations live: Rasa's SQL tracker store and lock store, configured from bot.settings."""
