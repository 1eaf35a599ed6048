"""periods5: a period that has not begun at publication is never the period a story reports on ("Pellam plans
40 new stores in 2012"), so the story's actual figures with no period of their own do not take it."""

import pytest

from extractor import extract


@pytest.mark.parametrize(
    ("published", "title", "body", "amount"),
    [
        (
            "2011-09-20",
            "Pellam Stores plans 40 new outlets in 2012",
            "Pellam Stores said on Tuesday it would open the outlets across the Midwest. Sales at the chain rose "
            "4 percent to $2.1 billion, the company said.",
            2_100_000_000.0,
        ),
        (
            "2010-11-03",
            "Orvan Chemicals sees stronger demand in 2011",
            "Orvan Chemicals expects a recovery in orders from carmakers. The group's operating profit climbed "
            "to 380 million euros, helped by lower costs.",
            380_000_000.0,
        ),
        (
            "2012-10-08",
            "Analysis: Freedonian wheat set to return to export markets in 2013",
            "Growers are planting more wheat after a drought. Freedonia's wheat exports slumped 30 percent as the "
            "harvest failed, traders said.",
            30.0,
        ),
    ],
)
def test_a_period_not_begun_is_not_the_story_period(nlp, published, title, body, amount):
    text = f" date {published} {title}\n\nCHICAGO (Reuters) - {body}"
    facts = [f for f in extract(text, nlp=nlp) if f.value is not None and f.value.amount == amount]
    assert facts and all(f.period is None for f in facts)
