"""Spans of whole weeks up to a stated day (extractor/mentions/week_periods.py). Sentences written for these tests."""

import datetime as dt

import pytest

from tests.mentions.period_spans import found_spans

PUBLISHED = dt.date(2021, 3, 11)  # a Thursday
D = dt.date


def periods(text: str, future: bool = False):
    return found_spans(text, PUBLISHED, future=future, extra="point")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Filings for benefits dropped 8,000 to 512,000 in the week ended March 6.", D(2021, 2, 28), D(2021, 3, 6)),
        ("The lenders' purchase index rose 3.1 percent in the week ending Feb. 26.", D(2021, 2, 20), D(2021, 2, 26)),
        ("Distillate stocks grew by 900,000 barrels in the week to March 5.", D(2021, 2, 27), D(2021, 3, 5)),
        ("Weekly refinery runs, in the week that ended on Dec. 31, 2020, were flat.", D(2020, 12, 25), D(2020, 12, 31)),
        ("Its gauge edged up to 98.2 in the previous week ended February 19.", D(2021, 2, 13), D(2021, 2, 19)),
    ],
)
def test_the_week_up_to_a_stated_day(text, start, end):
    assert periods(text) == [(start, end, False)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Same-store sales for the four weeks ended Feb. 27 rose 6 percent.", D(2021, 1, 31), D(2021, 2, 27)),
        ("Tanker arrivals slowed in the two weeks to March 6.", D(2021, 2, 21), D(2021, 3, 6)),
        ("The chain said its sales for the five-week period ended January 30 fell.", D(2020, 12, 27), D(2021, 1, 30)),
    ],
)
def test_several_weeks_up_to_a_stated_day(text, start, end):
    assert periods(text) == [(start, end, False)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a retailer's quarter written in weeks is 13 whole weeks back from its stated last day, not three months
        ("Orders were lower in the 13 weeks ended Feb. 27.", D(2020, 11, 29), D(2021, 2, 27)),
        ("Store revenue for the thirteen week period ended January 2 slipped.", D(2020, 10, 4), D(2021, 1, 2)),
        ("Grocers' market share held steady in the 12 weeks to February 21.", D(2020, 11, 30), D(2021, 2, 21)),
        ("The chain's revenue for the 24-week period ending Feb. 13 was flat.", D(2020, 8, 30), D(2021, 2, 13)),
        ("Cargo for the 52 weeks ended Feb. 27 grew.", D(2020, 3, 1), D(2021, 2, 27)),  # a year of weeks still counts
    ],
)
def test_a_long_span_of_weeks_counts_whole_weeks(text, start, end):
    assert periods(text) == [(start, end, False)]


@pytest.mark.parametrize(
    "text",
    [
        "The figure was the highest since the week ended January 9.",  # bounds a record, dates nothing
        "Its backlog was the largest in 60 weeks to date.",  # no stated day: no span of weeks
        "Freight volumes in the 60 weeks ended Feb. 27 were the highest on record.",  # past a year: no span
        "The fund lost money in the 70 weeks to March 5.",
    ],
)
def test_no_week_span(text):
    assert all(end - start < dt.timedelta(days=6) for start, end, _ in periods(text))


def test_a_stated_day_after_publication_is_last_years_in_the_past_and_this_years_ahead():
    text = "Crude imports rose in the week ended March 20."
    assert periods(text) == [(D(2020, 3, 14), D(2020, 3, 20), False)]
    assert periods("Imports will rise in the week ending March 20.", future=True) == [
        (D(2021, 3, 14), D(2021, 3, 20), False)
    ]
