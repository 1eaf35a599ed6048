"""A fiscal year dated by its start, also in an apposition ("fiscal 2015, which starts on October 1, 2014"), sets
the calendar its fiscal periods are read on (extractor/mentions/periods.py FISCAL_START). Sentences written for
these tests."""

import datetime as dt

import pytest

from extractor.mentions.periods import find_periods, fiscal_calendar

D = dt.date


@pytest.mark.parametrize(
    ("text", "start_month"),
    [
        ("The ministry will spend $12 billion in fiscal 2022, which starts on October 1, 2021.", 10),
        ("Freedonia's fiscal 2023 began in April, the treasury said.", 4),
        ("Orvane's fiscal year that started in July was its best.", 7),
        ("Its business year starting in March will bring cuts.", 3),
    ],
)
def test_the_fiscal_year_dated_by_its_start(text, start_month):
    assert fiscal_calendar(text).start_month == start_month


@pytest.mark.parametrize(
    "text",
    ["The program, which starts on October 1, will cost $3 billion.", "Sales in 2022 began to slow in April."],
)
def test_no_fiscal_start(text):
    assert fiscal_calendar(text).start_month == 1


def test_a_fiscal_year_read_on_the_dated_calendar():
    text = "Spending on roads rises to $33 billion in fiscal 2022, which starts on October 1, 2021."
    periods = find_periods(text, published=D(2021, 2, 14), fiscal=fiscal_calendar(text))
    assert (periods[0].period.start, periods[0].period.end) == (D(2021, 10, 1), D(2022, 9, 30))
