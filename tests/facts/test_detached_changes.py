"""A verbless change set off by a comma after a level ("$3 billion in revenue, up 6 percent") is the change of
that level's measure, whatever noun the parse hangs it on: sentences written for these tests, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2015, 7, 20)


def changes(nlp, text):
    return [(f.predicate, f.value.amount) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "change"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pollard Inc's consumer business reported $3.1 billion in revenue for the year, up about 6 percent "
            "from 2014.",
            ("revenue", 6.0),
        ),
        (
            "Varden Bank's retail arm booked $2 billion in new loans in May, up almost 30 percent on the month.",
            ("loans", 30.0),
        ),
        (
            "Ostrava Steel's mill division shipped 2.4 million tonnes of steel in the half, up 11 percent from a "
            "year earlier.",
            ("steel shipments", 11.0),
        ),
        (
            "Ostrava Steel plans to employ 9,000 workers in 2018, up roughly 15 percent on its current staff.",
            ("employees", 15.0),
        ),
    ],
)
def test_a_detached_change_measures_the_level_before_it(nlp, text, expected):
    assert expected in changes(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the change names its own measure after the change noun
        ("Halden Mills posted $400 million in sales, a 9 percent rise in volumes.", ("volumes", 9.0)),
        # a level given per share names no better measure than the clause's own
        (
            "Net income at Kestrel Foods was $50 million, or 40 cents a share, up 20 percent from a year earlier.",
            ("net income", 20.0),
        ),
        ("Revenue at Brindle Telecom rose to $2 billion, up 5 percent from a year ago.", ("revenue", 5.0)),
    ],
)
def test_a_change_that_names_its_own_measure_keeps_it(nlp, text, expected):
    assert expected in changes(nlp, text)
