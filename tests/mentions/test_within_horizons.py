""" "within two years", "within the next six months": a horizon from publication, read as "the next two years"
(`period_phrases` rule `within_n`); "within a year of the merger" counts from another event and dates nothing.
Sentences written for these tests."""

import datetime as dt

import pytest

from extractor.mentions.periods import find_periods

D = dt.date
PUBLISHED = D(2017, 7, 7)


def periods(text: str) -> list[tuple]:
    return [(m.period.start, m.period.end) for m in find_periods(text, published=PUBLISHED, future=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The merger should yield savings of 40 million francs within two years.", [(PUBLISHED, D(2019, 7, 6))]),
        ("Talbrook expects to name a new chief within the next six months.", [(PUBLISHED, D(2018, 1, 6))]),
        ("The pact would lift exports by 5 billion euros within seven years.", [(PUBLISHED, D(2024, 7, 6))]),
        ("Regulators will rule on the bid within 30 days.", [(PUBLISHED, D(2017, 8, 5))]),
    ],
)
def test_within_a_span_runs_from_publication(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It must sell new shares within a year of closing the purchase.",
        "The plant will be sold within six months after the deal closes.",
    ],
)
def test_within_a_span_of_another_event_dates_nothing(text):
    assert periods(text) == []
