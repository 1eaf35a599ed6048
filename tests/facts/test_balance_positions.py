"""Balance-sheet positions (periods17): a liability or an exposure is a stock like debt or assets, so in an
annual results story it holds at a point in time (`as_of`) instead of taking the year the story reports on."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2015, 2, 27)
LEAD = "Hollins Reinsurance Ltd posted lower annual profit for 2014 on Friday. "


def dating(text: str, amount: float):
    for fact in extract("Hollins results.\n\n" + LEAD + text, published=PUBLISHED):
        if fact.value is not None and fact.value.amount == amount and fact.kind == "metric":
            return ((fact.period.start, fact.period.end) if fact.period else None), fact.as_of
    raise AssertionError(f"no metric of {amount}")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Its catastrophe swaps left the group with a $312 million liability.", 312_000_000.0),
        ("The insurer booked an $85 million liability on weather contracts.", 85_000_000.0),
        ("Its exposure to Freedonian sovereign debt was 1.3 billion euros, the reinsurer said.", 1_300_000_000.0),
        ("Hollins cut its net exposure to coastal property to $2.4 billion, the filing showed.", 2_400_000_000.0),
    ],
)
def test_position_holds_at_a_point(text, amount):
    period, as_of = dating(text, amount)
    assert period is None and as_of is not None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a flow of the year keeps the year the story reports on
        ("Premiums written climbed to $3.1 billion.", 3_100_000_000.0),
        ("Net profit slipped to $410 million.", 410_000_000.0),
    ],
)
def test_flow_keeps_the_report_year(text, amount):
    period, _ = dating(text, amount)
    assert period == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))
