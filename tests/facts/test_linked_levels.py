"""A plain number set beside a level as its old value or as its estimate measures what the level measures
(`facts/linked_levels.py`): it is a fact of the same measure and holder, the estimate a forecast. Stories
written for these tests, with invented names and figures."""

import pytest

from tests.facts.surface_facts import facts_of

TITLE = "Economic data roundup"
PUBLISHED = "2015-03-13"


def _fact(nlp, text: str, surface: str):
    found = facts_of(nlp, "OTTAWA (Reuters) - " + text, title=TITLE, published=PUBLISHED)
    return next((f for f in found if f.value is not None and f.value.surface == surface), None)


@pytest.mark.parametrize(
    ("text", "surface", "predicate_word", "modality"),
    [
        (  # the old level of a move, revised, with the period noun right after it
            "Jobless claims climbed 9,000 to 318,000 in the week ending March 7 from an upwardly revised 309,000 "
            "the prior week.",
            "309,000",
            "claims",
            "actual",
        ),
        (
            "The Halvard confidence index slid to 88.4 in the week ending March 6 from a revised 90.2 the "
            "previous week.",
            "90.2",
            "index",
            "actual",
        ),
        (
            "Continuing claims dropped by 48,000 to 2,412,000 in the week ending February 28 from an unrevised "
            "2,460,000 the prior week.",
            "2,460,000",
            "claims",
            "actual",
        ),
        (  # an estimate of the level, after a clause of reporting
            "Jobless claims rose 12,000 to 331,000, the ministry said on Thursday, topping economists' "
            "expectations for 320,000.",
            "320,000",
            "claims",
            "forecast",
        ),
        (
            "Building permits dropped to 41,500 last month, the agency said, below the consensus of 44,000.",
            "44,000",
            "permits",
            "forecast",
        ),
    ],
)
def test_a_linked_plain_number_takes_the_measure_of_the_level_before_it(nlp, text, surface, predicate_word, modality):
    fact = _fact(nlp, text, surface)
    assert fact is not None
    assert fact.kind == "metric"
    assert predicate_word in fact.predicate
    assert fact.modality == modality


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # another clause after a semicolon: its number is not the level's old value
        ("Housing starts slid to 171,300 in the latest week; a plant built from 1998 employs 300.", "300"),
        # a change before the number measures no plain level
        ("Jobless claims rose 9,000 in the week from 40 regional offices.", "40"),
    ],
)
def test_an_unlinked_number_borrows_no_measure(nlp, text, surface):
    fact = _fact(nlp, text, surface)
    assert fact is None or fact.predicate not in ("jobless claims", "housing starts")
