"""A fraction as the size of a move is a percent change (TRAPS.md): sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def changes(nlp, text):
    return [
        (f.value.amount, f.value.unit, f.value.direction)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "change" and f.value is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pollard Inc said its profit fell by a third in 2018.", (33.33, "percent", "down")),
        ("Kestrel Foods shares, which had dropped almost a quarter since May, recovered.", (25.0, "percent", "down")),
        ("Varden Bank said it would cut capital spending by half next year.", (50.0, "percent", "down")),
        ("Ostler Corp said average fees were up one fifth from a year earlier.", (20.0, "percent", "up")),
    ],
)
def test_a_fraction_after_a_movement_word_is_a_percent_change(nlp, text, expected):
    assert expected in changes(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pollard Inc cut a third of its staff in 2018.",
        "Varden Bank cut its lending rate by a quarter point in May.",
        "The Kestrel Foods jobless index climbed half a percentage point in May.",
        "The worry at Pollard Inc was shared by half the 20 retailers polled.",
    ],
)
def test_a_share_of_something_or_a_fraction_of_a_point_is_no_percent_move(nlp, text):
    assert [c for c in changes(nlp, text) if c[1] == "percent"] == []
