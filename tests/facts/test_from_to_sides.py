"""A move told from its starting point (periods17, rows rewritten in mend17c): a time phrase between the starting
figure and the "to" of the end figure dates the starting figure only."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2016, 9, 14)
LEAD = "Kestrel Foods Inc said on Wednesday it would close a bakery in Ohio. "


def datings(nlp, text: str) -> dict[float, tuple]:
    facts = extract("Kestrel news.\n\n" + LEAD + text, published=PUBLISHED, nlp=nlp)
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
        # a stock: the end figure is the level now, the starting one the level of its year
        (
            "Kestrel Foods has grown its chain from 120 stores in 2011 to nearly 300 stores.",
            120.0,
            300.0,
            (None, dt.date(2011, 12, 31)),
            (None, PUBLISHED),
        ),
        (
            "Kestrel's cash reserves shrank from 95 million Swiss francs at the end of 2013 to 40 million francs.",
            95_000_000.0,
            40_000_000.0,
            (None, dt.date(2013, 12, 31)),
            (None, PUBLISHED),
        ),
        (
            "Since the bakery sell-off, Kestrel's headcount has fallen from 4,100 employees in 2012 to 2,700 "
            "employees.",
            4100.0,
            2700.0,
            (None, dt.date(2012, 12, 31)),
            (None, PUBLISHED),
        ),
        # "from a peak of", "from a high of": the figure is found through its cue word only; the start's own dating
        # (a span, not yet as_of its end) is not this rule's, so only the end figure is checked
        (
            "Kestrel's workforce has shrunk from a peak of 6,300 in 2008 to 3,950.",
            6300.0,
            3950.0,
            None,
            (None, PUBLISHED),
        ),
        (
            "Kestrel's debt has come down from a high of $610 million in 2012 to $240 million.",
            610_000_000.0,
            240_000_000.0,
            None,
            (None, PUBLISHED),
        ),
        # a price per unit: the end figure takes no year of the start
        (
            "The rent Kestrel pays for its depots went from $14 per square foot in 2012 to $23 per square foot.",
            14.0,
            23.0,
            (year(2012), None),
            (None, PUBLISHED),
        ),
        # an end figure with a phrase of its own keeps it
        (
            "Kestrel Foods' revenue climbed from $2 million in 2010 to $9 million in 2015.",
            2_000_000.0,
            9_000_000.0,
            (year(2010), None),
            (year(2015), None),
        ),
    ],
)
def test_phrase_of_the_starting_figure(nlp, text, earlier, later, earlier_dating, later_dating):
    found = datings(nlp, text)
    assert earlier_dating is None or found[earlier] == earlier_dating
    assert found[later] == later_dating


@pytest.mark.parametrize(
    ("text", "amount", "dating"),
    [
        # no starting figure: the phrase is the move's, and so the end figure's
        ("Kestrel Foods' sales gained 7 percent in 2015 to $9 million.", 9_000_000.0, (year(2015), None)),
        ("Kestrel Foods' sales grew in 2014 to $7 million.", 7_000_000.0, (year(2014), None)),
        (
            "Kestrel Foods' sales gained 7 percent in March to $9 million.",
            9_000_000.0,
            ((dt.date(2016, 3, 1), dt.date(2016, 3, 31)), None),
        ),
        # a phrase kept apart from the "to" of the end figure
        (
            "Kestrel Foods' sales fell from $8 million in 2013 and in 2014 reached $5 million.",
            5_000_000.0,
            (year(2014), None),
        ),
        (
            "Kestrel Foods' sales fell from $8 million in 2013 but in 2014 climbed back up to $11 million.",
            11_000_000.0,
            (year(2014), None),
        ),
        # a phrase far from the starting figure is the move's
        (
            "Kestrel Foods moved its bakers from 12 sites across the north of the country in 2015 to 3 large plants.",
            3.0,
            (year(2015), None),
        ),
        # a verb between the starting figure and the phrase: the phrase opens a clause of the end figure
        (
            "Kestrel Foods cut its dividend from 40 cents and said it hopes in 2017 to pay 25 cents.",
            0.25,
            (year(2017), None),
        ),
    ],
)
def test_phrase_of_the_end_figure(nlp, text, amount, dating):
    assert datings(nlp, text)[amount] == dating
