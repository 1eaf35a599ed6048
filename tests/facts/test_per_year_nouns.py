"""A bare "annual" on a noun that is itself an amount per year ("annual salaries", "annual interest rates", "average
annual returns", "an annual energy bill") names no year, whatever the tense (`attachment_rates._on_a_rate_noun`);
"annual profit rose" still dates the profit. Sentences written for these tests."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_with_amount

PUBLISHED = dt.date(2015, 6, 10)
OPENING = "News\n\n"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Dorrance Mills Inc spent $640,000 on annual salaries for its three pilots.", 640000),
        ("Kelburn Finance Corp charged borrowers annual interest rates that topped 9 percent.", 9),
        ("Investors in the Varga fund have earned 14 percent in average annual returns since it opened.", 14),
        ("The Ostrell smelter, with an annual power bill of about $80 million, was shut.", 8e7),
    ],
)
def test_annual_on_a_rate_noun_names_no_year(nlp, text, amount):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).period is None


def test_annual_on_a_result_still_dates_it(nlp):
    text = "Dorrance Mills Inc said its annual profit rose to $3 billion."
    period = fact_with_amount(nlp, OPENING + text, 3e9, PUBLISHED).period
    assert period is not None and period.start == dt.date(2014, 1, 1)
