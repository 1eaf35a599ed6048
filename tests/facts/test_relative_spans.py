"""A phrase that names a span of its own ("the quarter", "the previous quarter") next to a month (periods4):
the month is too short a base to resolve it against, so the phrase keeps the quarter it names."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date
PUBLISHED = D(2012, 11, 7)


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (
            "Tamsin Telecom Inc sold 2,000 phones in October and 5,000 in the previous quarter.",
            "5,000",
            (D(2012, 7, 1), D(2012, 9, 30)),
        ),
        (
            "Brisco Cable Inc lost 4,000 clients in September, taking its losses to 9,000 in the quarter.",
            "9,000",
            (D(2012, 7, 1), D(2012, 9, 30)),
        ),
        (
            "Orvel Freight Corp said volumes rose 3 percent in October and fell 2 percent in the prior quarter.",
            "2 percent",
            (D(2012, 7, 1), D(2012, 9, 30)),
        ),
        # the month itself keeps its month
        (
            "Orvel Freight Corp said volumes rose 3 percent in October and fell 2 percent in the prior quarter.",
            "3 percent",
            (D(2012, 10, 1), D(2012, 10, 31)),
        ),
    ],
)
def test_a_quarter_phrase_is_not_resolved_against_a_month(text, surface, period):
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.surface == surface]
    assert [(f.period.start, f.period.end) if f.period else None for f in facts] == [period]
