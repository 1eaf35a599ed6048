"""A measure a linking verb calls unchanged or flat, with no figure after it, is a change of 0 percent
(`mentions/quantities/zero_changes.py`; TRAPS.md: the actual "unchanged" is a 0 percent change). Sentences
written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 3)


def zero_changes(nlp, text):
    return [
        (f.subject, f.predicate)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "change" and f.value is not None and f.value.amount == 0.0 and f.value.unit == "percent"
    ]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        (
            "Pellam Corp said same-store sales at its superstores in the quarter were unchanged from a year ago.",
            "same-store sales",
        ),
        ("Tarvos Corp said it expects 2013 revenue to be flat.", "revenue"),
        ("Excluding fuel, Marlow Inc's profit fell 5 percent in Canada and was flat in Britain.", "profit"),
        ("Kestrel Mining said its output remained essentially unchanged last year.", "output"),
    ],
)
def test_a_measure_stated_unchanged_is_a_zero_change(nlp, text, predicate):
    assert any(p == predicate for _, p in zero_changes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Halvard central bank kept interest rates unchanged at 1 percent.",  # the level is the fact
        "Shares in Quillon Corp closed flat at 2,265 yen.",
        "Brockway Inc charges a flat fee of $10 for each transfer.",  # an adjective before its noun
        "Pellam Corp said that forecast was unchanged from January.",  # a prediction kept
        "Ostrava Corp's revenue, which was flat, reached $4 billion.",  # a relative pronoun names nothing
        "Jobless rates rose in 28 Norvanian states and were unchanged in 11 states.",  # a count of places
    ],
)
def test_no_zero_change_without_a_bare_linking_statement(nlp, text):
    assert zero_changes(nlp, text) == []
