"""A span written by its two ends ("from April 1 through July 7", "between February 13 and 15", "between June 2004
and June 2006", "in 2008 and 2009") is one period with both ends, not the first day, month or year alone
(`span_phrases.day_range`, `month_year_range`, rule `year_pair`). Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract
from extractor.mentions.periods import find_periods

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "future", "expected"),
    [
        ("The rebate runs from May 2 through August 15.", D(2015, 4, 20), True, (D(2015, 5, 2), D(2015, 8, 15))),
        ("Orders were taken between March 3 and March 9.", D(2015, 4, 20), False, (D(2015, 3, 3), D(2015, 3, 9))),
        ("Votes were cast between October 12 and 14.", D(2015, 11, 2), False, (D(2015, 10, 12), D(2015, 10, 14))),
        ("The sale ran from December 20 to January 6.", D(2016, 2, 1), False, (D(2015, 12, 20), D(2016, 1, 6))),
        ("Tickets sold March 4-8, 2012 count.", D(2013, 1, 1), False, (D(2012, 3, 4), D(2012, 3, 8))),
        ("Rates rose between June 2003 and May 2005.", D(2009, 1, 1), False, (D(2003, 6, 1), D(2005, 5, 31))),
        ("The trades ran from September 1997 to May 1999.", D(2000, 9, 1), False, (D(1997, 9, 1), D(1999, 5, 31))),
        ("The plant idled between June and September.", D(2014, 11, 3), False, (D(2014, 6, 1), D(2014, 9, 30))),
        ("Ferries halt between November and February.", D(2014, 10, 1), True, (D(2014, 11, 1), D(2015, 2, 28))),
        ("Bookings slumped between April and May 2011.", D(2012, 3, 9), False, (D(2011, 4, 1), D(2011, 5, 31))),
        # two running years joined by "and" ("repay $2 billion in 2015 and 2016"): one span over both
        ("It must refinance its bonds in 2015 and 2016.", D(2014, 5, 1), True, (D(2015, 1, 1), D(2016, 12, 31))),
        ("Writedowns rose during 2008 and 2009.", D(2010, 5, 1), False, (D(2008, 1, 1), D(2009, 12, 31))),
        ("Dunmore plans two new kilns in 2021 and 2022.", D(2020, 2, 3), True, (D(2021, 1, 1), D(2022, 12, 31))),
    ],
)
def test_a_span_by_its_ends_is_one_period(text, published, future, expected):
    found = find_periods(text, published=published, future=future)
    assert [(m.period.start, m.period.end) for m in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The ships docked on March 3 and March 9.",  # two days, not a span: no "between"
        "Inspectors called on July 8 and again on July 22.",
        "Hallam Foods recalled jars on May 12 and 19.",
    ],
)
def test_two_days_joined_by_and_are_no_span(text):
    found = find_periods(text, published=D(2015, 9, 1), future=False)
    assert found
    assert all(m.period.start == m.period.end for m in found)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Margins widened on May 5 to 7 percent.", D(2015, 5, 5)),
        ("Its stock slid on April 9 to 24 cents.", D(2015, 4, 9)),  # a currency
        ("Brenna Steel lifted shipments on May 2 to 9 million tons.", D(2015, 5, 2)),  # a scale and a unit
        ("The gauge jumped 2 percent on February 4 to 6,480 points.", D(2015, 2, 4)),  # a thousands group
        ("Its shares gained on March 11 to 17.85 euros, a record.", D(2015, 3, 11)),  # a decimal
    ],
)
def test_a_figure_after_a_day_is_no_second_day(text, day):
    found = find_periods(text, published=D(2015, 6, 1), future=False)
    assert [(m.period.start, m.period.end) for m in found] == [(day, day)]


@pytest.mark.parametrize(
    "text",
    [
        "Orlan Oil expects to pump 90 million barrels each in 2016 and 2017.",  # "each": one figure per year
        "The chain was fined in 2004 and 2011.",  # years apart: two times
        "Output fell 3 percent and 5 percent in 2011 and 2012, respectively.",
    ],
)
def test_years_of_their_own_are_no_span(text):
    found = find_periods(text, published=D(2018, 6, 1), future=False)
    assert found
    assert all(m.period.end.year == m.period.start.year for m in found)


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Pellwood Inc's founder sold 2.4 million shares between August 6 and August 9, a filing showed.",
            D(2014, 8, 12),
            2.4e6,
            (D(2014, 8, 6), D(2014, 8, 9)),
        ),
        (
            "Corvane Mining lost $310 million on copper hedges from January 2007 through March 2009.",
            D(2009, 6, 2),
            3.1e8,
            (D(2007, 1, 1), D(2009, 3, 31)),
        ),
        (
            "Tillory Stores sold 18,000 gift baskets from November 24 to December 31, the retailer said.",
            D(2013, 1, 15),
            18000,
            (D(2012, 11, 24), D(2012, 12, 31)),
        ),
    ],
)
def test_a_figure_takes_the_whole_span(nlp, text, published, amount, expected):
    facts = extract("News\n\n" + text, published=published, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert (fact.period.start, fact.period.end) == expected


@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        ("Shares of Carbery Ltd dropped 9 percent on June 8 to 24 cents.", 9, 8),
        ("The Kessin index fell on June 2 to 4,310 points, off from 4,450 points.", 4450, 2),
        ("Dornfeld AG stock rose on June 9 to 12.60 euros, from 11.90 euros.", 11.9, 9),
    ],
)
def test_a_figure_after_a_day_is_dated_by_that_day_alone(nlp, text, amount, day):
    facts = extract("News\n\n" + text, published=D(2015, 6, 20), nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.period is not None and fact.period.start == fact.period.end
    assert fact.period.start.day == day
