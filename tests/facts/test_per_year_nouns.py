"""A bare "annual" on a noun that is itself an amount per year ("annual salaries", "annual interest rates", "average
annual returns", "an annual energy bill") names no year, whatever the tense (`attachment_rates._on_a_rate_noun`);
"annual profit rose" still dates the profit. Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2015, 6, 10)


def _period_of(nlp, text: str, amount: float):
    facts = extract("News\n\n" + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    return fact.period


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
    assert _period_of(nlp, text, amount) is None


def test_annual_on_a_result_still_dates_it(nlp):
    period = _period_of(nlp, "Dorrance Mills Inc said its annual profit rose to $3 billion.", 3e9)
    assert period is not None and period.start == dt.date(2014, 1, 1)
