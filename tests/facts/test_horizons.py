"""A plan's or a forecast's horizon written without "next" runs from publication ("cut $400 million over 10 years",
"over the next decade"); told of the past it dates nothing (extractor/mentions/horizon_periods.py). Sentences
written for these tests."""

import datetime as dt

import pytest

from extractor.mentions.periods import find_periods
from tests.facts.period_facts import period_with_amount

D = dt.date
PUBLISHED = D(2021, 2, 14)
OPENING = "Orvane plan\n\n"


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        ("Orvane Corp plans to cut costs by $1.1 billion over the next decade.", 1.1e9, (PUBLISHED, D(2031, 2, 13))),
        ("Orvane Corp said it would cut spending by $400 million over 10 years.", 4e8, (PUBLISHED, D(2031, 2, 13))),
        ("Kestrel Air will save $78 million over five years, it said.", 7.8e7, (PUBLISHED, D(2026, 2, 13))),
        ("Tamsin Mining expects to invest $900 million over 18 months.", 9e8, (PUBLISHED, D(2022, 8, 13))),
    ],
)
def test_a_plans_horizon_runs_from_publication(nlp, text, amount, expected):
    assert period_with_amount(nlp, OPENING + text, amount, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fund raised $65 billion over 20 years.",  # the past: no anchor
        "Its shares have doubled over five years.",
        "He has over 25 years of experience in banking.",  # "over" is "more than"
    ],
)
def test_no_horizon_in_the_past_reading(text):
    assert [m for m in find_periods(text, published=PUBLISHED) if "years" in m.period.label] == []


@pytest.mark.parametrize(
    "text",
    [
        "She will bring over 25 years of experience to the board.",
        "The plant will employ workers aged over 18 years of age.",
        "Prices will fall to levels not seen in over 10 years of trading.",
    ],
)
def test_over_as_more_than_is_no_horizon(text):
    assert [m for m in find_periods(text, published=PUBLISHED, future=True) if "next" in m.period.label] == []
