"""Money that an organization, a person or a country loses is the amount of its loss: a metric with no direction,
not a fall. A traded thing that loses money per unit, and a loss "in market value", still move. Sentences written
for this test, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2009, 2, 12)


def fact_for(nlp, text, amount):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.amount == amount]
    assert facts, f"no fact for {amount}"
    return facts[0]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Norvale Motors lost $3.4 billion in 2008 as demand for trucks collapsed.", 3.4e9),
        ("Kestrel Steel, which lost $870 million last year, plans to close two plants.", 8.7e8),
        ("Brisk Air said it lost 120 million euros in the fourth quarter on higher fuel costs.", 1.2e8),
        ("In the third quarter, Hemmet Bank lost $55 million in Asia.", 5.5e7),
    ],
)
def test_money_lost_is_a_loss(nlp, text, amount):
    fact = fact_for(nlp, text, amount)
    assert (fact.kind, fact.value.direction) == ("metric", None)
    assert "loss" in fact.predicate


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Shares of Norvale Motors lost $1.20 to $14.35 in early trading.", 1.2),
        ("Hemmet Bank lost $4 billion in market value on Tuesday as its shares slid.", 4e9),
        ("U.S. crude oil futures lost $2.10 to settle at $61.40 a barrel.", 2.1),
    ],
)
def test_traded_things_and_market_value_still_fall(nlp, text, amount):
    fact = fact_for(nlp, text, amount)
    assert (fact.kind, fact.value.direction) == ("change", "down")
