"""A quote with no day of its own, right after a sentence dating a quote by a day, is of that session when the
story is published on a weekend, a day with no session of its own (issue 10, round 8)."""

import datetime as dt

import pytest

from tests.facts.period_facts import period_with_amount

SATURDAY = dt.date(2024, 3, 16)
WEDNESDAY = dt.date(2024, 3, 13)
OPENING = "Kestrel Wire market report.\n\n"


FRIDAY = (dt.date(2024, 3, 15), dt.date(2024, 3, 15))
THURSDAY = (dt.date(2024, 3, 14), dt.date(2024, 3, 14))


@pytest.mark.parametrize(
    ("text", "amount", "published", "expected"),
    [
        (
            "Halvorsen Foods shares closed Friday up 11.6 percent at 4.20 euros. "
            "Marlow Retail stock ended down 4.8 percent at 21.70 euros.",
            21.7,
            SATURDAY,
            FRIDAY,
        ),
        (
            "Kettleby Mining shares fell 3 percent to $12.10 on Friday. "
            "Tamsin Holdings shares rose 2 percent to $8.40.",
            8.4,
            SATURDAY,
            FRIDAY,
        ),
        (
            "Shares of Pellworth Bank finished Thursday 4 percent higher at 310 pence. "
            "Rival Orvane Bank shares fell 1.5 percent to 122 pence.",
            1.22,
            SATURDAY,
            THURSDAY,
        ),
        # on a weekday the undated quote is of the publication day's session
        (
            "Kettleby Mining shares fell 3 percent to $12.10 on Tuesday. "
            "Tamsin Holdings shares rose 2 percent to $8.40.",
            8.4,
            WEDNESDAY,
            (WEDNESDAY, WEDNESDAY),
        ),
    ],
)
def test_undated_quote_takes_the_previous_session(nlp, text, amount, published, expected):
    assert period_with_amount(nlp, OPENING + text, amount, published) == expected
