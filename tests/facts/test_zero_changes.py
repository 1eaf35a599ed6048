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
        ("Orders at Velmora Tools Inc were unchanged from the same month a year earlier, the company said.", "orders"),
        ("Tarvos Corp said it expects 2013 revenue to be flat.", "revenue"),
        # a second verb of the same subject
        ("Pelham Logistics Inc said freight volume dipped in April and then stayed flat in May.", "freight volume"),
        ("Kestrel Mining said its output remained essentially unchanged last year.", "output"),
    ],
)
def test_a_measure_stated_unchanged_is_a_zero_change(nlp, text, predicate):
    assert any(p == predicate for _, p in zero_changes(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ostrland's key lending rate remains unchanged at 2.75 percent after Tuesday's meeting.",  # the level
        "Stock of Dravik Corp was flat at 418 pence in late trading.",
        "Brockway Inc charges a flat fee of $10 for each transfer.",  # an adjective before its noun
        "Selwyn Corp said its forecast for the year remained unchanged.",  # a prediction kept
        "Ostrava Corp's revenue, which was flat, reached $4 billion.",  # a relative pronoun names nothing
        "Home prices in Kelvaria were unchanged in seven of its 20 regions, the statistics office said.",  # where
    ],
)
def test_no_zero_change_without_a_bare_linking_statement(nlp, text):
    assert zero_changes(nlp, text) == []
