"""A noun coordinated after a counted noun joins the predicate only when it is bare and shares the head ("seed and
fertiliser income"); one with its own determiner, possessive or number is a separate thing:
sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2013, 6, 3)


def predicates(nlp, text):
    return [f.predicate for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind in ("metric", "change")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brindle Telecom owns 300 towers and the Ostrava data centre.", "towers"),
        ("Varden Bank has 40 branches and two trading floors.", "branches"),
        ("Kestrel Foods operates 120 bakeries and its own flour mill.", "bakeries"),
    ],
)
def test_a_determined_conjunct_is_a_separate_item(nlp, text, expected):
    assert expected in predicates(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel Foods said seed and fertiliser income rose 8 percent.", "seed and fertiliser income"),
        (
            "Halden Mills said research and development spending rose to $40 million.",
            "research and development spending",
        ),
        ("Pollard Inc said its sales and marketing costs climbed 12 percent.", "sales and marketing costs"),
    ],
)
def test_a_bare_conjunct_sharing_the_head_stays(nlp, text, expected):
    assert expected in predicates(nlp, text)
