"""When or how a stock traded ("at $23.40 midafternoon", "in after-hours action") is never what its figure
measures: the figure stays the share price (lexicons time_of_day_nouns, not_measures; docs/DECISIONS.md, round
34 preds34). Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2012, 5, 9)
OPENING = "Torvane Corp reported its results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Norvale stock had gained 14 cents, or 0.6 percent, at $23.40 midafternoon in Nasdaq dealings.",
            "$23.40",
            "share price",
        ),
        (
            "Norvale shares rose 2.1 percent, while Keldor jumped 4 percent in after-hours action.",
            "4 percent",
            "share price",
        ),
        ("Shares of Keldor were down 30 cents at $9.85 midmorning in New York.", "$9.85", "share price"),
    ],
)
def test_a_trading_time_is_no_measure(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Keldor's sales rose 4 percent in its lighting business.", "4 percent", "sales in lighting business"),
        ("Keldor's settlement of the legal action was worth $3 million.", "$3 million", "settlement value"),
    ],
)
def test_other_nouns_keep_their_reading(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
