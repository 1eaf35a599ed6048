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
            "Brisco Software results please investors",
            "Brisco Software won favour with investors on Friday after a busy winter for licence renewals. Its "
            "consulting arm is being sold. The renewals lifted Brisco's fiscal second-quarter revenue by 12 percent, "
            "the company said. Subscription income in its quarter ended January 27 climbed 8 percent.",
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


CALENDAR_Q2 = (D(2012, 4, 1), D(2012, 6, 30))
CALENDAR_Q3 = (D(2012, 7, 1), D(2012, 9, 30))


@pytest.mark.parametrize(
    ("published", "title", "body", "amount", "expected"),
    [
        # a from-to span as long as a quarter is a tenure or a window, no quarter
        (
            "2012-07-26",
            "Halvorsen Paints profit climbs",
            "Halvorsen Paints lifted its profit on Thursday as home owners redecorated. Demand was strong in the "
            "north. Halvorsen said second-quarter net income was $31 million. Its finance chief, in the post "
            "from April 4 to June 27, has returned to a bank.",
            31_000_000.0,
            CALENDAR_Q2,
        ),
        (
            "2012-10-24",
            "Orvell Freight quarterly earnings rise",
            "Orvell Freight reported a rise in earnings on Wednesday. Trucking volumes held up. Third-quarter "
            "earnings reached $18 million. A strike lasted from July 6 through Sept. 27 at one of its depots.",
            18_000_000.0,
            CALENDAR_Q3,
        ),
        (
            "2012-07-25",
            "Lintz Chemicals profit rises",
            "Lintz Chemicals posted a rise in profit on Wednesday, helped by lower feedstock costs. Plants ran at "
            "full rate. Lintz said second-quarter profit was $64 million. Between April 2 and June 29 it bought "
            "back 3 million of its shares.",
            64_000_000.0,
            CALENDAR_Q2,
        ),
        (
            "2012-10-25",
            "Pomfrey Retail results top forecasts",
            "Pomfrey Retail beat forecasts on Thursday. Its stores drew more shoppers. Pomfrey said third-quarter "
            "sales were $700 million. An offer for its bonds stayed open from July 3 through Sept. 28.",
            700_000_000.0,
            CALENDAR_Q3,
        ),
        # another company's quarter, named by a peer noun or by its own name
        (
            "2012-07-26",
            "Halvorsen Paints profit climbs",
            "Halvorsen Paints lifted its profit on Thursday as home owners redecorated. Demand was strong in the "
            "north. Halvorsen said second-quarter net income was $31 million. Its largest competitor reported "
            "that sales fell in the quarter ended June 23.",
            31_000_000.0,
            CALENDAR_Q2,
        ),
        (
            "2012-10-24",
            "Orvell Freight quarterly earnings rise",
            "Orvell Freight reported a rise in earnings on Wednesday. Trucking volumes held up. Third-quarter "
            "earnings reached $18 million. Tessaly Logistics, which moves goods for the same retailers, lost money "
            "in the 13 weeks ended Sept. 22.",
            18_000_000.0,
            CALENDAR_Q3,
        ),
        (
            "2012-07-25",
            "Lintz Chemicals profit rises",
            "Lintz Chemicals posted a rise in profit on Wednesday, helped by lower feedstock costs. Plants ran at "
            "full rate. Lintz said second-quarter profit was $64 million. Its main customer's quarter, which ended "
            "on June 24, was weaker.",
            64_000_000.0,
            CALENDAR_Q2,
        ),
        # a traded move over three months to a day is the market's, not the quarter's
        (
            "2012-07-26",
            "Halvorsen Paints profit climbs",
            "Halvorsen Paints lifted its profit on Thursday as home owners redecorated. Demand was strong in the "
            "north. Halvorsen said second-quarter net income was $31 million. The stock rose 9 percent in the three "
            "months to July 20.",
            31_000_000.0,
            CALENDAR_Q2,
        ),
        (
            "2012-10-24",
            "Orvell Freight quarterly earnings rise",
            "Orvell Freight reported a rise in earnings on Wednesday. Trucking volumes held up. Third-quarter "
            "earnings reached $18 million. Its shares had lost a fifth of their value over the three months "
            "through Sept. 21.",
            18_000_000.0,
            CALENDAR_Q3,
        ),
        (
            "2012-07-25",
            "Lintz Chemicals profit rises",
            "Lintz Chemicals posted a rise in profit on Wednesday, helped by lower feedstock costs. Plants ran at "
            "full rate. Lintz said second-quarter profit was $64 million. Its share price climbed 14 percent in the "
            "quarter to June 22.",
            64_000_000.0,
            CALENDAR_Q2,
        ),
        # the reporter's own quarter, stated by its end in a sentence of its own, still refines it
        (
            "2012-07-26",
            "Halvorsen Paints profit climbs",
            "Halvorsen Paints lifted its profit on Thursday as home owners redecorated. Demand was strong in the "
            "north. Halvorsen said second-quarter net income was $31 million. For the paint maker, the quarter "
            "ended on June 23.",
            31_000_000.0,
            (D(2012, 3, 24), D(2012, 6, 23)),
        ),
    ],
)
def test_only_the_reporters_quarter_end_refines_the_story_quarter(nlp, published, title, body, amount, expected):
    # a tenure, a window, a rival's quarter or a stock's run ending near the quarter's end is no stated end of the
    # reporting company's quarter: its figures keep the calendar quarter (review of periods24)
    text = STORY.format(published=published, title=title, body=body)
    assert first_dated(extract(text, nlp=nlp), amount) == expected
