"""A gain sized in money is a profit item's level, not a rise (round 24): sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2016, 10, 26)


def facts(nlp, text):
    return [
        (f.kind, f.predicate, f.value.amount, f.value.unit, f.value.direction)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind in ("metric", "change") and f.value is not None
    ]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Halvard Mills also booked a gain of $61.2 million from settling a dispute with its insurers.", 61_200_000.0),
        (
            "The prior-year quarter at Pellow Shipping held a one-off gain of $8.4 million from discontinued lines.",
            8_400_000,
        ),
        ("Leaving aside a gain of $1.15 a share on the sale of its cement arm, Tarvik Group earned 40 cents.", 1.15),
        (
            "Brisco Energy recorded gains of 320 million euros on the disposal of two pipelines last quarter.",
            320_000_000,
        ),
    ],
)
def test_a_gain_of_money_is_a_metric_of_the_gain(nlp, text, amount):
    found = [f for f in facts(nlp, text) if f[2] == pytest.approx(amount)]
    assert found, facts(nlp, text)
    kind, predicate, _, _, direction = found[0]
    assert (kind, direction) == ("metric", None)
    assert "gain" in predicate


def test_a_per_share_restatement_of_the_gain_is_a_metric_too(nlp):
    text = "A tax refund handed Ostler Corp a gain of $90 million, or roughly 35 cents a share, last quarter."
    per_share = [f for f in facts(nlp, text) if f[2] == pytest.approx(0.35)]
    assert per_share and per_share[0][0] == "metric" and per_share[0][4] is None, facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "amount", "direction"),
    [
        # precision probes: a gain in something, a percent gain and a traded price's gain still move
        ("Quillon Retail posted a gain of $200 million in online revenue during the quarter.", 200_000_000, "up"),
        ("Ferrex Tools Inc posted a 7 percent gain in sales in the third quarter.", 7.0, "up"),
        ("Kestrel Foods stock posted a gain of 45 cents on Friday.", 0.45, "up"),
    ],
)
def test_a_gain_in_something_a_percent_gain_or_a_share_gain_still_moves(nlp, text, amount, direction):
    found = [f for f in facts(nlp, text) if f[2] == pytest.approx(amount)]
    assert found and found[0][0] == "change" and found[0][4] == direction, facts(nlp, text)
