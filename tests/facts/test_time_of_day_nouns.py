"""A time within a period ("in late morning", "in the morning", "the prior week") is never what a figure measures:
the figure keeps the measure its clause or topic gives it. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def predicates_of(nlp, text):
    return {f.value.surface: f.predicate for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value}


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Kestrel Corp shares rose as much as 4.3 percent on Tuesday and were up 2 percent at $38.75 in late "
            "morning on the exchange.",
            "$38.75",
            "share price",
        ),
        (
            "Shares in Kestrel Corp ended 0.8 percent higher at 9 euros, compared with a 0.1 percent rise in the "
            "morning.",
            "0.1 percent",
            "share price",
        ),
        (
            "The Kestrel Bank balance sheet swelled to $2.772 trillion in the week ended June 1 from $2.759 "
            "trillion the prior week.",
            "$2.759 trillion",
            "kestrel bank balance sheet",
        ),
    ],
)
def test_a_time_of_day_is_no_measure(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Kestrel Corp's daily output rose to 300,000 barrels per day.", "300,000 barrels per day", "output"),
        ("Kestrel Corp sold 40,000 cars a day in March.", "40,000", "car sales"),
    ],
)
def test_a_rate_per_day_keeps_its_measure(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate
