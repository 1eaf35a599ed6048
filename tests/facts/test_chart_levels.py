"""A chart reader's level ("support at", "resistance around") is a level traders watch, not a figure the story
reports (`non_facts.is_chart_level`, lexicons `chart_level_nouns`, `chart_level_prepositions`); a poll's support in
percent, a cost named with the word and a sum given as support stay facts.

Every sentence is written for these tests; the names are invented.
"""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2011, 2, 27)


def surfaces(nlp, text):
    return [f.value.surface for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None]


CHART_LEVELS = [
    ("Traders at Halden Corp see support at $4.10 to $4.25 for the contract.", "$4.10 to $4.25"),
    ("The Brisco 100 index could meet resistance near 2,410 this week, Halden Corp analysts said.", "2,410"),
    ("Halden Corp strategists say the franc faces resistance around 1.0820 against the dollar.", "1.0820"),
]


@pytest.mark.parametrize(("text", "surface"), CHART_LEVELS)
def test_a_chart_level_is_not_a_fact(nlp, text, surface):
    assert surface not in surfaces(nlp, text)


NOT_CHART_LEVELS = [
    ("A poll by Halden Corp put support for the Ostrava party at 30 percent.", "30 percent"),
    ("Halden Corp said its support costs rose to $40 million.", "$40 million"),
    ("Since its rescue, Brisco Bank has needed some $12 billion in state support.", "$12 billion"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_CHART_LEVELS)
def test_support_in_a_poll_or_a_cost_stays_a_fact(nlp, text, surface):
    assert surface in surfaces(nlp, text)
