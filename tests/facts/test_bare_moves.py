"""A move noun that names nothing moved takes the measure it is told of (facts/bare_moves.py, docs/DECISIONS.md
"Bare moves"): "after a 9,000 gain", "a 1.1 percent pickup" restate an earlier move of the sentence's measure,
so the fact is named after that measure, not after the move word. Sentences written for these tests, invented
names."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def fact_of(nlp, text, surface):
    return fact_with_surface(nlp, text, surface, title="Economy news", published="2012-03-14")


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Norland's factories hired 12,000 workers in March after a 9,000 gain in February, the ministry said.",
            "9,000",
            "workers hired",
        ),
        (
            "Freight volumes at Ostrava's rail yards climbed 2.4 percent in the spring, after a 1.1 percent pickup "
            "over the winter.",
            "1.1 percent",
            "freight volumes",
        ),
        (
            "Brandt Industries booked 4,300 new orders in June, up from a 3,900 advance in May.",
            "3,900",
            "orders",
        ),
    ],
)
def test_a_bare_move_takes_the_measure_told_before_it(nlp, text, surface, predicate):
    fact = fact_of(nlp, text, surface)
    assert (fact.kind, fact.predicate) == ("change", predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # the move names what moved: its own noun stays
        ("Norland's imports grew 4 percent last year, after a 9 percent increase in exports.", "9 percent", "exports"),
        # a plural noun after a count is a thing counted, never a move ("pickups" are trucks)
        (
            "Kelmar Energy sold 2,500 pickups in May, after shipping 1,900 pickups in April.",
            "1,900",
            "pickup shipments",
        ),
        # a figure of another unit class borrows nothing: the count keeps its own noun
        (
            "Brandt Industries said sales rose 5 percent in June, after it hired 300 workers in May.",
            "300",
            "workers hired",
        ),
    ],
)
def test_a_move_that_names_its_measure_keeps_it(nlp, text, surface, predicate):
    assert fact_of(nlp, text, surface).predicate == predicate
