"""Points in time a stock or level is stated at (periods37): "as of the end of X" is X's last day, like "at the
end of X"; "at the start of X" (start, beginning, outset: `lexicons/period_start_nouns.txt`) is X's first day,
not the whole of X; and a figure with such a point of its own takes no period phrase that goes with another
figure of the sentence (`facts/point_dates`). Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.period_facts import datings_by_amount

D = dt.date
PUBLISHED = D(2010, 11, 30)


def dating(nlp, text: str, amount: float, published: dt.date = PUBLISHED):
    """The (period, as_of) of the figure of `amount` in `text`."""
    found = datings_by_amount(nlp, text, published)
    assert amount in found, f"no figure of {amount} in {sorted(found)}"
    return found[amount]


@pytest.mark.parametrize(
    ("text", "amount", "as_of"),
    [
        # "as of the end of X": the end of X, as "at the end of X" already was
        ("As of the end of March, Pindar Social's members had posted 70 million reviews.", 70_000_000, D(2010, 3, 31)),
        ("Wexley Motors had sold 120,000 hybrid cars as of the end of September, it said.", 120_000, D(2010, 9, 30)),
        (
            "Tessaly Partners held $4.1 billion of bonds as of the end of the third quarter.",
            4_100_000_000,
            D(2010, 9, 30),
        ),
        (
            "As of the end of the first half, Carrow Insurance had paid out $310 million in claims.",
            310_000_000,
            D(2010, 6, 30),
        ),
        # "at/as of the start of X": the first day of X
        ("At the start of 2009, Dunmore Capital managed assets of $17 billion.", 17_000_000_000, D(2009, 1, 1)),
        (
            "Quillon Air flew 58 jets at the beginning of the second quarter, its chief executive said.",
            58,
            D(2010, 4, 1),
        ),
        ("Brantwood Bank had 640 branches at the outset of 2008.", 640, D(2008, 1, 1)),
        ("As of the beginning of October, Fenwick Retail counted 91 outlets.", 91, D(2010, 10, 1)),
        ("Orland Bank had 40 branches at the beginning of 2009 and 35 branches in June.", 40, D(2009, 1, 1)),
    ],
)
def test_stated_point_is_the_as_of(nlp, text, amount, as_of):
    assert dating(nlp, text, amount) == (None, as_of)


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        # the point's own figure only: the period phrase that follows the other figure is that figure's
        (
            "Ketterby Steel's debt was $900 million in June and $750 million at the start of 2010.",
            750_000_000,
            (None, D(2010, 1, 1)),
        ),
        ("Orland Bank had 40 branches in June and 35 branches at the beginning of 2010.", 35, (None, D(2010, 1, 1))),
        (
            "Ashby Mutual's lending rate was 5 percent in March and 6 percent as of the end of 2009.",
            6,
            (None, D(2009, 12, 31)),
        ),
    ],
)
def test_point_keeps_its_figure_from_another_period(nlp, text, amount, period):
    assert dating(nlp, text, amount) == period


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # "since the start of X" is a span to publication, not a point
        (
            "Pelham Mining stock has gained 12 percent since the start of 2010, traders noted.",
            12,
            ((D(2010, 1, 1), PUBLISHED), None),
        ),
        # a flow "in" the year keeps the whole year
        ("Corrin Textiles sold 2 million shirts in 2009.", 2_000_000, ((D(2009, 1, 1), D(2009, 12, 31)), None)),
        # the figure with the plain period phrase keeps it when another figure has the point
        ("Orland Bank had 40 branches in June and 35 branches at the beginning of 2010.", 40, (None, D(2010, 6, 30))),
    ],
)
def test_near_misses(nlp, text, amount, expected):
    assert dating(nlp, text, amount) == expected


# A level told with a verb that ends or starts a period (`mentions/bounded_years`, `facts/point_dates.bounded_level`)
TOLD = D(2012, 4, 10)


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a stock: as of the period's last (first) day, with no period; a past "ended the year" is the year gone
        (
            "Lowther Games sold 6 million consoles in 2011, then closed the year with $5.2 billion of debt and leases.",
            5_200_000_000,
            (None, D(2011, 12, 31)),
        ),
        ("Freedonia's benchmark mortgage rate finished the year at 4.35 percent.", 4.35, (None, D(2011, 12, 31))),
        ("Orland Bank closed the year with 212 branches.", 212, (None, D(2011, 12, 31))),
        ("Corvel Mobile entered the year with 14,000 subscribers.", 14_000, (None, D(2012, 1, 1))),
        # a quote: that day is its period too
        ("Ketterby Steel stock opened the year at $61.40.", 61.4, ((D(2012, 1, 1), D(2012, 1, 1)), D(2012, 1, 1))),
        # a planned level keeps the year it is planned in
        ("Norvale Bank expects to end the year with 40 branches.", 40, ((D(2012, 1, 1), D(2012, 12, 31)), None)),
    ],
)
def test_level_at_a_bounded_period(nlp, text, amount, expected):
    assert dating(nlp, text, amount, TOLD) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # no level right after the verb's preposition: the year dates no other figure
        ("Ashby Mutual ended the year with a profit after it sold 300 branches.", 300, (None, None)),
        ("Ashby Mutual began the year by cutting 400 jobs.", 400, (None, None)),
        # a week's close is its last session, no calendar day: the week stays the quote's period
        ("Shares of Norvale Bank ended last week at $40.10.", 40.1, ((D(2012, 4, 2), D(2012, 4, 8)), None)),
        # "to end the year" in a sentence told in the past: the year gone, not the one under way
        (
            "Harlan Foods sold two dairies late in 2011 to end the year with 310 stores.",
            310,
            (None, D(2011, 12, 31)),
        ),
        # a year named by its number keeps its reading
        ("Ashby Mutual ended 2011 with 4,180 employees.", 4180, (None, D(2011, 12, 31))),
    ],
)
def test_bounded_year_near_misses(nlp, text, amount, expected):
    assert dating(nlp, text, amount, TOLD) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia's Pell index ended the year at 1,250, up 23 percent.",
        "Norvale Bank's shares ended the year at $41.20, up 23 percent.",
        "Shares of Ketterby Steel closed the year at $12.10, up 23 percent on the year before.",
    ],
)
def test_move_after_a_year_gone_is_not_this_year_to_date(nlp, text):
    period, _ = dating(nlp, text, 23, TOLD)
    assert period != (D(2012, 1, 1), TOLD)
