"""periods5: a figure in a relative clause told in the present ("which owns 52 hospitals", "which holds a 12
percent stake") is a state at publication; a period phrase of the main clause does not date it."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date
PUBLISHED = D(2012, 3, 29)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Norvale Group, which controls about 30 percent of the salt market, bought a rival in May.", 30.0),
        ("Kessling Hotels, which has 240 hotels across Europe, agreed in January to be bought by Pellam Group.", 240.0),
        ("Tarrow Bank, which holds a 12 percent stake in the insurer, sold bonds worth $2 billion in March.", 12.0),
    ],
)
def test_a_present_relative_clause_is_a_state_at_publication(nlp, text, amount):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None and f.value.amount == amount]
    assert [(f.period, f.as_of) for f in facts] == [(None, PUBLISHED)]


def test_a_phrase_on_the_relative_clause_noun_still_dates_it(nlp):
    text = "Brassell Mining said its first-quarter forecast, which is now $1.2 billion, looked cautious."
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None]
    assert [(f.period.start, f.period.end) for f in facts if f.value.amount == 1_200_000_000.0 and f.period] == [
        (D(2012, 1, 1), D(2012, 3, 31))
    ]
