"""Vague counts of a crowd (facts/vague_crowds.py): "dozens of lenders", "hundreds of thousands of retail investors",
"millions of <nationality>" give no fact; a vague count of people that a workforce verb moves ("hire thousands of
engineers", "cut hundreds of people") stays a fact. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 9)


def vague_figures(nlp, text):
    return [
        (f.subject, f.value.amount)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind in ("metric", "change") and f.value.unit is None
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Ostrian investors bought shares in the Tessaly Bank offering last week.",
        "Shares of Pellam Insurance, owned by hundreds of thousands of retail investors, fell 6 percent.",
        "Ostrian regulators say millions of Ostrians hold accounts at Kestrel Bank.",
        "Brellin Motors chief Ana Koval addressed thousands of dealers at a convention in Ostria.",
        "Kestrel Bank cut fees for millions of customers.",
        "Tens of thousands of Freedonian savers queued outside Tessaly Bank branches.",
        # a customer-base verb whose subject is not the company (review19m1 item 3)
        "A march in the capital attracted thousands of protesters, Tessaly Bank said.",
        "The bond sale drew interest and won thousands of small savers, Kestrel Bank said.",
        "Ostria has millions of citizens living abroad, Kestrel Bank said.",
    ],
)
def test_a_vague_crowd_is_no_figure(nlp, text):
    assert vague_figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Vesper Labs plans to hire thousands of engineers by 2015.", ("Vesper Labs", 1000.0)),
        ("Tarvo Steel said it would cut hundreds of people at its two mills.", ("Tarvo Steel", 100.0)),
        ("Orlin Games said it employs thousands of people in Ostria.", ("Orlin Games", 1000.0)),
    ],
)
def test_a_workforce_verb_keeps_a_vague_count_of_people(nlp, text, figure):
    assert figure in vague_figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Kestrel Bank now has millions of depositors across three Ostrian regions.", ("Kestrel Bank", 1e6)),
        ("Orlin Telecom aims to win millions of new clients once its network opens.", ("Orlin Telecom", 1e6)),
        ("Halvern Foods serves thousands of dealers in Freedonia.", ("Halvern Foods", 1000.0)),
    ],
)
def test_a_company_holding_its_customers_keeps_their_vague_count(nlp, text, figure):
    assert figure in vague_figures(nlp, text)
