"""An event verb under a modal of possibility, or under a verb of weighing, up its chain of complements ("said it
may sell", "might buy", "could be forced to sell", "is considering selling") is a guess or an option: no event,
neither actual nor a plan. "Would" reports a plan and keeps it. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)

DEALS = ("acquisition", "sale", "merger")


def deals(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [(f.subject, f.predicate, f.object, f.modality) for f in facts if f.kind == "event" and f.predicate in DEALS]


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Textiles said it may sell its Pinecrest Yarns unit to raise cash.",
        "Analysts asked whether Corbel Steel might buy Lindqvist Metals after the ruling.",
        "Ferris Airlines could be forced to sell its Skyward Cargo division, a lender warned.",
        "Quenby Foods is considering selling its Marsh Dairy business, a spokesman said.",
        "Under the proposal, Oakham Bank could acquire Tessaly Savings within a year.",
    ],
)
def test_a_guessed_or_weighed_deal_gives_no_event(nlp, text):
    assert deals(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harlow Textiles said it would sell its Pinecrest Yarns unit to Ardent Capital.",
            ("Harlow Textiles", "sale", "Pinecrest Yarns"),
        ),
        (
            "Corbel Steel agreed to buy Lindqvist Metals for $400 million.",
            ("Corbel Steel", "acquisition", "Lindqvist Metals"),
        ),
        (
            "Quenby Foods has sold its Marsh Dairy business to a rival.",
            ("Quenby Foods", "sale", "Marsh Dairy business"),
        ),
    ],
)
def test_a_stated_or_planned_deal_stays(nlp, text, expected):
    assert expected in [d[:3] for d in deals(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry will invite three regional banks to each take a stake in Orrin Savings Inc.",
        "Investors encouraged Harlow Textiles to sell its Pinecrest Yarns unit.",
        "Tessaly Group invited Corbel Steel to buy its Lindqvist Metals unit.",
    ],
)
def test_a_deal_others_are_invited_or_encouraged_to_make_gives_none(nlp, text):
    assert deals(nlp, text) == []
