"""A profit the text itself names per share ("profit per share", "per-share profit", "net income per share") is
"earnings per share", as a profit stated per share after its figure is (FACTS.md; docs/DECISIONS.md, round 34
preds34); the share qualifiers ("adjusted", "diluted") stay. A loss, a dividend or a price per share keeps its
noun. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2012, 5, 9)
OPENING = "Torvane Corp reported its results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torvane's profit per share improved to 73 cents in the half.", "73 cents", "earnings per share"),
        ("Torvane said per-share profit could reach 40 cents in the quarter.", "40 cents", "earnings per share"),
        ("Net income per share was 61 cents, the company said.", "61 cents", "earnings per share"),
        ("Adjusted profit per share fell to 18 cents.", "18 cents", "adjusted earnings per share"),
    ],
)
def test_a_profit_named_per_share_is_earnings_per_share(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torvane's net loss per share narrowed to 9 cents.", "9 cents", "net loss per share"),
        ("Torvane's dividend per share rose to 30 cents.", "30 cents", "dividend per share"),
        ("Torvane's book value per share climbed to $14.20.", "$14.20", "book value per share"),
    ],
)
def test_other_measures_per_share_keep_their_noun(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
