"""A fraction written in words in a metric is a percent share, with the fraction kept as its
equivalent (`facts/fraction_shares.py`, TRAPS.md: "nearly half" is 50 percent, equivalent 0.5). Sentences
written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract
from extractor.facts.fraction_shares import as_percent_share
from extractor.models import Quantity

PUBLISHED = dt.date(2012, 5, 3)


def shares_of(nlp, text):
    return [
        (f.value.amount, f.value.unit, [(e.amount, e.unit) for e in f.value.equivalents])
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "metric" and f.value is not None
    ]


@pytest.mark.parametrize(
    ("text", "amount", "fraction"),
    [
        ("Fenwick Power Corp gets roughly a third of its electricity from wind farms.", 33.33, 0.3333333333),
        ("More than two-thirds of Lisborne Bank's branches are in rural areas.", 66.67, 0.6666666667),
        ("Abroad, the Tarvos unit earned a fifth of Lindell Foods' revenue in 2011.", 20.0, 0.2),
    ],
)
def test_a_written_fraction_of_a_whole_is_a_percent_share(nlp, text, amount, fraction):
    found = shares_of(nlp, text)
    assert any(
        a == pytest.approx(amount) and unit == "percent" and (pytest.approx(fraction), None) in eqs
        for a, unit, eqs in found
    ), found


@pytest.mark.parametrize(
    ("surface", "amount", "kind", "expected"),
    [
        ("0.5", 0.5, "metric", (0.5, None, [])),  # digits: a number, not a fraction word
        ("third", 0.3333, "rank", (0.3333, None, [])),  # a rank's position is no share
        ("half", 0.5, "metric", (50.0, "percent", [(0.5, None)])),  # the share, with the fraction beside it
        ("three quarters", 0.75, "metric", (75.0, "percent", [(0.75, None)])),
        ("two-thirds", 0.6667, "change", (0.6667, None, [])),  # a change keeps the fraction as read
    ],
)
def test_only_a_fraction_word_of_a_metric_turns_into_percent(surface, amount, kind, expected):
    value = as_percent_share(Quantity(amount=amount, surface=surface), kind)
    assert (value.amount, value.unit, [(e.amount, e.unit) for e in value.equivalents]) == expected
