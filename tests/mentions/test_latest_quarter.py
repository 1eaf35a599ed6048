"""fiscal40: "the last quarter" with no year after it is the latest quarter over at publication (the story's quarter,
as "the quarter"), not the fourth quarter of the year, which a fiscal calendar or a story published mid-year put a
quarter or more away; "the last quarter of 2011" and "the final quarter" stay the fourth."""

import datetime as dt

import pytest

from extractor import extract
from extractor.mentions.calendars import CALENDAR, FiscalCalendar
from extractor.mentions.periods import find_periods

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "fiscal", "start", "end"),
    [
        (
            "Turnover for the fiscal second quarter climbed 7 percent over the last quarter, to $3 billion.",
            D(2010, 2, 10),
            FiscalCalendar(4),
            D(2009, 10, 1),
            D(2009, 12, 31),
        ),
        (
            "Orders at Brisk Mills grew 6 percent in the last quarter.",
            D(2012, 5, 15),
            CALENDAR,
            D(2012, 1, 1),
            D(2012, 3, 31),
        ),
        (
            "Revenue at Talbin Corp slipped during the last quarter, the company said.",
            D(2013, 8, 20),
            CALENDAR,
            D(2013, 4, 1),
            D(2013, 6, 30),
        ),
    ],
)
def test_the_last_quarter_is_the_latest_quarter_over(text, published, fiscal, start, end):
    [mention] = [m for m in find_periods(text, published=published, fiscal=fiscal) if "last" in m.text]
    assert (mention.period.start, mention.period.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # near-misses: a year after it, or another word, names the fourth quarter
        ("Losses widened in the last quarter of 2011.", D(2011, 10, 1), D(2011, 12, 31)),
        ("Losses widened in the last quarter of last year.", D(2011, 10, 1), D(2011, 12, 31)),
        ("Lenders usually tighten credit in the final quarter.", D(2011, 10, 1), D(2011, 12, 31)),
        ("Sales at Brisk Mills jumped in the fourth quarter.", D(2011, 10, 1), D(2011, 12, 31)),
    ],
)
def test_a_named_fourth_quarter_stays_the_fourth(text, start, end):
    [mention] = find_periods(text, published=D(2012, 5, 15), fiscal=CALENDAR)
    assert (mention.period.start, mention.period.end) == (start, end)


def test_a_results_figure_of_the_last_quarter_takes_the_reported_quarter(nlp):
    text = (
        " date 2010-02-10 Corvell Games posts loss\n\nSAN FRANCISCO (Reuters) - Corvell Games Inc swung to a loss "
        "in the three months to December 31, the third quarter of its fiscal year, on weak holiday demand. "
        "Revenue dropped 8 percent in the last quarter to $900 million. Corvell's fiscal 2011, which "
        "begins in April, should bring more launches."
    )
    [fact] = [f for f in extract(text, nlp=nlp) if f.value is not None and f.value.amount == 900e6]
    assert (fact.period.start, fact.period.end) == (D(2009, 10, 1), D(2009, 12, 31))
