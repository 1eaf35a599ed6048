"""A year-back phrase on the earlier side of a comparison ("compared with $X a year earlier", "down from $X a year
ago") counts back from the period phrase that dates the later side, the figure it is compared with
(`attachment._later_side_phrase`): a phrase with no dates (a fiscal quarter whose calendar the text never states)
leaves the earlier side undated too, and a year named on the later figure's noun ("its 2012 dividend") puts the
earlier side in the year before it, not in the story's quarter a year back. Sentences written for these tests;
invented companies."""

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date
UNDATED = (None, None)
YEAR_2011 = (D(2011, 1, 1), D(2011, 12, 31))
YEAR_2008 = (D(2008, 1, 1), D(2008, 12, 31))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # an undated fiscal quarter, "compared with ... a year earlier"
            "Marbury Asset reports quarterly loss\n\n"
            "Marbury Asset had a loss of $42.5 million for its fiscal second quarter, compared with net income of "
            "$118 million a year earlier, the fund manager said.",
            D(2010, 10, 28),
            {118e6: UNDATED},
        ),
        (  # "versus ... a year ago"
            "Tollan Brands quarterly profit slips\n\n"
            "Tollan Brands Corp said it earned $12 million in its fiscal third quarter, versus $19 million a year ago.",
            D(2009, 5, 14),
            {19e6: UNDATED},
        ),
        (  # "against ... in the year-ago period"
            "Quarry Software quarterly revenue falls\n\n"
            "Quarry Software Inc booked revenue of $310 million for its fiscal fourth quarter, against $355 million "
            "in the year-ago period.",
            D(2012, 8, 2),
            {355e6: UNDATED},
        ),
        (  # a year named on the later figure's noun, "down from ... a year ago"
            "Brenner fourth-quarter profit falls\n\n"
            "Brenner AG cut its 2012 dividend to 0.40 euro a share, down from 1.10 euros a year ago.",
            D(2013, 2, 20),
            {1.1: YEAR_2011},
        ),
        (  # "from ... a year earlier", a payout of a named year
            "Caldor Mining posts fourth-quarter loss\n\n"
            "Caldor Mining Ltd lowered its 2009 payout to 15 cents a share from 45 cents a year earlier.",
            D(2009, 2, 11),
            {0.45: YEAR_2008},
        ),
    ],
)
def test_a_year_back_counts_from_the_later_sides_phrase(nlp, text, published, expected):
    periods = periods_by_amount(nlp, text, published)
    for amount, period in expected.items():
        assert periods[amount] == period, amount


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # near miss: a dated quarter on the later side still puts the earlier side a year back
            "Pellow Tools posts third-quarter loss\n\n"
            "Pellow Tools Inc reported a net loss of $4 million for the third quarter, compared with a profit of "
            "$6 million a year earlier.",
            D(2011, 10, 27),
            {6e6: (D(2010, 7, 1), D(2010, 9, 30))},
        ),
        (  # near miss: no phrase on the later side, so the story's quarter is the base, as before
            "Darrow Bank second-quarter profit rises\n\n"
            "Darrow Bank Corp said net income rose to $50 million from $41 million a year earlier.",
            D(2012, 7, 19),
            {41e6: (D(2011, 4, 1), D(2011, 6, 30))},
        ),
        (  # near miss: a fiscal quarter the text dates ("fiscal year ends in June") keeps its dates a year back
            "Ostrand Labs quarterly profit up\n\n"
            "Ostrand Labs, whose fiscal year ends in June, posted a profit of $9 million for its fiscal first "
            "quarter, compared with $7 million a year earlier.",
            D(2011, 10, 25),
            {7e6: (D(2010, 7, 1), D(2010, 9, 30))},
        ),
    ],
)
def test_a_dated_or_missing_later_phrase_keeps_the_old_base(nlp, text, published, expected):
    periods = periods_by_amount(nlp, text, published)
    for amount, period in expected.items():
        assert periods[amount] == period, amount
