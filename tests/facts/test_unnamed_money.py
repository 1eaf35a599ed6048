"""Money whose sentence names no measured noun before it: the noun after a bracketed equivalent, and the
verb that says what the money is. Sentences written for these tests with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def predicate_of(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None]
    matches = [f for f in facts if f.value.surface == surface]
    assert matches, f"no fact for {surface!r} in {[(f.predicate, f.value.surface) for f in facts]}"
    return matches[0].predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Norvale Corp agreed to pay 300 million euros ($410 million) in penalties.", "300 million euros", "penalties"),
        ("The Kestrel Group received 80 million yuan ($12.6 million) in grants.", "80 million yuan", "grants"),
        ("Oskarsson booked 2.2 billion crowns (£190 million) in writedowns.", "2.2 billion crowns", "writedowns"),
    ],
)
def test_noun_after_a_bracketed_equivalent(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("The government will inject $4 billion into Harlow Bank, officials said.", "$4 billion", "capital injection"),
        ("Regulators ordered Polder Bank to pay $30 million.", "$30 million", "payment"),
        ("Pell Energy paid $1.2 billion for the oil fields last year.", "$1.2 billion", "price paid for oil fields"),
        ("Brightwater returned $2.1 billion to its shareholders in 2018.", "$2.1 billion", "cash returned"),
        ("Harwick Bank will repay $700 million to the treasury next month.", "$700 million", "repayment"),
    ],
)
def test_money_named_by_its_verb(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate
