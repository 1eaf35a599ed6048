"""Agreements with a named partner (facts/events_agreements.py): a verb of agreeing whose object is an
agreement noun, with the partner in a "with" phrase; the predicate is the noun with the words of its kind. An
agreement to make a deal is that deal; a denied, supposed or only sought one, or one with no named partner, is
none. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 9)


def events_of(nlp, text):
    return [
        (f.subject, f.predicate, f.object, f.modality)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Ostler Inc signed a supply deal with Vantor Motors on Tuesday.",
            ("Ostler", "supply deal", "Vantor Motors", "actual"),
        ),
        (
            "Quillby Corp struck a patent-licensing deal with Dorn Audio Inc, ending a long dispute.",
            ("Quillby", "patent-licensing deal", "Dorn Audio", "actual"),
        ),
        (
            "Pellworth Air signed a five-year licensing agreement with Halden Media.",
            ("Pellworth Air", "licensing agreement", "Halden Media", "actual"),
        ),
        (
            "Marlow Foods entered into a marketing agreement with Tessaly Group in March.",
            ("Marlow Foods", "marketing agreement", "Tessaly", "actual"),
        ),
        (
            "Vantor Motors signed a memorandum of understanding with Pellworth Air on engine supplies.",
            ("Vantor Motors", "memorandum", "Pellworth Air", "actual"),
        ),
        (
            "Brisco Stores said it signed a seven-year deal worth $775 million with Vantor Corp. to outsource its "
            "computer services.",
            ("Brisco Stores", "deal", "Vantor", "actual"),
        ),
        (
            "Halvern Group plans to sign a framework agreement with Pellam Inc next year.",
            ("Halvern", "framework agreement", "Pellam", "target"),
        ),
    ],
)
def test_an_agreement_signed_with_a_named_partner(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Corvel Inc signed a deal with its unions on Monday.",
        "Norvale Corp has not signed a deal with Ostrow Inc.",
        "Brisco Bank was trying to reach a deal with Halden Capital before the meeting.",
        "The storm struck Brandt Corp's main plant in Ohio.",
        "Local policymakers reached a late deal with the Halden Fund on Sunday.",
    ],
)
def test_no_agreement_without_one_made_with_a_named_partner(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1].endswith(("deal", "agreement", "pact"))] == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Brandt Corp reached an agreement with Kestrel Foods to buy Alder Dairy for $40 million.", "Alder Dairy"),
        ("Ostrow Inc struck a deal with Pellam Group to acquire Birch Mills.", "Birch Mills"),
        ("Quillby Corp signed an agreement with its lenders to sell Cedar Software.", "Cedar Software"),
    ],
)
def test_an_agreement_to_make_a_deal_is_that_deal(nlp, text, target):
    events = events_of(nlp, text)
    assert [e for e in events if e[1] in ("acquisition", "sale") and e[2] == target]
    assert [e for e in events if e[1].endswith(("deal", "agreement"))] == []
