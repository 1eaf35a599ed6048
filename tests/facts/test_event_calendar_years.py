"""An event dated by "next year", "last year" or "this year" is dated on the calendar even where the story's company
reports by a fiscal year; a fiscal year the text names stays fiscal. Sentences written for these tests with
invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2022, 6, 14)
FISCAL = "Tervo Electronics forecast an operating profit of 50 billion yen for the fiscal year ending March 31. "


def event_periods(nlp, text):
    return [
        (f.object, f.period.label if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FISCAL + "It also plans to launch foldable laptops next year.", [("foldable laptops", "2023")]),
        (FISCAL + "The company introduced a loyalty program last year.", [("loyalty program", "2021")]),
        (FISCAL + "Tervo said it would buy Ardent Robotics this year.", [("Ardent Robotics", "2022")]),
        # written as a fiscal year: fiscal
        (FISCAL + "It launched a rights issue in fiscal 2021.", [("rights issue", "FY2021")]),
    ],
)
def test_an_event_of_a_relative_year_is_dated_on_the_calendar(nlp, text, expected):
    assert event_periods(nlp, text) == expected
