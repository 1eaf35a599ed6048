"""periods13: a prediction with no period phrase of its own, after another figure of the same guidance ("expects
fiscal 2014 sales to grow 5 percent, reaching $12 billion", "predicts third-quarter sales will climb nearly 4
percent, pointing to turnover of some $850 million", "lowered its 2013 revenue forecast by $2.5 billion to $122
billion"), takes the period that dates that figure when the phrase comes before both. Not a figure of a clause
with a subject of its own ("..., and the lender is hiring three new members")."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


def _fact(nlp, body: str, amount: float):
    text = f" date 2013-04-24 Company news\n\nCHICAGO (Reuters) - {body}"
    [fact] = [f for f in extract(text, nlp=nlp) if f.value is not None and f.value.amount == amount]
    return fact


@pytest.mark.parametrize(
    ("body", "amount", "start", "end"),
    [
        (
            "Osler Retail Inc expects fiscal 2014 sales to grow 5 percent, reaching $12 billion.",
            12_000_000_000.0,
            D(2014, 1, 1),
            D(2014, 12, 31),
        ),
        (
            "Tamsin Foods Corp predicts third-quarter sales will climb nearly 4 percent, pointing to turnover of "
            "some $850 million.",
            850_000_000.0,
            D(2013, 7, 1),
            D(2013, 9, 30),
        ),
        (
            "Brindle Paper Inc raised its 2014 sales outlook by 2 percent to $3.1 billion.",
            3_100_000_000.0,
            D(2014, 1, 1),
            D(2014, 12, 31),
        ),
        (
            "Quillon Health Corp lowered its 2013 revenue forecast by $2.5 billion to $122 billion.",
            122_000_000_000.0,
            D(2013, 1, 1),
            D(2013, 12, 31),
        ),
    ],
)
def test_a_prediction_takes_the_period_of_the_guidance_before_it(nlp, body, amount, start, end):
    fact = _fact(nlp, body, amount)
    assert fact.modality in ("target", "forecast")
    assert fact.period is not None
    assert (fact.period.start, fact.period.end) == (start, end)


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Harwick Trust Corp said that by its 2014 annual meeting its board will keep at most four of its present "
            "members, and that the lender is hiring three new members.",
            3.0,
        ),
        (
            "Tessaly Mining Ltd expects 2014 output of 40,000 tonnes, and its partner will invest $200 million.",
            200_000_000.0,
        ),
    ],
)
def test_a_clause_with_its_own_subject_takes_no_period_from_the_list(nlp, body, amount):
    fact = _fact(nlp, body, amount)
    assert fact.period is None or fact.period.start is None
