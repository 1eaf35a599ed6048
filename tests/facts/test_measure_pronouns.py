"""A pronoun subject ("it", "they") of a bare move in a clause joined to one whose subject is a measure stands
for that measure ("profit rose 3 percent in insurance, while it was up 44 percent in banking"), not for the
place or business after "in"; a pronoun of a verb with an object or of "worth" is left alone. Sentences
written for these tests, with invented names."""

import pytest

from tests.facts.surface_facts import predicates_of


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Operating profit at Ventora Corp's insurance arm rose 3 percent, whereas it was up 44 percent in "
            "asset management.",
            "44 percent",
            "operating profit",
        ),
        (
            "Underlying income at Calder Bank fell 7 percent in retail banking, but it was up 15 percent in "
            "consumer lending.",
            "15 percent",
            "underlying income",
        ),
        (
            "Net revenue at Osterley Re fell 4 percent in reinsurance, while it jumped 2 percent in "
            "investment banking.",
            "2 percent",
            "net revenue",
        ),
    ],
)
def test_a_pronoun_stands_for_the_measure_before(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Ventora Corp's revenue rose 5 percent and it paid $2 billion in dividends.", "$2 billion", "dividends"),
        ("Ventora Corp's revenue rose 5 percent, while it cut 300 jobs.", "300", "jobs cut"),
    ],
)
def test_a_pronoun_with_an_object_keeps_its_reading(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


def test_a_pronoun_worth_a_sum_is_no_move_of_the_measure(nlp):
    text = "Ventora Corp's revenue rose 5 percent, while it was worth $3 billion."
    assert predicates_of(nlp, text)["$3 billion"] != "revenue"
