"""Whose prediction a planned figure is, when a verb of predicting stands above it (`modality_tellers`): a
forecaster's verb ("analysts expect", "economists forecast") makes the whole prediction theirs, a clause joined by
"while" included; the company's own verb ("Norvale expects") keeps it the company's target even when an analyst
reports it. Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 2, 14)
LEAD = "Tarrow Industries Inc said on Monday fourth-quarter profit rose 9 percent to $61 million.\n\n"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Economists forecast Velorian output will grow 2.5 percent in the first quarter, "
            "while the second quarter will see 3.2 percent growth.",
            3.2,
        ),
        (
            "Strategists predict Tarrow shares will climb 14 percent this year, "
            "while Quenby stock could lose 7 percent.",
            7,
        ),
        (
            "Analysts now expect the Ostrava index to rise 25 percent in 2012, "
            "while the koruna will probably slip 6 percent against the euro.",
            6,
        ),
    ],
)
def test_a_while_clause_under_forecasters_is_their_forecast(nlp, text, amount):
    facts = extract(LEAD + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.modality == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tarrow Industries expects its sales to rise 6 percent this year, analyst Pia Lund said.", 6),
        ("The company sees margins widening to 11 percent in 2012, said Brandvik analyst Pia Lund.", 11),
        ("Tarrow Industries sees 2012 revenue of $1.3 billion, Brandvik analyst Pia Lund said.", 1.3e9),
    ],
)
def test_the_company_own_prediction_reported_by_an_analyst_stays_its_target(nlp, text, amount):
    facts = extract(LEAD + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.modality == "target"


def test_a_forecast_told_by_an_analyst_stays_hers(nlp):
    text = "He expects Tarrow sales to rise 8 percent in 2012, said Pia Lund, an analyst at Brandvik."
    fact = next(f for f in extract(LEAD + text, published=PUBLISHED, nlp=nlp) if f.value and f.value.amount == 8)
    assert fact.modality == "forecast"
