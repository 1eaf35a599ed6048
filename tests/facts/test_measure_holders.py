"""Nouns that hold a figure for another noun: "a measure of X" and "a gauge of X" measure X; a session's
"close of $X" (or "finish", "opening") is the price of what the clause is about; "in after-hours activity"
says where a price was traded, not what it measures. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2012, 5, 9)
OPENING = "Torvane Corp reported its results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "The survey's measure of export orders rose to 53.4 in March.",
            "53.4",
            "export orders",
        ),
        (
            "A gauge of refinancing applications rose 6 percent in the latest week.",
            "6 percent",
            "refinancing applications",
        ),
        ("The survey's measure of factory employment fell to 47.9 in June.", "47.9", "factory employment"),
    ],
)
def test_a_measure_of_a_noun_measures_the_noun(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Torvane shares slid 3 percent to $22.40, down from their close of $23.10 on Monday.",
            "$23.10",
            "share price",
        ),
        ("Keldor stock was at $41.75 in late trade against a previous close of $40.90.", "$40.90", "share price"),
        ("Keldor stock traded at $9.12 in after-hours activity on the exchange.", "$9.12", "share price"),
    ],
)
def test_a_session_close_prices_the_shares(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
