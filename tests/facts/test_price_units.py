"""A price per physical unit ("$97 a barrel", "$1,650 an ounce") is a fact value in the plain currency, as FACTS.md's
gold writes prices; `extract quantities` keeps the rate unit. Sentences written for this test, invented names."""

import datetime as dt

import pytest

from extractor import extract
from extractor.mentions.quantities import quantities_for_text

PUBLISHED = dt.date(2012, 3, 14)


@pytest.mark.parametrize(
    ("text", "amount", "unit", "rate_unit"),
    [
        (
            "Norvale Mining said it sold copper at an average of $8,420 a tonne in the quarter.",
            8420,
            "USD",
            "USD_per_tonne",
        ),
        (
            "Kestrel Gold Corp said its cash cost rose to $712 an ounce in the second quarter.",
            712,
            "USD",
            "USD_per_ounce",
        ),
        ("Larvik Shipping said it now pays about 640 euros per tonne of bunker fuel.", 640, "EUR", "EUR_per_tonne"),
        ("Tamsin Oil expects to receive $96 a barrel for its crude next year.", 96, "USD", "USD_per_barrel"),
    ],
)
def test_price_per_unit_is_plain_currency_in_facts(nlp, text, amount, unit, rate_unit):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.amount == amount]
    assert facts, f"no fact for {amount}"
    assert {f.value.unit for f in facts} == {unit}
    shown = [q for q in quantities_for_text(text, nlp) if q["amount"] == amount]
    assert shown and shown[0]["unit"] == rate_unit


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("Egypt bought 180,000 metric tons of wheat from Black Sea suppliers on Tuesday.", 180000, "metric_ton"),
        ("Norvale Mining produced 2.1 million metric tons of copper concentrate in 2010.", 2.1e6, "metric_ton"),
        ("Australia harvested 64 million tonnes of grain in 2010, the farm ministry said.", 6.4e7, "tonne"),
    ],
)
def test_a_physical_unit_keeps_its_written_name(nlp, text, amount, unit):
    facts = [f for f in extract(text, published=dt.date(2011, 3, 1), nlp=nlp) if f.value and f.value.amount == amount]
    assert facts and facts[0].value.unit == unit
