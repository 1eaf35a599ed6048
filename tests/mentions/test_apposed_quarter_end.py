"""periods6: a quarter's end set off by a comma ("its fiscal second quarter, ended May 4", "the quarter, which
ended on July 21") states the fiscal calendar and dates the quarter as the unpunctuated form does; "for the
fiscal year" is that calendar's year, and keeps a label with null dates when the text states no calendar."""

import datetime as dt

import pytest

from extractor import extract
from extractor.mentions.periods import CALENDAR, FiscalCalendar, find_periods, fiscal_calendar, sentence_is_future

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose 2 percent during its fiscal third quarter, ended November 3.", FiscalCalendar(2)),
        ("Profit fell in the second quarter, which ended on January 28.", FiscalCalendar(8)),
        (
            "Fiscal first-quarter revenue grew. It earned 20 cents in the quarter, which ended May 26.",
            FiscalCalendar(3),
        ),
        ("Margins narrowed in the fourth quarter, ending September 30.", FiscalCalendar(10)),
        # a comma before anything but a form of "end" states no calendar
        ("Revenue rose in the first quarter, to $3 billion through March.", CALENDAR),
    ],
)
def test_an_apposed_quarter_end_states_the_fiscal_calendar(text, expected):
    assert fiscal_calendar(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "Sales rose 2 percent during its fiscal third quarter, ended November 3.",
            D(2013, 11, 20),
            D(2013, 8, 4),
            D(2013, 11, 3),
        ),
        (
            "It earned 20 cents in the quarter, which ended August 10.",
            D(2014, 9, 12),
            D(2014, 5, 11),
            D(2014, 8, 10),
        ),
        (
            "The deal should close in the fiscal second quarter, which ends April 30.",
            D(2010, 2, 2),
            D(2010, 2, 1),
            D(2010, 4, 30),
        ),
    ],
)
def test_an_apposed_quarter_end_dates_the_quarter(text, published, start, end):
    future = sentence_is_future(text)
    [mention] = find_periods(text, published=published, future=future, fiscal=fiscal_calendar(text))
    assert (mention.period.start, mention.period.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "fiscal", "start", "end"),
    [
        ("It sees earnings of $2 a share for the fiscal year.", FiscalCalendar(2), D(2013, 2, 1), D(2014, 1, 31)),
        ("Revenue for the fiscal year will grow about 4 percent.", FiscalCalendar(10), D(2013, 10, 1), D(2014, 9, 30)),
        (
            "It forecast a profit of $1.10 a share for the financial year.",
            FiscalCalendar(7),
            D(2013, 7, 1),
            D(2014, 6, 30),
        ),
        # the text states no calendar: the fiscal year is named, not dated
        ("It expects a profit of $3 a share for the fiscal year.", CALENDAR, None, None),
    ],
)
def test_for_the_fiscal_year_is_the_stated_calendars_year(text, fiscal, start, end):
    [mention] = find_periods(text, published=D(2013, 11, 20), future=True, fiscal=fiscal)
    assert (mention.period.start, mention.period.end) == (start, end)
    assert "fiscal" in mention.period.label or "FY" in mention.period.label


@pytest.mark.parametrize(
    ("published", "body", "amount", "start", "end"),
    [
        (
            "2013-05-22",
            "Tarrow Home Centers Inc had sales of $5.2 billion, up 3 percent, in its fiscal first quarter, ended "
            "May 3. The chain now expects sales for the fiscal year to rise 4 percent.",
            5_200_000_000.0,
            D(2013, 2, 4),
            D(2013, 5, 3),
        ),
        (
            "2013-05-22",
            "Tarrow Home Centers Inc had sales of $5.2 billion, up 3 percent, in its fiscal first quarter, ended "
            "May 3. The chain now expects sales for the fiscal year to rise 4 percent.",
            4.0,
            D(2013, 2, 1),
            D(2014, 1, 31),
        ),
        (
            "2012-09-14",
            "Brannock Grocers Inc earned 52 cents a share for the quarter, which ended on August 18, up from 47 "
            "cents a year earlier.",
            0.52,
            D(2012, 5, 19),
            D(2012, 8, 18),
        ),
    ],
)
def test_results_of_an_apposed_quarter_take_its_dates(nlp, published, body, amount, start, end):
    text = f" date {published} Results\n\nCHICAGO (Reuters) - {body}"
    [fact] = [f for f in extract(text, nlp=nlp) if f.value is not None and f.value.amount == amount]
    assert (fact.period.start, fact.period.end) == (start, end)
