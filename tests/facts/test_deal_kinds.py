"""Money that sizes a generic deal noun is an acquisition's price only when the deal buys or sells a business
(deal_kinds.py): a tax, bailout or rescue deal is named as the deal it is; a deal to buy, or a deal a purchase is
made in, keeps "acquisition price". Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2011, 6, 15)
OPENING = "Torvane Corp and its lenders met in the capital on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("The $310 billion tax deal cleared the Senate late on Monday.", "$310 billion", "tax deal"),
        (
            "Norland's 90-billion-euro bailout deal came with tough conditions for its banks.",
            "90-billion-euro",
            "bailout deal",
        ),
        (
            "Parliament will vote next week on a $45 billion stimulus deal for the regions.",
            "$45 billion",
            "stimulus deal",
        ),
        ("Kelvo Bank had to be saved by the state in a $60 billion deal in October.", "$60 billion", "deal"),
    ],
)
def test_money_of_a_deal_that_buys_no_business_names_the_deal(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torvane signed a $3.1 billion deal in March to acquire Quillby Inc.", "$3.1 billion", "acquisition price"),
        ("Brexa bought the Kelvo chain in 2009 in a $2.4 billion deal.", "$2.4 billion", "acquisition price"),
        ("Torvane said its $7 billion deal would be completed in the spring.", "$7 billion", "acquisition price"),
        ("Torvane agreed in May to a $900 million takeover of Quillby.", "$900 million", "acquisition price"),
    ],
)
def test_a_deal_that_may_buy_a_business_keeps_its_price(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
