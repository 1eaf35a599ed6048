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


# A vague horizon ("the next few years", "the next 5-6 years", "the coming months") is a phrase of its own with a
# label and null dates (FACTS.md): a figure coordinated after another that has a dated horizon keeps its own.
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Orvane Corp plans to open 200 stores by the end of 2021 and 1,000 stores in the next few years.", 1000),
        ("Tamsin Mining expects to spend $2 billion in 2022 and $5 billion over the next three to four years.", 5e9),
        (
            "Kestrel Bank could sell 3 billion euros of loans in the next two years,"
            " and 6.5 billion within the next 4-5 years.",
            6.5e9,
        ),
        ("Kestrel Air aims to hire 300 pilots by 2023 and 900 pilots in the coming years.", 900),
        ("Brindle Foods wants 40 outlets by March and 120 outlets within the next several months.", 120),
    ],
)
def test_a_vague_horizon_keeps_a_coordinated_figure_undated(nlp, text, amount):
    assert period_with_amount(nlp, OPENING + text, amount, PUBLISHED) in (None, (None, None))


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the figure before the vague phrase keeps its own dated horizon
        (
            "Orvane Corp plans to open 200 stores by the end of 2021 and 1,000 stores in the next few years.",
            200,
            (PUBLISHED, D(2021, 12, 31)),
        ),
        # one number of years is a dated horizon, not a vague one
        (
            "Kestrel Bank could sell 3 billion euros of loans in the next two years, it said.",
            3e9,
            (PUBLISHED, D(2023, 2, 13)),
        ),
        # told of the past, the phrase anchors nothing and the year stays
        (
            "Orvane Corp sold 200 stores in 2020 and 1,000 stores in the following few years.",
            200,
            (D(2020, 1, 1), D(2020, 12, 31)),
        ),
    ],
)
def test_near_misses_of_a_vague_horizon(nlp, text, amount, expected):
    assert period_with_amount(nlp, OPENING + text, amount, PUBLISHED) == expected
