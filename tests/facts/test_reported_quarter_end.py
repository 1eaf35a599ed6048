"""A results story names its quarter by an ordinal ("third-quarter profit") and later states its end ("the quarter
ended October 30"): the end dates the ordinal, a fiscal quarter, for the lead's figures too (periods12)."""

import datetime as dt

import pytest

from extractor import extract
from extractor.mentions.periods import CALENDAR, FiscalCalendar, find_periods, fiscal_calendar

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tamsin Stores posted a 14 percent drop in second-quarter profit. Net income for the quarter ended "
            "July 29 was $40 million.",
            FiscalCalendar(2),
        ),
        (
            "Kestrel Foods reported higher first-quarter earnings on Tuesday. Sales for its quarter ended "
            "October 26 rose 3 percent to $1.1 billion.",
            FiscalCalendar(8),
        ),
        (
            "Quillon Software said fourth-quarter revenue beat forecasts. Revenue for the quarter, which ended "
            "March 31, rose to $900 million.",
            FiscalCalendar(4),
        ),
        (
            "Brindle Apparel's third-quarter profit fell, and same-store revenue for the thirteen week period ended "
            "November 3 slipped 2 percent.",
            FiscalCalendar(2),
        ),
        # an ordinal named after the stated end is another quarter (the one ahead): it dates nothing
        (
            "Revenue for the quarter ended January 31 rose 5 percent, and Orvel Tools expects second-quarter "
            "sales to fall.",
            CALENDAR,
        ),
        # an end that agrees with the calendar quarter keeps calendar years
        (
            "Second-quarter profit at Orvel Tools rose. Net income for the quarter ended June 30 was $8 million.",
            CALENDAR,
        ),
    ],
)
def test_a_stated_end_dates_the_ordinal_named_before_it(text, expected):
    assert fiscal_calendar(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Takings at Perrow Stores for the 13 weeks ended August 11 were flat.",
            (D(2007, 5, 13), D(2007, 8, 11)),
        ),
        ("Sales in the 13-week period ended May 5 climbed 6 percent.", (D(2007, 2, 4), D(2007, 5, 5))),
        ("Comparable sales for the thirteen-week period that ended July 28 fell.", (D(2007, 4, 29), D(2007, 7, 28))),
    ],
)
def test_a_thirteen_week_period_is_a_quarter_to_its_end(text, expected):
    # 13 whole weeks, 91 days, back to and including the stated day: a quarter counted in weeks, not in months
    found = [m.period for m in find_periods(text, published=D(2007, 9, 12)) if m.role == "period"]
    assert (found[0].start, found[0].end) == expected


def first_dated(facts, amount):
    fact = next(f for f in facts if f.value is not None and f.value.amount == amount)
    return fact.period.start, fact.period.end


@pytest.mark.parametrize(
    ("published", "title", "body", "amount", "expected"),
    [
        (
            "2010-11-17",
            "Corvane Stores third-quarter profit rises",
            "Corvane Stores Inc said third-quarter profit rose 12 percent to $95 million. Net income for the "
            "quarter ended October 30 compared with $85 million a year earlier.",
            95_000_000.0,
            (D(2010, 7, 31), D(2010, 10, 30)),
        ),
        (
            "2012-08-22",
            "Halvard Home posts lower quarterly profit",
            "Halvard Home said second-quarter net income dropped 20 percent to $31 million. Sales for the "
            "quarter that ended July 28 rose 2 percent.",
            31_000_000.0,
            (D(2012, 4, 29), D(2012, 7, 28)),
        ),
        (
            "2015-06-10",
            "Tarrock Outfitters profit slips",
            "Tarrock Outfitters Inc said its net income in the first quarter was $4.2 million, against $5 million "
            "a year before. Same-store revenue for the thirteen week period ended May 2 rose 3 percent.",
            4_200_000.0,
            (D(2015, 2, 1), D(2015, 5, 2)),  # 13 whole weeks (round 15)
        ),
    ],
)
def test_the_leads_figures_take_the_quarter_the_text_dates(nlp, published, title, body, amount, expected):
    text = f" date {published} {title}\n\nNEW YORK (Reuters) - {body}"
    assert first_dated(extract(text, nlp=nlp), amount) == expected


STORY = " date {published} {title}\n\nNEW YORK (Reuters) - {body}"


@pytest.mark.parametrize(
    ("published", "title", "body", "amount", "expected"),
    [
        (
            "2011-02-11",
            "Pellard results show steady demand for storage",
            "Pellard Systems' results point to steady demand from data centres, analysts said on Friday. Rivals "
            "have struggled as clients delay spending. Strong orders helped Pellard post a 12 percent rise in fiscal "
            "second-quarter revenue on Thursday. Its sales to telecom carriers rose 8 percent in the quarter ended "
            "January 27.",
            12.0,
            (D(2010, 10, 28), D(2011, 1, 27)),
        ),
        (
            "2012-04-11",
            "Merrin Foods earnings beat expectations",
            "Investors cheered Merrin Foods on Wednesday as snack demand held up. The company has cut costs for two "
            "years. Merrin said net income for its fiscal third quarter rose to $48 million. Sales in the quarter "
            "that ended March 24 grew 5 percent.",
            48_000_000.0,
            (D(2011, 12, 25), D(2012, 3, 24)),
        ),
        (
            "2013-05-28",
            "Dorran Tools profit falls as builders pull back",
            "Dorran Tools shares slid on Tuesday. Traders had braced for a weak spring. Dorran said first-quarter "
            "profit fell 9 percent to $22 million. Revenue for the quarter, which ended on May 4, was $310 million.",
            22_000_000.0,
            (D(2013, 2, 5), D(2013, 5, 4)),
        ),
        # near-misses: no stated end keeps the calendar quarter; a stated end of a whole year (or of a week) is
        # no end of the quarter, which keeps whole months of the fiscal calendar the year names
        (
            "2013-05-28",
            "Dorran Tools profit falls as builders pull back",
            "Dorran Tools shares slid on Tuesday. Traders had braced for a weak spring. Dorran said first-quarter "
            "profit fell 9 percent to $22 million. Revenue was $310 million.",
            22_000_000.0,
            (D(2013, 1, 1), D(2013, 3, 31)),
        ),
        (
            "2013-05-28",
            "Dorran Tools profit falls as builders pull back",
            "Dorran Tools shares slid on Tuesday. Traders had braced for a weak spring. Dorran said first-quarter "
            "profit fell 9 percent to $22 million. Its last fiscal year ended on February 2.",
            22_000_000.0,
            (D(2013, 2, 1), D(2013, 4, 30)),
        ),
        (
            "2013-05-28",
            "Dorran Tools profit falls as builders pull back",
            "Dorran Tools shares slid on Tuesday. Traders had braced for a weak spring. Dorran said first-quarter "
            "profit fell 9 percent to $22 million. Its stores were shut for the week ended March 16 after a storm.",
            22_000_000.0,
            (D(2013, 1, 1), D(2013, 3, 31)),
        ),
    ],
)
def test_a_quarter_first_named_after_the_lead_takes_the_end_the_body_states(
    nlp, published, title, body, amount, expected
):
    # the lead (first two sentences) names no period: the story's quarter is the first the body names about
    # results, and a later sentence's stated end refines it to the day, as it refines a lead's quarter (periods24)
    text = STORY.format(published=published, title=title, body=body)
    assert first_dated(extract(text, nlp=nlp), amount) == expected
