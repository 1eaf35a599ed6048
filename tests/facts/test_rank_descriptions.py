"""Ranks without a stated field: an ordinal superlative in apposition to a name, and what a ranking verb
calls its subject. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def ranks_of(nlp, text):
    return [
        (f.subject, f.predicate, f.value.amount)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "rank" and f.value is not None
    ]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Kestrel Air Inc, the third-biggest airline behind Pollard Airlines, posted a profit.",
            ("Kestrel Air", "airlines", 3.0),
        ),
        (
            "Profit at Varden Bank Corp, the second-largest lender after Ostler Bank, fell in June.",
            ("Varden Bank", "lenders", 2.0),
        ),
        (
            "Halvern Steel Co, the fourth-biggest steelmaker behind three Asian rivals, cut output.",
            ("Halvern Steel", "steelmakers", 4.0),
        ),
    ],
)
def test_an_ordinal_superlative_in_apposition_ranks_the_name(nlp, text, rank):
    assert rank in ranks_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "The venture Varden Asset Management Co is ranked the biggest foreign lender by assets.",
            ("Varden Asset Management", "foreign lenders", 1.0),
        ),
        ("Ostler Bank Corp ranks as the third-largest lender by deposits.", ("Ostler Bank", "lenders", 3.0)),
        ("Marden Foods Inc was ranked the second-biggest baker last year.", ("Marden Foods", "bakers", 2.0)),
    ],
)
def test_what_a_ranking_verb_calls_its_subject_is_a_rank(nlp, text, rank):
    assert rank in ranks_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Air Inc said the third-largest risk was fuel.",
        "Halvern Steel Co said its second-biggest problem was the weak yen.",
        "Varden Bank Corp ranked the proposal as a low priority.",
    ],
)
def test_a_superlative_of_no_organization_is_no_rank(nlp, text):
    assert ranks_of(nlp, text) == []
