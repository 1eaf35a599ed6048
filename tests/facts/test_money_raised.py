"""Money a funding verb takes as its object is money obtained: a metric "funds raised" with no direction, not a
rise; a fee raised "by" an amount still moves. Sentences written for this test, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 11, 20)


def fact_for(nlp, text, amount):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.amount == amount]
    assert facts, f"no fact for {amount}"
    return facts[0]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Kestrel Capital raised $2 billion from investors for its third buyout fund.", 2e9),
        ("Norvale Foods raised $500 million by selling bonds due in 2020.", 5e8),
        ("Hemmet Bank intends to raise as much as 3 billion euros next year to buy assets.", 3e9),
    ],
)
def test_money_raised_is_obtained(nlp, text, amount):
    fact = fact_for(nlp, text, amount)
    assert (fact.kind, fact.value.direction) == ("metric", None)
    assert "funds" in fact.predicate or "capital" in fact.predicate


@pytest.mark.parametrize(
    ("text", "amount", "predicate"),
    [
        ("Brisk Air raised its baggage fee by $5 to $30 a bag.", 5, "fee"),
        ("Norvale Foods raised its dividend by 10 percent to 44 cents a share.", 10, "dividend"),
    ],
)
def test_a_price_raised_by_an_amount_moves(nlp, text, amount, predicate):
    fact = fact_for(nlp, text, amount)
    assert (fact.kind, fact.value.direction) == ("change", "up") and predicate in fact.predicate
