"""The reply-level measurement (tools/reply_evaluation.py) counts each tier as documented."""
from __future__ import annotations

from tools.reply_evaluation import tier_metrics


def item(crisis=False, lookalike=False, expected=(), signposted=(), card=False, numbers=False) -> dict:
    return {"crisis": crisis, "lookalike": lookalike, "expected": set(expected), "signposted": set(signposted),
            "card": card, "numbers": numbers}


def test_tiers_are_counted_on_the_right_messages():
    scored = [
        item(crisis=True, expected={"dementia"}, signposted={"dementia"}, card=True, numbers=True),
        item(crisis=True, expected={"financial_hardship"}, card=False, numbers=True),  # safety line only
        item(lookalike=True, card=True, numbers=True),  # a false card on a look-alike
        item(expected={"dementia", "working_carer"}, signposted={"dementia"}),
    ]
    figures = tier_metrics(scored)
    assert figures["crisis_card_recall"] == 0.5
    assert figures["crisis_numbers_recall"] == 1.0
    assert figures["card_on_benign"] == 0.5 and figures["card_on_lookalikes"] == 1.0
    assert figures["situation_recall_in_reply"] == round(2 / 4, 3)
    assert figures["crises_with_needs_also_signposted"] == 0.5
