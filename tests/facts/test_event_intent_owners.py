"""An event verb in the to-clause of a noun of intent or agreement ("announced plans to buy X", "Y's move to sell
its unit", "is in talks to acquire X") is done by the noun's owner, not by the story's main company. Sentences
written for these tests with invented names; each story first names another company, the main one."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2022, 6, 14)
OPENING = "Pemberton Capital said on Monday its quarterly profit rose 8 percent. "


def events(nlp, text):
    return [
        (f.subject, f.predicate, f.object)
        for f in extract(OPENING + text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Separately, Harlow Mills announced plans to buy Tessaro Foods for $2 billion.",
            [("Harlow Mills", "acquisition", "Tessaro Foods")],
        ),
        (
            "Shareholders of Ardent Robotics rejected Dunmore Bank's plan to sell its Brisk Logistics unit.",
            [("Dunmore Bank", "sale", "Brisk Logistics")],
        ),
        (
            "Kestrel Airways unveiled plans on Tuesday to launch a budget airline next year.",
            [("Kestrel Airways", "launch", "budget airline")],
        ),
        (
            "Ostrava Steel reached an agreement last week to acquire Vilmar Tubes.",
            [("Ostrava Steel", "acquisition", "Vilmar Tubes")],
        ),
    ],
)
def test_the_owner_of_a_plan_does_its_event(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tessaro Foods rejected an offer to buy Vilmar Tubes.",
        "Tessaro Foods turned down a bid to acquire Vilmar Tubes.",
        "Tessaro Foods spurned a proposal to purchase Vilmar Tubes.",
    ],
)
def test_a_received_offer_gives_no_owner(nlp, text):
    # an offer is received by its target: the target that turns it down is not the buyer (the text names none)
    assert all(subject != "Tessaro Foods" for subject, _, _ in events(nlp, text))
