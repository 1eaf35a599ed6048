"""An amount that a verb of trade takes as its object, of a named good, measures that flow of the good
("bought 50,000 tonnes of barley" -> "barley purchases"), not the good alone nor the bare flow. Verbs of money
results ("lost $2 billion of value") and unnamed goods ("of the total") keep their own readings. Sentences
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
            "Morvia bought 50,000 tonnes of barley from Black Sea suppliers last month.",
            "50,000 tonnes",
            "barley purchases",
        ),
        ("Torvane sold $750 million of senior notes on Wednesday.", "$750 million", "senior note sales"),
        ("The treasury plans to issue 4 billion euros of bonds by June.", "4 billion euros", "bond issue"),
        ("Torvane must repay about $900 million of its term loans next year.", "$900 million", "term loan repayments"),
        (
            "Keldor's refineries imported 12 million barrels of crude from West Africa.",
            "12 million barrels",
            "crude imports",
        ),
        (
            "Under the plan, member states will release 20 million barrels of oil over two months.",
            "20 million barrels",
            "oil release",
        ),
    ],
)
def test_an_amount_of_a_traded_good_measures_its_flow(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torvane spent $300 million of its cash on the new mill.", "$300 million", "spending"),
        ("Torvane generated $40 million of revenue from the new line.", "$40 million", "revenue"),
        (
            "Keldor plans to buy back $250 million of its convertible bonds.",
            "$250 million",
            "convertible bonds repurchased",
        ),
    ],
)
def test_no_traded_good_keeps_its_reading(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torvane bought $500 million of its own shares in the quarter.", "$500 million", "share repurchases"),
        ("Keldor will purchase up to $1 billion of its own stock over two years.", "$1 billion", "share repurchases"),
        ("Keldor bought $80 million of its own bonds in the open market.", "$80 million", "bonds repurchased"),
    ],
)
def test_buying_its_own_goods_is_a_repurchase(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
