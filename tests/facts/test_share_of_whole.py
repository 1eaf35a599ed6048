"""A part's share of a whole (measures._share_of_whole, docs/DECISIONS.md): "exports account for 40 percent of
output", "spending, which makes up 70 percent of the economy", "online orders represented 22 percent of revenue"
-- the percent is the subject's share of the whole, written "<part> share of <whole>" (the gold's "consumer
spending share of economic activity"), or "share of <whole>" when the subject names no measure. Sentences
written for these tests, invented names (countries are real: spaCy must label them as places)."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def predicate_of(nlp, text, surface):
    return fact_with_surface(nlp, text, surface, title="Business news", published="2011-04-20").predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Copper exports account for about 40 percent of Chile's economic output.",
            "40 percent",
            "copper exports share of economic output",
        ),
        (
            "Kestrel Foods said its frozen foods unit accounts for 13 percent of group sales.",
            "13 percent",
            "frozen foods unit share of group sales",
        ),
        (
            "Consumer spending, which makes up 70 percent of Peru's economy, rose 1.2 percent in May.",
            "70 percent",
            "consumer spending share of economy",
        ),
        (
            "Kestrel Foods said online orders represented 22 percent of its revenue last year.",
            "22 percent",
            "online orders share of revenue",
        ),
        (
            "Kestrel Foods accounts for 15 percent of the country's frozen food market.",
            "15 percent",
            "share of frozen food market",
        ),
    ],
)
def test_a_part_of_a_whole_is_its_share(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Kestrel Foods made 40 percent of its sales abroad last year.", "40 percent", "share of sales"),
        (
            "Tamsin Retail accounts for 9 percent of the country's clothing sales.",
            "9 percent",
            "share of clothing sales",
        ),
        (
            "Orlen Mills Inc, which makes 35 percent of the region's flour, raised prices.",
            "35 percent",
            "share of flour",
        ),
    ],
)
def test_a_company_or_a_verb_of_making_names_no_part(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate
