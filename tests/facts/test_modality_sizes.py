"""A participle that gives a noun its size ("charges totaling $300 million", "losses surpassing 2 billion crowns")
is part of the noun (`modality_sizes.sizes_its_noun`): the figure takes the modality of the clause the noun stands
in, a plan or prediction as much as a result. A participle of movement ("with Tarrow climbing 8 percent") and a
sizing one after "with" still state their own fact. Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2015, 3, 12)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Halbrook Mills Inc said it expects to book restructuring charges totaling $140 million.", 1.4e8),
        ("Corvane Steel Corp warned that a long walkout might produce losses surpassing 2 billion crowns.", 2e9),
        ("Ostrey Freight Ltd will take writedowns amounting to 90 million euros, it said on Monday.", 9e7),
        ("Delmont Paper Co warned the mill closures would leave it with a pension gap approaching $600 million.", 6e8),
    ],
)
def test_a_sized_noun_in_a_planned_clause_is_planned(nlp, text, amount):
    facts = extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Halbrook Mills Inc booked restructuring charges totaling $140 million in the fourth quarter.", 1.4e8),
        ("Corvane Steel Corp said it would close two mills, with severance costs topping $80 million last year.", 8e7),
        ("Ostrey Freight Ltd will expand its fleet, with revenue climbing 9 percent last year.", 9),
    ],
)
def test_a_done_size_or_a_with_phrase_stays_actual(nlp, text, amount):
    facts = extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.modality == "actual"
