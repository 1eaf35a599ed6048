"""A relative pronoun that is the subject of a clause embedded in a relative clause stands for the noun the
relative clause modifies (measures_clauses.embedded_antecedent, docs/DECISIONS.md): "electricity bills, which
management believes will climb 20 percent" measures the electricity bills. Stories written for these tests,
invented company names."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def predicate_of(nlp, text: str, surface: str) -> str:
    return fact_with_surface(nlp, text, surface, title="Company news", published="2012-03-14").predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Brenlow is hedging its electricity bills, which management believes will climb 20 percent "
            "over the winter.",
            "20 percent",
            "electricity bills",
        ),
        (
            "Talvex warned about raw material costs, which it said had doubled since March.",
            "doubled",
            "raw material costs",
        ),
        (
            "Orvin Corp is struggling with steel costs, which analysts estimate will jump 15 percent this year.",
            "15 percent",
            "steel costs",
        ),
    ],
)
def test_pronoun_of_an_embedded_clause_stands_for_the_noun(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


def test_plain_relative_clause_unchanged(nlp):
    text = "Talvex said licensing fees, which rose 12 percent to $300 million, helped the quarter."
    assert predicate_of(nlp, text, "12 percent") == "licensing fees"
