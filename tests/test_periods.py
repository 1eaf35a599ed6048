import datetime as dt

import pytest

from extractor.mentions.periods import FiscalCalendar, find_periods, fiscal_calendar, sentence_is_future

D = dt.date
PUBLISHED = D(2017, 7, 7)


CALENDAR_YEAR = FiscalCalendar(1)


def periods(text, *, published=PUBLISHED, future=False, fiscal=CALENDAR_YEAR):
    return [
        (m.period.start, m.period.end, m.role)
        for m in find_periods(text, published=published, future=future, fiscal=fiscal)
    ]


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        # calendar quarters, named or numbered, resolved to the latest one begun (past) or not yet over (future)
        ("Deliveries rose in Q2.", False, [(D(2017, 4, 1), D(2017, 6, 30), "period")]),
        ("Margins improved in the second quarter of this year.", False, [(D(2017, 4, 1), D(2017, 6, 30), "period")]),
        ("Fourth-quarter income fell.", False, [(D(2016, 10, 1), D(2016, 12, 31), "period")]),
        ("The charge will be booked in the third quarter.", True, [(D(2017, 7, 1), D(2017, 9, 30), "period")]),
        ("Sales fell in the last quarter of 2015.", False, [(D(2015, 10, 1), D(2015, 12, 31), "period")]),
        ("Output rose 9 percent compared with Q1.", False, [(D(2017, 1, 1), D(2017, 3, 31), "comparison")]),
        # halves, months, years
        ("Revenue doubled in the first half of the year.", False, [(D(2017, 1, 1), D(2017, 6, 30), "period")]),
        ("The plant opened in February.", False, [(D(2017, 2, 1), D(2017, 2, 28), "period")]),
        ("The plant will open in September.", True, [(D(2017, 9, 1), D(2017, 9, 30), "period")]),
        ("The firm plans to list in 2019.", True, [(D(2019, 1, 1), D(2019, 12, 31), "period")]),
        ("Orders hit a record in March 2016.", False, [(D(2016, 3, 1), D(2016, 3, 31), "period")]),
        # relative periods
        ("It aims to hire 500 staff in the next 12 months.", True, [(D(2017, 7, 7), D(2018, 7, 6), "period")]),
        ("Shares have gained 4 percent so far this year.", False, [(D(2017, 1, 1), D(2017, 7, 7), "to_date")]),
        ("Shares have lost 9 percent since the start of the year.", False, [(D(2017, 1, 1), D(2017, 7, 7), "to_date")]),
        ("Shares closed up 2 percent on Wednesday.", False, [(D(2017, 7, 5), D(2017, 7, 5), "period")]),
        ("Profit rose last year.", False, [(D(2016, 1, 1), D(2016, 12, 31), "period")]),
        ("It expects a margin above 5 percent by 2019.", True, [(D(2017, 7, 7), D(2019, 12, 31), "by")]),
        ("It will close 40 branches by the end of September.", True, [(D(2017, 7, 7), D(2017, 9, 30), "by")]),
        ("Debt should fall by the end of next year.", True, [(D(2017, 7, 7), D(2018, 12, 31), "by")]),
        ("The offer runs until July 18, 2018.", True, [(D(2018, 7, 18), D(2018, 7, 18), "period")]),
        ("The chain had 40 outlets as of July 1.", False, [(D(2017, 7, 1), D(2017, 7, 1), "as_of")]),
    ],
)
def test_periods_resolve_against_publication_date(text, future, expected):
    assert periods(text, future=future) == expected


def test_periods_fiscal_year_named_by_text():
    fiscal = fiscal_calendar("Results for the financial year to September 30 were strong.")
    assert fiscal == FiscalCalendar(10)
    found = periods("Annual profit rose 9 percent.", published=D(2007, 10, 30), fiscal=fiscal)
    assert found == [(D(2006, 10, 1), D(2007, 9, 30), "period")]


def test_periods_business_year_that_started():
    found = periods("It sees a profit in the year that started in April.", published=D(2012, 4, 27), future=True)
    assert found == [(D(2012, 4, 1), D(2013, 3, 31), "period")]


def test_periods_indian_fiscal_year_is_april_to_march():
    assert periods("Revenue in FY2021-22 grew.") == [(D(2021, 4, 1), D(2022, 3, 31), "period")]


def test_periods_fiscal_quarter_of_an_undated_fiscal_year_keeps_label_only():
    [mention] = find_periods("Its fiscal fourth quarter was weak.", published=PUBLISHED)
    assert mention.period.start is None and mention.period.end is None and "Q4" in mention.period.label


def test_periods_unknown_publication_date_keeps_label():
    [mention] = find_periods("It will hire 200 people next year.", published=None, future=True)
    assert mention.period.start is None and mention.period.label == "next year"


def test_periods_clock_times_and_amounts_are_not_years():
    assert periods("By 1740 GMT the shares traded at $2015.50.") == []


def test_periods_future_cues():
    assert sentence_is_future("The group expects sales to rise.")
    assert not sentence_is_future("Sales rose 4 percent.")
