"""A measure acronym the gold writes out (lexicon spelled_measure_acronyms) is spelled inside a predicate
(predicate_forms.spelled_acronyms): the scorer pairs a lone acronym with its spelled form but not one among other
words ("core cpi"). Acronyms the gold keeps ("gdp") stay. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from extractor.facts.predicate_forms import spelled_acronyms
from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2010, 10, 14)
OPENING = "Norland's statistics office and Torvane Bank published figures on Thursday. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Norland's core CPI was seen at 1.2 percent in the fourth quarter.",
            "1.2 percent",
            "core consumer price index",
        ),
        ("The VaR for bonds at Torvane Bank rose 14 percent from the prior quarter.", "14 percent", "value-at-risk"),
        ("Torvane Bank's trading VaR averaged $31 million in the quarter.", "$31 million", "trading value-at-risk"),
    ],
)
def test_an_acronym_the_gold_spells_is_spelled(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("predicate", "spelled"),
    [
        ("core cpi", "core consumer price index"),
        ("value-at-risk var", "value-at-risk"),
        ("cpi index", "consumer price index"),
        ("gdp growth", "gdp growth"),
        ("core ebitda", "core ebitda"),
        ("variable costs", "variable costs"),
    ],
)
def test_spelled_forms(predicate, spelled):
    assert spelled_acronyms(predicate) == spelled
