"""A per-share rate glued to its figure by hyphens ("a $48-a-share offer", "a $12-per-share dividend") is the
predicate's rate, as the spaced form "an offer of $48 a share" is (docs/DECISIONS.md, round 34 preds34): a deal
priced per share is its "price per share". A glued rate over time or a figure with no rate keeps its noun.
Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2012, 5, 9)
OPENING = "Torvane Corp reported its results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Keldor proposed a $12-per-share special dividend.", "$12", "special dividend per share"),
        ("Norvale holders sued after the $3-a-share fire sale to a rival bank.", "$3", "fire sale price per share"),
        ("Keldor's unsolicited $48-a-share offer for Norvale expires on Friday.", "$48", "offer price per share"),
        ("Keldor took a 50-cent-a-share charge in the quarter.", "50-cent", "charge per share"),
    ],
)
def test_a_glued_share_rate_is_the_predicates_rate(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Keldor's $2-billion-a-year program is under way.", "$2-billion", "program"),
        ("Keldor made an offer of $48 a share for Norvale.", "$48", "offer price per share"),
        ("Keldor announced a $400 million share buyback.", "$400 million", "share buyback"),
    ],
)
def test_no_glued_share_rate_keeps_the_reading(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
