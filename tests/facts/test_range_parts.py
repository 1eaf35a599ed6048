"""A figure given for a part of a guided range ("the low end of its profit forecast", "the top of its sales
outlook") or for a range compounded with a measure ("its profit range") measures what the range is given for:
sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2016, 2, 9)


def levels(nlp, text):
    return [(f.predicate, f.value.amount) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "metric"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norvale Corp moved the low end of its earnings guidance up to $3.10 per share.", ("earnings per share", 3.1)),
        ("Halden Mills cut the top of its earnings forecast to $1.90 a share.", ("earnings per share", 1.9)),
        ("Pollard Inc raised the bottom of its sales outlook to $4 billion.", ("sales", 4e9)),
        ("Brindle Telecom said the midpoint of its revenue guidance is $2.2 billion.", ("revenue", 2.2e9)),
        (
            "Kestrel Foods' adjusted earnings range for the year now stands at $1.40 to $1.55 a share.",
            ("earnings per share", 1.475),
        ),
    ],
)
def test_a_part_of_a_guided_range_measures_what_the_range_is_for(nlp, text, expected):
    assert expected in levels(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a container with a measure compound keeps it; a bare range hands over to what the clause measures
        ("Ostrava Steel said its order book value reached $900 million.", "order book value"),
        (
            "Varden Bank now sees full-year profit at the high end of its range of $2.10 to $2.20 a share.",
            "earnings per share",
        ),
        ("Halden Mills put its revenue for the year within a range of $1.5 billion to $1.6 billion.", "revenue"),
    ],
)
def test_ranges_without_a_part_keep_their_reading(nlp, text, expected):
    assert expected in [predicate for predicate, _ in levels(nlp, text)]
