"""Money given per hour, per day or per week is a rate over time of what the clause measures, not a price of a
unit of goods (docs/DECISIONS.md, round 32 preds32): "wages that average $17 an hour" are the wages, "trading
losses averaged $3 million a day" the losses. Money per barrel, per tonne or per ounce stays a price. Sentences
written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2012, 5, 9)
OPENING = "Torvane Corp reported its results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "New hires at Torvane's plants get starting wages, which rise to $19 an hour after a year.",
            "$19 an hour",
            "wages",
        ),
        (
            "Torvane's trading losses averaged $3 million per day in the quarter.",
            "$3 million per day",
            "trading losses",
        ),
        (
            "Torvane said its gross fees reached $410,000 per week at the new terminal.",
            "$410,000 per week",
            "gross fees",
        ),
    ],
)
def test_money_per_time_unit_is_the_clause_measure(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Copper fell to $7,120 a tonne on the London exchange on Tuesday.", "$7,120 a tonne"),
        ("Torvane sold its crude at $88 a barrel in the quarter.", "$88 a barrel"),
        ("Gold rose to $1,610 an ounce in early trading.", "$1,610 an ounce"),
    ],
)
def test_money_per_physical_unit_stays_a_price(nlp, text, surface):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert "price" in (found.get(surface) or "").split(), found
