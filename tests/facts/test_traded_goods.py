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


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torvane says it has sold roughly $2.5 billion in assets since January.", "$2.5 billion", "asset sales"),
        (
            "The central bank is buying $40 billion in government bonds each month.",
            "$40 billion",
            "government bond purchases",
        ),
        (
            "Keldor bought nearly $900 million worth of corporate debt last year.",
            "$900 million",
            "corporate debt purchases",
        ),
        (
            "Torvane has begun divesting $3.5 billion of non-core assets.",
            "$3.5 billion",
            "non-core asset divestments",
        ),
        (
            "Keldor plans to divest about 2 billion euros in real estate holdings by 2014.",
            "2 billion euros",
            "real estate holding divestments",
        ),
    ],
)
def test_money_in_or_worth_of_a_traded_good_measures_its_flow(nlp, text, surface, predicate):
    """ "sold $2 billion in assets", "bought $900 million worth of debt" (round 34 preds34): the same flow as
    "of"; the compound names the good and the flow, so either head a reader takes is there."""
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torvane sold $5 million in the quarter.", "$5 million", "sales"),  # a time, not a good
        ("Torvane sold $40 million in its home market.", "$40 million", "sales"),  # a place
        ("Over the half Keldor bought back $700 million in shares.", "$700 million", "share repurchases"),
        (
            "Torvane raised $300 million in its initial public offering.",
            "$300 million",
            "ipo proceeds",
        ),  # no trade verb
        ("Keldor invested $2 billion in new plants.", "$2 billion", "investment in plants"),
    ],
)
def test_money_in_what_is_no_traded_good_keeps_its_reading(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
