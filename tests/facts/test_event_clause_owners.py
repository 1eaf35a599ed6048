"""Whose date: a date inside a relative clause with a doer of its own ("a gear maker it took over in 2011") is that
clause's, not the date of an event outside it. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)


def events(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [
        (f.subject, f.predicate, f.object, str(f.period.start) if f.period else None)
        for f in facts
        if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Halvern Stores plans to sell Orrin Outfitters Inc, a camping-gear maker it took over in 2011.",
            ("Halvern Stores", "sale", "Orrin Outfitters", None),
        ),
        (
            "Corbel Energy Corp will sell Dace Drilling Inc, the contractor it bought in 2015, to Pell Inc.",
            ("Corbel Energy", "sale", "Dace Drilling", None),
        ),
        (
            "Mirova Holdings agreed to sell Lune Radio Corp, a station group it built up in the 1990s, to Pell Inc.",
            ("Mirova Holdings", "sale", "Lune Radio", None),
        ),
    ],
)
def test_a_date_of_a_clause_with_its_own_doer_does_not_date_the_event(nlp, text, event):
    assert event in events(nlp, text)
