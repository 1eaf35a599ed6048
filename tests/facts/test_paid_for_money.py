"""Money paid "for" something is the price paid for it, whether the parse hangs "for" on the paying verb or
on the money itself: sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 3, 5)


def predicates(nlp, text):
    return [f.predicate for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "metric"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norvale Corp paid about $200 million for stakes in two grocery chains.", "price paid for stakes"),
        ("Brindle Telecom will pay 400 million euros for the mobile licences.", "price paid for mobile licences"),
        ("Last month Ostrava Steel paid 90 million euros for the rights to two ore deposits.", "price paid for rights"),
        ("Halvard Group said it paid roughly $75 million for a fleet of 30 barges.", "price paid for fleet"),
    ],
)
def test_money_paid_for_a_thing_is_its_price(nlp, text, expected):
    assert expected in predicates(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel Foods agreed to pay $1.2 billion for Ostrava Mills.", "acquisition price"),
        ("Pollard Inc paid $35 million for 20 percent of Halden Mills.", "price paid for stake"),
        ("Varden Bank will pay $60 million to settle the claims.", "payment"),
    ],
)
def test_money_paid_for_a_company_or_for_nothing_named_keeps_its_reading(nlp, text, expected):
    assert expected in predicates(nlp, text)
