"""Moves of monetary policy (`facts/events_policy_moves.py`): a named central bank or government cutting or raising
interest rates, easing or tightening its policy, as the story's news; the object the instrument as written.
Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)  # a Friday


def moves(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [
        (f.subject, f.predicate, f.object)
        for f in facts
        if f.kind == "event" and f.predicate.startswith(("interest", "monetary"))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Reserve Bank of Ardania lowered its interest rates on Wednesday.",
            ("Reserve Bank of Ardania", "interest rate cut", "interest rates"),
        ),
        (
            "The National Bank of Kestria raised its benchmark lending rate by half a point late on Tuesday.",
            ("National Bank of Kestria", "interest rate increase", "benchmark lending rate"),
        ),
        (
            "The Reserve Bank of Ardania eased monetary policy again last week.",
            ("Reserve Bank of Ardania", "monetary easing", "monetary policy"),
        ),
        (
            "The Central Bank of Morvia decided on Thursday to hike its key rate for a third time.",
            ("Central Bank of Morvia", "interest rate increase", "key rate"),
        ),
        (
            "On Thursday the Central Bank of Morvia eased policy by enlarging its asset buying by 40 billion crowns.",
            ("Central Bank of Morvia", "monetary easing", "asset buying"),
        ),
    ],
)
def test_a_named_bank_moving_its_instrument(nlp, text, expected):
    assert expected in moves(nlp, text)


def test_a_dated_cut_takes_its_day(nlp):
    facts = extract("The Reserve Bank of Ardania slashed interest rates on Tuesday.", published=PUBLISHED, nlp=nlp)
    (cut,) = [f for f in facts if f.kind == "event" and f.predicate == "interest rate cut"]
    assert (cut.period.start, cut.modality) == (dt.date(2021, 3, 9), "actual")


@pytest.mark.parametrize(
    "text",
    [
        "Talbot Savings Bank cut mortgage rates for first-time buyers.",  # a lender's own price
        "Slower price growth leaves policymakers with space to trim rates.",  # no move, no named doer
        "The Reserve Bank of Ardania could raise rates as soon as May.",  # guessed
        "The Reserve Bank of Ardania is expected to cut rates next month.",  # predicted by others
        "The Reserve Bank of Ardania did not change interest rates in March.",  # no move verb, denied
        "Heavy demand at the auction lowered rates on municipal notes.",  # a market price, no named doer
        "Lawmakers in Kestria raised tax rates on tobacco.",  # another rate
        "The Reserve Bank of Ardania eased policy twice in the autumn.",  # a bare policy word, no means told
        "Swap prices imply better odds the Reserve Bank of Ardania trims rates in June.",  # a conjecture's clause
        "The Reserve Bank of Ardania has dropped no hint that it will tighten monetary policy soon.",  # future
        "Talbot Savings Bank said the central bank had lowered its lending rate, so it cut its own rates.",
        "During 2012 the Reserve Bank of Ardania lowered its main rate in three steps, to 0.25 percent.",  # history
        "The National Bank of Kestria has trimmed its key rate four times since August.",  # a running total, background
    ],
)
def test_no_policy_move(nlp, text):
    assert moves(nlp, text) == []
