"""Figures listed against as many listed periods take them in order ("for this year and for next year to 1.6 and
2.8 percent": 1.6 this year, 2.8 next year), `facts.respective_periods`; one period for a list, or a list of periods
with a single figure, keeps the usual choice."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date
PUBLISHED = D(2013, 5, 29)
Y2011, Y2012 = (D(2011, 1, 1), D(2011, 12, 31)), (D(2012, 1, 1), D(2012, 12, 31))
Y2013, Y2014 = (D(2013, 1, 1), D(2013, 12, 31)), (D(2014, 1, 1), D(2014, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two relative years joined by "and", the figures after them
        (
            "Halden Institute economists trimmed their Norland outlook for this year and for next year to 1.6 and "
            "2.8 percent.",
            {1.6: Y2013, 2.8: Y2014},
        ),
        # one phrase naming two years, the earlier sides of the revision listed too
        (
            "The Halden Institute now puts Norland GDP growth at -0.6 and 1.1 percent in 2013 and 2014, down from "
            "its earlier 0.5 and 2.7 percent.",
            {-0.6: Y2013, 1.1: Y2014, 0.5: Y2013, 2.7: Y2014},
        ),
        # "respectively" after the years, each figure with its unit
        (
            "The Halden Institute sees Norland growth at 1.4 percent and 2.1 percent in 2013 and 2014 respectively.",
            {1.4: Y2013, 2.1: Y2014},
        ),
        # past results in other words
        ("Halden Corp sales rose 4 percent and 6 percent in 2011 and 2012.", {4.0: Y2011, 6.0: Y2012}),
    ],
)
def test_listed_figures_take_the_listed_periods_in_order(nlp, text, expected):
    found = periods_by_amount(nlp, text, PUBLISHED)
    assert {amount: found[amount] for amount in expected} == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an ordinal elided before a hyphenated quarter: its quarter of the same year
        (
            "Halden economists see Norland's third- and fourth-quarter wage growth at 2.6 percent and 3.1 percent "
            "respectively.",
            D(2010, 9, 8),
            {2.6: (D(2010, 7, 1), D(2010, 9, 30)), 3.1: (D(2010, 10, 1), D(2010, 12, 31))},
        ),
        # "the first and second quarters", told of the past
        (
            "Halden Corp sales rose 3 percent and 5 percent in the first and second quarters.",
            D(2010, 9, 8),
            {3.0: (D(2010, 1, 1), D(2010, 3, 31)), 5.0: (D(2010, 4, 1), D(2010, 6, 30))},
        ),
        # another dated phrase past a comma is no part of the list
        (
            "The Halden Institute expects Norland output to shrink 4 percent and 2 percent over the next two "
            "quarters, "
            "a slump deeper than the one seen in 1991.",
            D(2008, 11, 21),
            {4.0: (D(2009, 1, 1), D(2009, 3, 31)), 2.0: (D(2009, 4, 1), D(2009, 6, 30))},
        ),
        # "the next two quarters": the two quarters after the current one
        (
            "Norland's exports should drop 5 percent and 7 percent during the next two quarters, Halden Institute "
            "economists said.",
            D(2008, 11, 21),
            {5.0: (D(2009, 1, 1), D(2009, 3, 31)), 7.0: (D(2009, 4, 1), D(2009, 6, 30))},
        ),
    ],
)
def test_one_phrase_naming_several_periods_is_split_in_order(nlp, text, published, expected):
    found = periods_by_amount(nlp, text, published)
    assert {amount: found[amount] for amount in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near miss: one period for a list of figures dates them all
        ("Halden Corp sales rose 4 percent and 6 percent in 2012.", {4.0: Y2012, 6.0: Y2012}),
        # near miss: a single figure over two listed years is not split
        ("Brindle Mining expects its costs to stay below 2 percent in 2013 and 2014.", {2.0: (Y2013[0], Y2014[1])}),
        # near miss: a single quarter with no elided ordinal before it
        (
            "Halden Corp wrote down $3 million and $5 million of goodwill in the fourth quarter.",
            {3e6: (D(2012, 10, 1), D(2012, 12, 31))},
        ),
    ],
)
def test_unmatched_lists_keep_the_usual_choice(nlp, text, expected):
    found = periods_by_amount(nlp, text, PUBLISHED)
    assert {amount: found[amount] for amount in expected} == expected
