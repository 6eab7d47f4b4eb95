"""The tracker store loads a bounded window of recent turns, yet keeps everything.

The window bounds each turn's cost; these tests check nothing is lost or doubled when a
conversation outgrows it, and that state from before the window (slots) still holds.
"""
from __future__ import annotations

from bot import settings
from tests.support.stack import texts


def test_a_conversation_longer_than_the_window_keeps_every_event_once(bot, sender):
    turns = settings.load().tracker_window_turns + 6
    said = []
    for number in range(turns):
        message = f"I need a break from caring, message {number}"
        said.append(message)
        reply = texts(bot.say(sender, message))
        assert "Here is who can help" in reply
        # The privacy notice came with the first reply only: the slot set then still holds.
        assert ("keep this chat for" in reply) == (number == 0), number
    events = bot.tracker(sender)["events"]
    assert [e["text"] for e in events if e["event"] == "user"] == said
    ids = [(e["event"], e.get("timestamp")) for e in events]
    assert len(ids) == len(set(ids)), "an event was stored twice"


def test_slots_from_before_the_window_still_shape_replies(bot, sender):
    bot.say(sender, "im 15 and i look after my mum")  # carer_age slot = 15
    for number in range(settings.load().tracker_window_turns + 2):
        bot.say(sender, f"thank you {number}")
    tracker = bot.tracker(sender)
    assert tracker["slots"]["carer_age"] == 15.0
    # The age set long ago still shapes the answer: someone under 16 is told first who
    # cannot get Carer's Allowance (a carer of unknown age is told what it is).
    assert "Some people cannot get Carer's Allowance" in texts(bot.say(sender, "can I get carers allowance"))
