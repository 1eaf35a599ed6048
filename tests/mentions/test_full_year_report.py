"""A past-tense "full year" in a results story is the year its reported quarter or half belongs to
(extractor/mentions/relative_phrases.py, `relative_year` with the story's report period); without a report period
it stays the last completed year. Sentences written for these tests."""

import datetime as dt

import pytest

from extractor.mentions.periods import find_periods
from extractor.models import Period

D = dt.date


def quarter(year: int, first_month: int) -> Period:
    last = D(year, first_month + 2, 1)
    end = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return Period(start=D(year, first_month, 1), end=end, label=f"Q{(first_month - 1) // 3 + 1} {year}")


def year_of(text: str, published: dt.date, report: Period | None, *, future: bool = False) -> int | None:
    found = [m for m in find_periods(text, published=published, future=future, report=report) if m.period.start]
    assert found, text
    period = found[0].period
    return period.start.year if (period.end - period.start).days > 360 else None


@pytest.mark.parametrize(
    ("text", "published", "report", "expected"),
    [
        # guidance restated in a first-quarter report
        ("Full-year sales were on course for $3 billion, the miller said.", D(2015, 4, 24), quarter(2015, 1), 2015),
        # a cover bought, told in the present tense, in a third-quarter report
        ("Most fuel it burns over the full year is bought.", D(2014, 10, 20), quarter(2014, 7), 2014),
        # a half-year report, the whole year's plan
        ("Management kept the whole-year budget it set in March.", D(2016, 8, 2), quarter(2016, 4), 2016),
        # a fourth-quarter report early in the next year: the year just ended, as before
        ("Full-year revenue climbed 8 percent to $4 billion.", D(2017, 2, 9), quarter(2016, 10), 2016),
    ],
)
def test_full_year_is_the_reported_quarters_year(text, published, report, expected):
    assert year_of(text, published, report) == expected


@pytest.mark.parametrize(
    ("text", "published", "report", "future", "expected"),
    [
        # no report period: the last completed year, as before
        ("Full-year revenue climbed 8 percent to $4 billion.", D(2017, 5, 9), None, False, 2016),
        # a forecast sentence keeps the year in progress, whatever the report
        ("Profit for the full year will rise 5 percent.", D(2017, 2, 9), quarter(2016, 10), True, 2017),
        # "annual" is left to the old reading
        ("The annual payout was raised to $1.20.", D(2015, 4, 24), quarter(2015, 1), False, 2014),
    ],
)
def test_full_year_without_a_report_keeps_its_reading(text, published, report, future, expected):
    assert year_of(text, published, report, future=future) == expected
