"""The subject of a verb that names a flow (earn, export, produce, spend, sell), whose object is an amount, is
who earns or ships, not what is measured, even where no organization word names it ("the biggest rum
distiller exported 3.2 million liters": exports). A percentage moved ("shares lost 4 percent") and a business
unit's figures (FACTS.md) keep their subject. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2012, 5, 9)
OPENING = "Torvane Corp reported its results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "In the half, the region's biggest coffee roaster earned 88 million euros, or 14 cents a share.",
            "88 million euros",
            "earnings",
        ),
        (
            "In the half, the region's biggest coffee roaster earned 88 million euros, or 14 cents a share.",
            "14 cents",
            "earnings per share",
        ),
        (
            "Last year the island's biggest rum distiller exported 3.2 million liters to Europe.",
            "3.2 million liters",
            "exports",
        ),
        ("The new smelter is expected to produce 90,000 tonnes a year once it opens.", "90,000 tonnes", "production"),
        (
            "The typical holiday shopper spent $412 on gifts last season, a trade group survey found.",
            "$412",
            "spending",
        ),
    ],
)
def test_the_agent_of_a_flow_is_not_measured(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Shares of Keldor lost 4 percent in early trade.", "4 percent", "share price"),
        ("Torvane's packaging division earned $55 million in the quarter.", "$55 million", "packaging division"),
        (
            "Miners there spend four weeks on site, earning a monthly wage of 50,000 roubles.",
            "50,000 roubles",
            "wage",
        ),
    ],
)
def test_moves_and_units_keep_their_subject(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
