"""A figure whose "of" the parse hangs inside a qualifier of the measure (facts/qualified_measures.py, docs/DECISIONS.md
"Predicates, round 24"): "earnings from continuing operations of $1.10", "profit excluding items of 37 cents a share"
and "earnings, excluding charges, of 20 cents" size the earnings or the profit, never the operations, items or
charges the qualifier names. Sentences written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import fact_with_surface

OPENING = "Hallmore Tools Corp said on Thursday its fourth-quarter revenue rose 8 percent to $900 million.\n"


def predicate_of(nlp, text, surface):
    fact = fact_with_surface(nlp, OPENING + text, surface, title="Hallmore quarterly results", published="2010-02-04")
    return fact.predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("The toolmaker posted earnings from continuing operations of $70 million.", "$70 million", "earnings"),
        (
            "It sees a loss from continuing operations of 5 cents a share in the first quarter.",
            "5 cents",
            "loss per share",
        ),
        ("Hallmore reported profit excluding items of 37 cents a share.", "37 cents", "earnings per share"),
        (
            "Hallmore expects full-year earnings, excluding charges, of $2.10 a share.",
            "$2.10",
            "earnings per share",
        ),
    ],
)
def test_the_measure_before_its_qualifier_is_measured(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # a qualifier noun that is itself a measure keeps the figure
        ("Growth came from sales of $40 million at its new stores.", "$40 million", "sales"),
        ("Operating profit excluding charges of $12 million fell.", "$12 million", "charges"),
        # a determined noun in the qualifier has a figure of its own
        (
            "For the year it sees profit of $1.40 a share, including a tax credit of 6 cents a share.",
            "6 cents",
            "tax credit per share",
        ),
        # "before" stays with the deduction reading, which names the whole phrase
        (
            "The unit had earnings before interest and taxes of $3 million.",
            "$3 million",
            "earnings before interest and taxes",
        ),
        # an "of" on a noun after a qualifier of no measure is that noun's own figure
        ("Apart from a fleet of 40 trucks, the unit owns two depots.", "40", "trucks"),
    ],
)
def test_figures_outside_the_construction_keep_their_reading(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate
