"""What markets, investors, traders or futures expect or price in is a forecast, not the story company's target;
market participants who act are no forecasters. Sentences written for this test, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 8, 20)


def fact_for(nlp, text, amount):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and abs(f.value.amount - amount) < 1e-9]
    assert facts, f"no fact for {amount}"
    return facts[0]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Norvale Bank shares rose. Markets expect the central bank to lower its key rate by 50 basis points.", 0.5),
        ("Kestrel Oil said output rose. Traders see crude prices rising 8 percent by December.", 8),
        ("Hemmet Bank said profit fell. Rate futures are pricing in a 70 percent chance of a hike in October.", 70),
        ("Brisk Air shares slid. Investors expect earnings at European airlines to fall 15 percent this year.", 15),
    ],
)
def test_market_expectations_are_forecasts(nlp, text, amount):
    assert fact_for(nlp, text, amount).modality == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Investors bought 4 million Norvale Bank shares on Monday.", 4e6),
        ("Traders sold $2 billion of Kestrel Oil bonds last week.", 2e9),
        ("Hemmet Bank said it expects to cut 900 jobs next year.", 900),
    ],
)
def test_acting_markets_and_company_plans_are_no_market_forecast(nlp, text, amount):
    assert fact_for(nlp, text, amount).modality != "forecast"
