"""In a prediction, "the quarter" is the later period the sentence before named ("expects second-quarter revenue
... a profit of 65 cents in the quarter"), not the quarter the story reported (issue 10, round 8)."""

import datetime as dt

import pytest

from tests.facts.period_facts import period_with_amount

PUBLISHED = dt.date(2024, 4, 24)
HEAD = (
    "Orvane Tools first-quarter profit rises\n\n"
    "(Reuters) - Orvane Tools Inc reported a higher first-quarter profit.\n\n"
)
Q1 = (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
Q2 = (dt.date(2024, 4, 1), dt.date(2024, 6, 30))


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        (
            "The firm sees second-quarter revenue rising roughly 6 percent. It forecasts an adjusted profit of "
            "55 cents to 60 cents per share in the quarter.",
            0.575,
            Q2,
        ),
        (
            "Orvane forecast second-quarter sales of $410 million to $420 million. Analysts on average expect "
            "earnings of 52 cents a share for the quarter.",
            0.52,
            Q2,
        ),
        (
            "For the second quarter, Orvane sees revenue rising 4 percent. It expects a gross margin of about "
            "38 percent in the quarter.",
            38.0,
            Q2,
        ),
        # a result told of "the quarter" stays the reported quarter
        (
            "Orvane expects second-quarter revenue to grow roughly 6 percent. Its gross margin was 41 percent in the "
            "quarter.",
            41.0,
            Q1,
        ),
    ],
)
def test_quarter_of_a_prediction_is_the_one_named_before(nlp, text, amount, expected):
    assert period_with_amount(nlp, HEAD + text, amount, PUBLISHED) == expected
