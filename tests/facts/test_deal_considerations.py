"""What holders of a company's shares get for each share in a deal ("stockholders will receive $41.50 in cash per
share", "an offer that gives shareholders $18 for every share they own") is the deal's price per share, an agreed
term: actual, whatever the tense (`deal_considerations.paid_per_share`). A dividend per share and a total paid are
no such price. Sentences written for these tests."""

import pytest

from tests.facts.outlook_facts import fact_with_amount as _fact


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Halvern Corp agreed to buy Tosca Systems. Under the merger agreement, Tosca stockholders will receive "
            "$41.50 in cash per share.",
            41.5,
        ),
        ("Halvern Corp made an offer that gives Brisket Foods shareholders $18 for every share they own.", 18),
        (
            "Under the takeover terms agreed with Rowan Group, holders of Pelican Mills stock will get 9.20 euros a "
            "share in cash.",
            9.2,
        ),
    ],
)
def test_what_holders_get_per_share_in_a_deal_is_its_price(nlp, text, amount):
    fact = _fact(nlp, text, amount)
    assert (fact.predicate, fact.modality) == ("acquisition price per share", "actual")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tosca Systems shareholders will receive a special dividend of 50 cents per share next month.", 0.5),
        ("Tosca Systems said its shareholders will receive $3 a share in special dividends this year.", 3),
        (
            "Halvern Corp agreed to buy Tosca Systems. Under the deal, Tosca stockholders will receive $2 billion "
            "in cash.",
            2e9,
        ),
    ],
)
def test_dividends_and_totals_are_no_price_per_share(nlp, text, amount):
    assert _fact(nlp, text, amount).predicate != "acquisition price per share"
