"""A figure whose "of" the parse hangs inside a qualifier of the measure (facts/qualified_measures.py, docs/DECISIONS.md
"Predicates, round 24"): "net income from remaining operations of $1.10", "a profit excluding special items of 63 cents
a share" and "earnings, excluding charges, of 20 cents" size the income, the profit or the earnings, never the
operations, items or charges the qualifier names; a qualifier noun with a size of its own ("contracts of $2 million
apiece") keeps its figure. Sentences written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import fact_with_surface

OPENING = "Hallmore Tools Corp said on Thursday its fourth-quarter revenue climbed 8 percent, reaching $900 million.\n"


def predicate_of(nlp, text, surface):
    fact = fact_with_surface(nlp, OPENING + text, surface, title="Hallmore quarterly results", published="2010-02-04")
    return fact.predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("The toolmaker booked net income from remaining operations of $70 million.", "$70 million", "net income"),
        (
            "Over the spring quarter it posted an operating loss from ongoing operations of 5 cents per share.",
            "5 cents",
            "operating loss per share",
        ),
        ("Hallmore booked a profit excluding special items of 63 cents a share.", "63 cents", "earnings per share"),
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
        # a qualifier noun that sets nothing aside has a size of its own: per item, or a rate
        ("Fees from contracts of $2 million apiece filled most of its order book.", "$2 million", "contracts"),
        ("Production from quarries of 4 million tonnes a year held flat.", "4 million tonnes", "quarries"),
        ("Rental income from leases of $3 million each climbed 2 percent.", "$3 million", "leases"),
        # an "of" on a noun after a qualifier of no measure is that noun's own figure
        ("Apart from a fleet of 40 trucks, the unit owns two depots.", "40", "trucks"),
    ],
)
def test_figures_outside_the_construction_keep_their_reading(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate
