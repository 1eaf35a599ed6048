"""Levels of a stock (periods4): the end points of a change ("fell to 1,200 from 1,450 in 2007") are levels
that hold at the end of their period (`as_of`), and a median or average of a stock's measure ("the median
home price") is a statistic of the period, not a level at publication."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date
PUBLISHED = D(2011, 3, 15)


def dating(text: str, surface: str) -> tuple:
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.surface == surface]
    assert len(facts) == 1, [(f.predicate, f.value) for f in extract(text, published=PUBLISHED)]
    fact = facts[0]
    return (fact.period.start, fact.period.end) if fact.period else None, fact.as_of


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Halvard Corp said its workforce fell to 1,200 from 1,450 in 2009.", "1,450", (None, D(2009, 12, 31))),
        (
            "Tamsin Retail said its inventory rose to $3.1 billion in the fourth quarter, up from $2.8 billion a "
            "year earlier.",
            "$2.8 billion",
            (None, D(2009, 12, 31)),
        ),
        (
            "Tamsin Retail said its inventory rose to $3.1 billion in the fourth quarter, up from $2.8 billion a "
            "year earlier.",
            "$3.1 billion",
            (None, D(2010, 12, 31)),
        ),
        (
            "The number of Pellworth stores climbed by 40 to 1,210 in the fourth quarter.",
            "1,210",
            (None, D(2010, 12, 31)),
        ),
        # the amount of the change keeps its period: it flowed over the quarter
        (
            "The number of Pellworth stores climbed by 40 to 1,210 in the fourth quarter.",
            "40",
            ((D(2010, 10, 1), D(2010, 12, 31)), None),
        ),
    ],
)
def test_end_points_of_a_change_in_a_stock_are_levels(text, surface, expected):
    assert dating(text, surface) == expected


RELEASE = (
    " date 2011-03-15 Canada home sales rise in February\n\nOTTAWA (Reuters) - Sales of existing Canadian homes"
    " rose 2 percent in February, a trade group said on Tuesday.\n\n{}\n"
)


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("The median price of a Canadian home fell 4 percent to C$210,000, the realtors' group said.", "C$210,000"),
        ("The group said the average price of a Canadian home rose to C$331,400.", "C$331,400"),
        ("The Canadian median selling price slipped to C$198,500, the association said.", "C$198,500"),
    ],
)
def test_a_median_or_average_price_in_a_release_takes_the_month(body, surface):
    facts = [f for f in extract(RELEASE.format(body)) if f.value is not None and f.value.surface == surface]
    assert [(f.period.start, f.period.end) if f.period else None for f in facts] == [(D(2011, 2, 1), D(2011, 2, 28))]


QUARTERLY = (
    " date 2012-10-25 Pellworth third-quarter profit rises\n\nCHICAGO (Reuters) - Pellworth Tools Inc posted a"
    " higher third-quarter profit on Thursday as demand for drills grew.\n\n{}\n"
)


@pytest.mark.parametrize(
    ("story", "body", "surface", "period"),
    [
        (QUARTERLY, "Pellworth said its inventories fell 5 percent.", "5 percent", (D(2012, 7, 1), D(2012, 9, 30))),
        (
            QUARTERLY,
            "Pellworth Tools said its headcount rose 3 percent as it hired engineers.",
            "3 percent",
            (D(2012, 7, 1), D(2012, 9, 30)),
        ),
        (
            RELEASE,
            "The inventory of unsold Canadian homes slipped 2.4 percent to 310,000, the association said.",
            "2.4 percent",
            (D(2011, 2, 1), D(2011, 2, 28)),
        ),
    ],
)
def test_a_change_in_a_stock_is_a_flow_over_the_story_period(story, body, surface, period):
    facts = [f for f in extract(story.format(body)) if f.value is not None and f.value.surface == surface]
    assert [(f.kind, (f.period.start, f.period.end) if f.period else None) for f in facts] == [("change", period)]


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("Pellworth Tools said it won 40,000 new customers.", "40,000"),
        ("Pellworth Tools opened 35 new stores, it said.", "35"),
        ("Newly acquired users at Pellworth Tools rose to 2 million.", "2 million"),
    ],
)
def test_new_additions_to_a_stock_are_a_flow_over_the_story_period(body, surface):
    facts = [f for f in extract(QUARTERLY.format(body)) if f.value is not None and f.value.surface == surface]
    assert [(f.period.start, f.period.end) if f.period else None for f in facts] == [(D(2012, 7, 1), D(2012, 9, 30))]


def test_money_paid_for_new_shares_is_no_addition():
    body = "Pellworth Tools agreed to sell new shares worth $50 million to Kestrel Bank."
    facts = [f for f in extract(QUARTERLY.format(body)) if f.value is not None and f.value.surface == "$50 million"]
    assert [f.period for f in facts] == [None]
