"""periods19: an estimate told in the past after a sentence about the year-ago result ("The year-earlier quarter
included a $12 million gain. Analysts had expected 40 cents") is of the period the story reports, not of that
year-ago period (`past_estimates.estimated_period`). Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Brackwell Leisure third-quarter profit drops\n\n"
            "Brackwell Leisure Inc posted third-quarter net income of $41.5 million, down from $63.2 million "
            "a year before. The prior-year quarter had included a one-off tax credit of $12.6 million. "
            "Analysts had expected earnings of 58 cents a share, on average.",
            D(2011, 11, 3),
            0.58,
            (D(2011, 7, 1), D(2011, 9, 30)),
        ),
        (
            "Dunmore Freight Q2 profit rises\n\n"
            "Dunmore Freight Corp earned $17 million in the second quarter. That compared with a profit "
            "of $11 million in the second quarter of last year. Wall Street was looking for $19 million.",
            D(2014, 8, 12),
            19_000_000.0,
            (D(2014, 4, 1), D(2014, 6, 30)),
        ),
        (
            "Ferrant Tools fourth-quarter sales slip\n\n"
            "Ferrant Tools Ltd said fourth-quarter sales slipped to $930 million. A year earlier, sales were "
            "$955 million. Analysts polled by a data firm were forecasting sales of $948 million.",
            D(2012, 2, 9),
            948_000_000.0,
            (D(2011, 10, 1), D(2011, 12, 31)),
        ),
    ],
)
def test_an_estimate_after_a_year_ago_result_is_of_the_period_reported(nlp, text, published, amount, expected):
    assert periods_by_amount(nlp, text, published)[amount] == expected
