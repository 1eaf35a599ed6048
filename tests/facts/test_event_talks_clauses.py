"""A deal verb in the to-clause of talks names what is negotiated, not a deal done, also where the parser hangs
the to-clause on the clause's verb after a modifier or a with-phrase ("is in final talks to sell X", "entered
into exclusive negotiations with its lenders to sell X"): the deal's word with the talks noun ("sale talks"), and
no acquisition for the party the sale would go to (`facts/talks_clauses.py`). Sentences written for these tests,
with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2022, 5, 11)
FIELDS = ("subject", "predicate", "object", "modality")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Kestrel Corp has entered into exclusive negotiations with its lenders to sell Brandt Holdings.",
            ("Kestrel", "sale negotiations", "Brandt Holdings", "actual"),
        ),
        (
            "Kestrel Corp launched formal talks on Tuesday to buy Brandt Holdings.",
            ("Kestrel", "acquisition talks", "Brandt Holdings", "actual"),
        ),
        (
            "Kestrel Corp is in advanced discussions to sell its Vantor software unit to Brandt Holdings.",
            ("Kestrel", "sale discussions", "Vantor", "actual"),
        ),
        (
            "Kestrel Corp remains in early negotiations with two bidders to sell Brandt Holdings.",
            ("Kestrel", "sale negotiations", "Brandt Holdings", "actual"),
        ),
        (
            "Kestrel Corp was in advanced talks last week to acquire Brandt Holdings.",
            ("Kestrel", "acquisition talks", "Brandt Holdings", "actual"),
        ),
    ],
)
def test_a_deal_under_talks_is_talks(nlp, text, event):
    found = events_in(nlp, text, PUBLISHED, FIELDS)
    assert event in found
    assert not [e for e in found if e[1] in ("acquisition", "sale")], found  # no deal done, no buyer's purchase


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Kestrel Corp agreed to sell its Vantor software unit to Brandt Holdings.",
            ("Brandt Holdings", "acquisition", "Vantor", "actual"),
        ),
        (  # the talks are another clause's, not the sale's
            "Kestrel Corp, which is in talks with its unions, plans to sell Brandt Holdings.",
            ("Kestrel", "sale", "Brandt Holdings", "target"),
        ),
        (  # talks that came before the deal
            "After months of talks, Kestrel Corp agreed to buy Brandt Holdings.",
            ("Kestrel", "acquisition", "Brandt Holdings", "actual"),
        ),
        (
            "Kestrel Corp broke off talks and decided to buy Brandt Holdings instead.",
            ("Kestrel", "acquisition", "Brandt Holdings", "actual"),
        ),
    ],
)
def test_a_deal_beside_talks_stays_a_deal(nlp, text, event):
    assert event in events_in(nlp, text, PUBLISHED, FIELDS)
