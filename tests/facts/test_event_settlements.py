"""Settlements of legal claims: invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)


def settlements(nlp, text):
    return [(f.subject, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.predicate == "settlement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orvel Apparel Inc said it agreed to settle the proposed class action lawsuit filed in state court.",
            ("Orvel Apparel", "class action lawsuit"),
        ),
        (
            "Brandt Securities agreed on Thursday to pay $40 million to settle charges that it misled clients.",
            ("Brandt Securities", "charges"),
        ),
        ("Kessel Bank Corp settled its tax dispute with Freedonia last year.", ("Kessel Bank", "tax dispute")),
        (
            "Tamsin Bank Corp will hand investors $72 million to settle a shareholder lawsuit it lost in 2019.",
            ("Tamsin Bank", "shareholder lawsuit"),
        ),
    ],
)
def test_settling_a_legal_claim_is_a_settlement_of_the_claim(nlp, text, expected):
    assert expected in settlements(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brent crude rose 51 cents to settle at $98.17 a barrel.",
        "Kessel Bank Corp has not settled the case, its lawyers said.",
        "A former trader agreed to pay $2 million to settle insider trading charges against him.",
        "Halden Pharma Inc settled into its new headquarters in May.",
    ],
)
def test_a_price_a_denial_or_an_unnamed_party_settles_nothing(nlp, text):
    assert settlements(nlp, text) == []
