"""A verb of taking or building whose object is a stake in a named company ("took a minority stake in X", "has
built up a stake in X") is an acquisition of that company's stake by the subject; anything else taken ("a
charge", "steps") and a guessed stake give none. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)


def acquisitions(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [(f.subject, f.object) for f in facts if f.kind == "event" and f.predicate == "acquisition"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halvern Bank took a minority stake in Orrin Securities last year.",
            [("Halvern Bank", "Orrin Securities")],
        ),
        (
            "Tessaly Partners, a pension investor, has quietly built up a sizeable stake in Corbel Bank Inc.",
            [("Tessaly Partners", "Corbel Bank")],
        ),
        (
            "Mirova Telecom took a controlling stake in Dace Networks in 2019, its filing shows.",
            [("Mirova Telecom", "Dace Networks")],
        ),
    ],
)
def test_a_stake_taken_in_a_named_company_is_its_acquisition(nlp, text, expected):
    assert acquisitions(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Halvern Bank took a $2 billion charge in the quarter for bad loans.",  # not a stake
        "Halvern Bank may eventually take a stake of as much as 20 percent in Orrin Securities.",  # guessed
        "Halvern Bank is taking steps to build its share of the mortgage market.",  # no stake in a company
    ],
)
def test_anything_else_taken_gives_no_acquisition(nlp, text):
    assert acquisitions(nlp, text) == []
