"""A company's previous outlook, guidance or forecast that a new one replaces ("up from its previous outlook of
$8.8 billion") is an earlier target of the same measure and period, not a past result and not a measure called
"previous outlook". Sentences written for this test, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 13)


@pytest.mark.parametrize(
    ("text", "amount", "predicate", "year"),
    [
        (
            "Kestrel Foods now expects full-year revenue of $9 billion to $9.2 billion, up from its earlier outlook "
            "of $8.8 billion to $9 billion.",
            8.9e9,
            "revenue",
            2012,
        ),
        (
            "Tamsin Labs raised its 2012 sales guidance to $3.1 billion, from its earlier guidance of $2.9 billion.",
            2.9e9,
            "sales",
            2012,
        ),
        (
            "Brindle Corp lowered its 2013 profit forecast to $400 million, down from its prior outlook of $450 "
            "million.",
            4.5e8,
            "profit",
            2013,
        ),
    ],
)
def test_a_replaced_outlook_is_an_earlier_target(nlp, text, amount, predicate, year):
    [fact] = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.amount == amount]
    assert predicate in fact.predicate and fact.modality == "target"
    assert fact.period is not None and fact.period.start.year == year
