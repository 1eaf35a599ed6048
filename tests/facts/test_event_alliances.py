"""Alliances, partnerships and joint ventures formed with a named partner are events of the doer, named by the noun
with its kind ("business alliance", "joint venture"); partners written beside the doer in the subject are one
object as listed, and a date the parse hung on that subject dates the alliance ("A, B and C on Tuesday
announced"). A guessed, weighed or only negotiated alliance gives none. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)  # a Friday

KINDS = ("alliance", "partnership", "venture", "tie-up")


def alliances(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [
        (f.subject, f.predicate, f.object, str(f.period.start) if f.period else None)
        for f in facts
        if f.kind == "event" and f.predicate.split()[-1] in KINDS
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harlan Mills formed a partnership with Tobrey Seeds to develop drought-resistant wheat.",
            [("Harlan Mills", "partnership", "Tobrey Seeds", None)],
        ),
        (
            "Caskell Motors and Orrin Batteries set up a joint venture in 2019 to make cells in Ohio.",
            [("Caskell Motors", "joint venture", "Orrin Batteries", "2019-01-01")],
        ),
        (
            "Wendle Stores, Parrish Foods and shipping group Lune Corp on Tuesday announced a business alliance.",
            [("Wendle Stores", "business alliance", "Parrish Foods and Lune", "2021-03-09")],
        ),
        (
            "Mirova Telecom signed a strategic partnership with Dace Networks last month.",
            [("Mirova Telecom", "partnership", "Dace Networks", "2021-02-01")],
        ),
    ],
)
def test_an_alliance_with_a_named_partner_is_an_event(nlp, text, expected):
    assert alliances(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Caskell Motors and Orrin Batteries may form a joint venture, a person familiar said.",  # guessed
        "Harlan Mills is in talks to form a partnership with Tobrey Seeds.",  # only negotiated
        "Harlan Mills is considering a partnership with Tobrey Seeds.",  # weighed: no verb that makes it
        "Caskell Motors said the venture was a success for investors.",  # no partner named
    ],
)
def test_an_alliance_not_formed_gives_none(nlp, text):
    assert alliances(nlp, text) == []
