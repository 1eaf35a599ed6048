"""A market move "for the week", "on the week", "this week" or a "weekly gain" runs over the trading week, Monday
to the publication day, or to Friday for a weekend story (extractor/facts/market_weeks.py). Stories written for
these tests."""

import datetime as dt

import pytest

from tests.facts.period_facts import period_with_amount

D = dt.date
FRIDAY = D(2022, 6, 10)
SATURDAY = D(2022, 6, 11)
WEEK = (D(2022, 6, 6), D(2022, 6, 10))
OPENING = "Stocks end mixed\n\n"


@pytest.mark.parametrize(
    ("text", "amount", "published", "expected"),
    [
        (
            "For the week, the Halden Composite added 2.4 percent and the Brava 100 was up 1.9 percent.",
            1.9,
            FRIDAY,
            WEEK,
        ),
        (
            "For the week, the Halden Composite added 2.4 percent and the Brava 100 was up 1.9 percent.",
            2.4,
            FRIDAY,
            WEEK,
        ),
        ("The Brava 100 index closed 0.6 percent higher, and fell 3.2 percent on the week.", 3.2, FRIDAY, WEEK),
        ("Shares of Orvane Mining have dropped 7.5 percent this week.", 7.5, FRIDAY, WEEK),
        ("Orvane Mining shares fell 4 percent, their biggest weekly drop since March.", 4, SATURDAY, WEEK),
        # the day's move in the same sentence keeps its day
        (
            "The Brava 100 index closed 0.6 percent higher, and fell 3.2 percent on the week.",
            0.6,
            FRIDAY,
            (FRIDAY, FRIDAY),
        ),
        # a week after another figure is that figure's: the day's close keeps its day
        (
            "Orvane Mining stock ended Friday off 1.8 percent, leaving it with a 5.5 percent drop on the week.",
            1.8,
            FRIDAY,
            (FRIDAY, FRIDAY),
        ),
    ],
)
def test_market_move_over_the_trading_week(nlp, text, amount, published, expected):
    assert period_with_amount(nlp, OPENING + text, amount, published) == expected
