"""A figure before a noun a possessive owns ("reduce its $2 billion debt pile") sizes that thing: a level with no
direction, whatever the verb does to the thing. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 10, 9)


def fact_for(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface]
    assert facts, f"no fact for {surface!r}"
    return facts[0]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Dallow Bank Inc is selling the stake to shrink its 12 billion euro debt pile.",
            "12 billion euro",
        ),
        (
            "Executives said the plan would significantly cut Norvale Foods Inc's $900 million cost base.",
            "$900 million",
        ),
        ("Hemmet Steel Corp said it would increase its $500 million credit line by $100 million.", "$500 million"),
    ],
)
def test_the_size_of_an_owned_thing_has_no_direction(nlp, text, surface):
    fact = fact_for(nlp, text, surface)
    assert (fact.kind, fact.value.direction) == ("metric", None)


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        (
            "Hemmet Steel Corp said it would increase its $500 million credit line by $100 million.",
            "$100 million",
            "up",
        ),
        ("Norvale Foods Inc said its 5 percent rise in sales beat forecasts.", "5 percent", "up"),
        ("Dallow Bank Inc cut its dividend by 20 percent.", "20 percent", "down"),
    ],
)
def test_a_change_beside_an_owned_thing_keeps_its_direction(nlp, text, surface, direction):
    assert fact_for(nlp, text, surface).value.direction == direction
