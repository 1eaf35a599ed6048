"""The two sides of "from X <period> to Y" (periods17): the period phrase between the from-side figure and the "to"
of the later side dates the from side only."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 6, 20)
LEAD = "Tarrow Mills Inc said on Friday it would shut two of its plants. "


def datings(text: str) -> dict[float, tuple]:
    facts = extract("Tarrow news.\n\n" + LEAD + text, published=PUBLISHED)
    return {
        f.value.amount: ((f.period.start, f.period.end) if f.period else None, f.as_of)
        for f in facts
        if f.value is not None and f.kind == "metric"
    }


def year(y):
    return (dt.date(y, 1, 1), dt.date(y, 12, 31))


@pytest.mark.parametrize(
    ("text", "earlier", "later", "earlier_dating", "later_dating"),
    [
        # a level reached: the later side holds now, the from side in its year
        (
            "Tarrow Mills has trimmed its workforce from 5,200 in 2009 to about 3,900.",
            5200.0,
            3900.0,
            (None, dt.date(2009, 12, 31)),
            (None, PUBLISHED),
        ),
        (
            "Tarrow Mills' net debt fell from $800 million at the end of 2012 to $650 million.",
            800_000_000.0,
            650_000_000.0,
            (None, dt.date(2012, 12, 31)),
            (None, PUBLISHED),
        ),
        # a quote: the later side is today's price, not the from side's year
        (
            "Cotton futures have tripled, going from about 31 cents a pound in 2004 to roughly 93 cents a pound.",
            0.31,
            0.93,
            (year(2004), None),
            ((PUBLISHED, PUBLISHED), PUBLISHED),
        ),
        # a later side with a phrase of its own keeps it
        (
            "Tarrow Mills' revenue climbed from $2 million in 2010 to $9 million in 2013.",
            2_000_000.0,
            9_000_000.0,
            (year(2010), None),
            (year(2013), None),
        ),
    ],
)
def test_from_side_phrase(text, earlier, later, earlier_dating, later_dating):
    found = datings(text)
    assert found[earlier] == earlier_dating
    assert found[later] == later_dating
