"""A weekly release's week dates its undated figures; a figure "from X the prior week" is of the week before
(extractor/facts/story_period.py `_release_week`, attachment `_previous`). Stories written for these tests."""

import datetime as dt

import pytest

from extractor import extract
from tests.facts.period_facts import period_with_amount

D = dt.date
THURSDAY = D(2021, 3, 11)
LAST_WEEK = (D(2021, 3, 1), D(2021, 3, 7))  # Monday to Sunday of the week before (FACTS.md)
STATED_WEEK = (D(2021, 2, 28), D(2021, 3, 6))  # "the week ended March 6", Sunday to Saturday


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        (
            "Freedonia filings drop\n\nWASHINGTON (Wirepost) - New filings for jobless aid in Freedonia fell "
            "last week, "
            "the labor ministry said on Thursday.\n\nFirst-time filings declined 11,000 to a seasonally adjusted "
            "402,000.",
            402000,
            LAST_WEEK,
        ),
        (
            "Home loan demand up\n\nNEW YORK (Wirepost) - Requests for home loans in Freedonia climbed last week as "
            "borrowing costs eased, a lenders' group said on Wednesday.\n\nThe group's refinancing gauge jumped "
            "7.5 percent.",
            7.5,
            LAST_WEEK,
        ),
        (
            # the body states the same week to the day: its dates win
            "Freedonia filings drop\n\nWASHINGTON (Wirepost) - New filings for jobless aid in Freedonia fell "
            "last week, "
            "the labor ministry said on Thursday.\n\nFirst-time filings declined 11,000 to 402,000. Seasonal "
            "swings were large in the week ended March 6, officials said.",
            402000,
            STATED_WEEK,
        ),
    ],
)
def test_the_leads_week_dates_the_undated_figures(nlp, text, amount, expected):
    assert period_with_amount(nlp, text, amount, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the week is not the lead's measure's: a deed of last week ("hired last week") is no release
        (
            "Pellworth hires banker\n\nLONDON (Wirepost) - Pellworth Bank hired a new head of trading last week, "
            "it said on Thursday.\n\nPellworth Bank's profit rose to $120 million.",
            120e6,
        ),
        # a week long before publication is no weekly release
        (
            "Freedonia filings\n\nWASHINGTON (Wirepost) - Orders at Halvard Steel fell in the week ended "
            "January 9, a delayed report showed.\n\nHalvard Steel's order book dropped to $4.1 billion.",
            4.1e9,
        ),
        (
            "Orvane shares\n\nNEW YORK (Wirepost) - Orvane Corp's shares rose 4 percent last week after it won a "
            "defense contract.\n\nOrvane Corp's revenue rose to $2.2 billion.",
            2.2e9,
        ),
    ],
)
def test_no_release_week(nlp, text, amount):
    period = period_with_amount(nlp, text, amount, THURSDAY)
    assert period is None or (period[1] - period[0]).days != 6


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        (
            "Orvane Bank's reserve holdings swelled to $412 billion in the week ended March 6 from $405 billion "
            "the prior week.",
            405e9,
            (D(2021, 2, 21), D(2021, 2, 27)),
        ),
        (
            "Balances at the Freedonia Reserve Bank shrank to $2.1 trillion in the week ending Feb. 27 from "
            "$2.3 trillion the previous week.",
            2.3e12,
            (D(2021, 2, 14), D(2021, 2, 20)),
        ),
        (
            "Orvane Bank's mortgage applications climbed to 51,000 in the week to March 5 from 47,500.",
            47500,
            (D(2021, 2, 20), D(2021, 2, 26)),
        ),
    ],
)
def test_the_earlier_side_of_a_weeks_change_is_the_week_before(nlp, text, amount, expected):
    assert period_with_amount(nlp, "Weekly data\n\n" + text, amount, THURSDAY) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        (
            "The Freedonia Statistics Office said its unemployment rate rose to 7.2 percent in May from 6.9.",
            6.9,
            (D(2021, 4, 1), D(2021, 4, 30)),
        ),
        (
            "Kestrel Wire said its freight index rose to 131.5 in May, up from 129.8.",
            129.8,
            (D(2021, 4, 1), D(2021, 4, 30)),
        ),
        (
            "The Orvane Institute said its business climate index fell to 47.5 in May from 53.5.",
            53.5,
            (D(2021, 4, 1), D(2021, 4, 30)),
        ),
    ],
)
def test_a_bare_number_after_from_is_the_earlier_side(nlp, text, amount, expected):
    """ "rose to 131.5 from 129.8": two bare numbers (or a bare one after a rate) measure the same thing."""
    assert period_with_amount(nlp, "Monthly data\n\n" + text, amount, published=D(2021, 6, 11)) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The acquisition will lift Orvane Bank's regional offices to 34 from 24.", 24),
        ("The deal will boost Tamsin Retail's outlets to 510 from 480.", 480),
        ("Orvane Bank said the purchase would raise its branches to 75 from 61.", 61),
    ],
)
def test_a_plans_earlier_side_is_todays_count(nlp, text, amount):
    """ "will lift its offices to 34 from 24" in a story on a year still running: 24 is today's count, not a
    count of the year before."""
    lead = "Orvane Bank posted a profit of $50 million in the first half of 2021."  # a period still running
    story = "Orvane Bank raises 2021 outlook\n\n" + lead + "\n\n" + text
    fact = next(f for f in extract(story, published=D(2021, 6, 11), nlp=nlp) if f.value and f.value.amount == amount)
    assert (fact.period, fact.as_of) == (None, D(2021, 6, 11))
