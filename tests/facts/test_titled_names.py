"""Roles of people the recognizer missed right after a capitalized title ("Chief Executive Ann Lee said").
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2017, 7, 7)


def roles_of(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Brandt Holdings Inc said Chief Executive Vikram Pandor had cut 500 jobs.",
            ("Brandt", "chief executive", "Vikram Pandor"),
        ),
        (
            "Harwick Foods Corp shares fell after Chairman and Chief Executive Vittorio Orsani left for Milan.",
            ("Harwick Foods", "chairman and chief executive", "Vittorio Orsani"),
        ),
        (
            "Brisco Bank Inc investors wrote to Chief Executive Rajan Pandor on Monday.",
            ("Brisco Bank", "chief executive", "Rajan Pandor"),
        ),
    ],
)
def test_an_untagged_name_after_a_title_is_a_person_with_that_role(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Bank Corp said its Chief Executive Office moved to Dublin.",
        "The President Hotel Group reported higher occupancy in March.",
        "Brandt Holdings Inc named a new Chief Executive on Monday.",
    ],
)
def test_no_person_without_a_name_after_the_title(nlp, text):
    assert roles_of(nlp, text) == []
