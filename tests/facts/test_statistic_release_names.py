"""A government statistic the text describes by what it counts takes its release's name (statistic_names.py):
the count of people still drawing jobless benefits is "continuing claims", new applications for them "initial
claims", home resales "existing home sales". A crowd described by something else, and a release already named,
keep their reading. Sentences written for these tests."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2010, 3, 11)
OPENING = "The Labor Department and the realtors' group issued their reports on Thursday. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "A tally of Americans still receiving benefits after a first week of aid dropped 31,000 to 4.2 million.",
            "4.2 million",
            "continuing claims",
        ),
        (
            "The count of people staying on the benefit rolls after a first week of aid rose by 17,000 to 3.9 million.",
            "17,000",
            "continuing claims",
        ),
        (
            "The ranks of workers still drawing jobless benefits shrank by 40,000 to 4.05 million by Feb. 27.",
            "4.05 million",
            "continuing claims",
        ),
        ("New applications for unemployment aid slipped to 462,000 in the latest week.", "462,000", "initial claims"),
        ("First-time filings for jobless benefits climbed by 8,000 last week.", "8,000", "initial claims"),
        (
            "Home resales advanced 4.1 percent in January to a seasonally adjusted annual pace of 5.4 million units.",
            "4.1 percent",
            "existing home sales",
        ),
        (
            "Resales of single-family homes dropped 2 percent to 4.7 million in February.",
            "4.7 million",
            "existing home sales",
        ),
    ],
)
def test_a_described_statistic_takes_its_release_name(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "The number of people receiving food aid rose 6 percent in February.",
            "6 percent",
            "people receiving food aid",
        ),
        ("Initial claims for state unemployment benefits fell 9,000 to 452,000.", "452,000", "initial claims"),
        ("Sales of newly built houses slid 11 percent in February, builders said.", "11 percent", "sales"),
        ("Retail sales rose 0.3 percent in February as car dealers cut prices.", "0.3 percent", "retail sales"),
    ],
)
def test_other_crowds_and_named_releases_keep_their_reading(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
