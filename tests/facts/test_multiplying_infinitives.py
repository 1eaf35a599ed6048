"""A multiplying verb in its base form after "to" or a modal: sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def multiples(nlp, text):
    return [
        (f.kind, f.value.amount, f.value.direction, f.value.bound)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.value is not None and f.value.unit == "times"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pollard Inc expects raw material costs to more than double in 2020.", ("change", 2.0, "up", ">")),
        ("Varden Bank pledged to halve its costs by 2021.", ("change", 0.5, "down", "=")),
        ("Ostler Corp said its orders could triple next year.", ("change", 3.0, "up", "=")),
    ],
)
def test_a_base_form_after_to_or_a_modal_is_a_multiple(nlp, text, expected):
    assert expected in multiples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Inflation at Pollard Inc's home market rose to double digits in 2018.",
        "Varden Bank offered a double bonus to its traders.",
        "Ostler Corp shares hit a double top on Friday.",
    ],
)
def test_double_as_an_adjective_is_no_multiple(nlp, text):
    assert multiples(nlp, text) == []
