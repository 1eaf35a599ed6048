"""Whose act and whose date: a date inside a relative clause with a doer of its own ("the retailer it acquired in
2004") is that clause's, not the date of an event outside it; "he" or "she" doing a deal is the person named just
before, not the story's company. Invented sentences."""

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
            "Halvern Stores said it will sell Orrin Outfitters Inc, the Canadian chain it acquired in 2004.",
            ("Halvern Stores", "sale", "Orrin Outfitters", None),
        ),
        (
            "Corbel Energy Corp will sell Dace Drilling Inc, the contractor it bought in 2015, to Pell Inc.",
            ("Corbel Energy", "sale", "Dace Drilling", None),
        ),
        (
            "Mirova Holdings agreed to sell Lune Radio Corp, a station group it built up in the 1990s, to Pell Inc.",
            ("Mirova", "sale", "Lune Radio", None),
        ),
    ],
)
def test_a_date_of_a_clause_with_its_own_doer_does_not_date_the_event(nlp, text, event):
    assert event in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Brandt Foods reported a loss. Ida Moretti, the activist investor, has criticized it for years. "
            "Last month she took a 5 percent stake in Orrin Dairy Inc.",
            ("Ida Moretti", "acquisition", "Orrin Dairy"),
        ),
        (
            "Brandt Foods reported a loss. Paul Brenner, a private investor, owns 9 percent of it. "
            "He also agreed to buy Tessaly Farms Inc for $40 million.",
            ("Paul Brenner", "acquisition", "Tessaly Farms"),
        ),
        (
            "Brandt Foods reported a loss. Maria Lindqvist, a former banker, is its largest holder. "
            "In 2019 she bought Pellow Mills Inc.",
            ("Maria Lindqvist", "acquisition", "Pellow Mills"),
        ),
    ],
)
def test_a_deal_done_by_he_or_she_is_the_persons(nlp, text, event):
    assert event in [e[:3] for e in events(nlp, text)]
