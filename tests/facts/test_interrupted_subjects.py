"""A second clause whose subject is set off from its verb by an aside ("and shipments, which feed into output,
rose 2 percent"; "and sales, a gauge of demand, rose") measures that subject, not the first clause's, though
the parse coordinates the subject with a noun of the first clause. Sentences written for these tests, with
invented names."""

import pytest

from tests.facts.surface_facts import predicates_of


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Ventora Corp said inventories rose for a third straight month and shipments, which feed into "
            "the output figures, rose 2.2 percent.",
            "2.2 percent",
            "shipments",
        ),
        (
            "Ventora Corp said inventories fell and shipments, a key gauge of demand, rose 4.1 percent in May.",
            "4.1 percent",
            "shipments",
        ),
        (
            "Brannock Mills reported lower stockpiles of cotton last quarter and orders, which had slumped "
            "all year, jumped 9 percent.",
            "9 percent",
            "orders",
        ),
    ],
)
def test_the_subject_before_an_aside_is_measured(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Ventora Corp's revenue rose 8 percent and its costs, which include fuel, rose 5 percent.",
            "5 percent",
            "costs",
        ),
        (
            "Quarterly sales at Brannock Mills, which makes yarn, rose 6 percent to $300 million.",
            "$300 million",
            "sales",
        ),
        (
            "Ventora Corp's revenue rose 8 percent, while operating costs, which include fuel, fell 3 percent to "
            "$900 million.",
            "$900 million",
            "operating costs",
        ),
    ],
)
def test_a_subject_the_parse_keeps_is_unchanged(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


def test_a_participle_after_the_main_clause_keeps_its_subject(nlp):
    """ "Norvale, which makes pumps and valves, was the biggest loser, falling 2 percent": the aside holding
    the main verb is no aside, and a participle has no subject of its own to repair."""
    text = "Norvale Corp, which makes pumps and valves, was the biggest loser on the index, falling 2.4 percent."
    assert predicates_of(nlp, text)["2.4 percent"] != "valves"
