"""Imports every module that defines project tables, so create_all sees them all."""
import bot.directory.models  # noqa: F401
import bot.handoff.models  # noqa: F401
import bot.channels.twilio_models  # noqa: F401
import bot.staff.models  # noqa: F401
