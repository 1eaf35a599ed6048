"""The earlier side of a comparison written as the possessive of a period counted back ("from a year-ago's $52
million", "versus the prior-year quarter's $7 million") takes that period, the later side's one year back
(`possessive_sides`). Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "later", "earlier", "expected"),
    [
        (
            "Harlow Pumps second-quarter profit slips\n\n"
            "Harlow Pumps Inc said second-quarter operating profit slipped to $41 million from a year-ago's "
            "$52 million.",
            D(2015, 7, 29),
            4.1e7,
            5.2e7,
            (D(2014, 4, 1), D(2014, 6, 30)),
        ),
        (
            "Ostlund Media third-quarter revenue climbs\n\n"
            "Ostlund Media Corp's third-quarter revenue climbed to $730 million, or $2.40 a share, versus the "
            "prior-year quarter's $615 million, or $2.05 for each share.",
            D(2012, 10, 24),
            7.3e8,
            6.15e8,
            (D(2011, 7, 1), D(2011, 9, 30)),
        ),
        (
            "Kestrel Mills third-quarter earnings drop\n\n"
            "Kestrel Mills Inc said net income for the third quarter dropped to $18 million from a year ago's "
            "$26 million as cotton costs rose.",
            D(2014, 10, 22),
            1.8e7,
            2.6e7,
            (D(2013, 7, 1), D(2013, 9, 30)),
        ),
        (
            "Orrin Shipping second-quarter revenue up\n\n"
            "Second-quarter revenue at Orrin Shipping Co rose 10 percent to $410 million, against a year ago's "
            "$372 million.",
            D(2016, 8, 3),
            4.1e8,
            3.72e8,
            (D(2015, 4, 1), D(2015, 6, 30)),
        ),
        (
            "Quenby Foods first-quarter sales rise\n\n"
            "For the first quarter, Quenby Foods Ltd booked sales of $88 million, compared with the prior-year "
            "period's $71 million.",
            D(2010, 4, 21),
            8.8e7,
            7.1e7,
            (D(2009, 1, 1), D(2009, 3, 31)),
        ),
    ],
)
def test_a_possessive_earlier_side_is_a_year_back(nlp, text, published, later, earlier, expected):
    periods = periods_by_amount(nlp, text, published)
    assert periods[earlier] == expected
    start, end = expected
    assert periods[later] == (start.replace(year=start.year + 1), end.replace(year=end.year + 1))


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        # a possessive that opens no comparison keeps its own period: "this year's" is no earlier side
        (
            "Tamsin Brewing second-quarter sales rise\n\n"
            "Tamsin Brewing said this year's $12 million marketing budget was spent by June.",
            D(2016, 7, 20),
            1.2e7,
            (D(2016, 1, 1), D(2016, 12, 31)),
        ),
        (
            "Lorne Freight third-quarter results\n\n"
            "Lorne Freight said quarterly revenue rose to $240 million after last quarter's 5 percent gain.",
            D(2013, 10, 30),
            2.4e8,
            (D(2013, 7, 1), D(2013, 9, 30)),
        ),
    ],
)
def test_other_possessives_are_no_earlier_side(nlp, text, published, amount, expected):
    assert periods_by_amount(nlp, text, published)[amount] == expected
