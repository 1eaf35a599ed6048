"""Money written before the noun it sizes measures that noun even where the parse makes the currency word a
modifier of it, past a bracketed conversion ("a 4 billion euro ($5.4 billion) loan"), or hangs the figure on a
noun the tagger read as another word ("a $17 billion buyout bid"); a percentage before an adjective and a change
noun ("an 18 percent annual rise in X") still measures X. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from extractor.facts.predicate_forms import predicate_head
from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2019, 8, 14)
OPENING = "Tolvane Corp said on Tuesday its results beat forecasts. "


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Lawmakers backed a 250 billion euro ($348 billion) housing repair fund.",
            "250 billion euro",
            "fund",
        ),
        ("Its earnings included a 7-cent-per-share charge for the buyback.", "7-cent", "charge"),
        ("Two funds put a $14.6 billion buyout bid to the Tolvane board.", "$14.6 billion", "bid"),
    ],
)
def test_money_before_a_noun_measures_that_noun(nlp, text, surface, head):
    # the measured noun, before any rate the figure states ("charge per share": round 34 preds34)
    assert predicate_head(predicates_of(nlp, OPENING + text, PUBLISHED)[surface]) == head


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Tolvane aims for a 12 percent annual rise in online sales in 2020.", "12 percent", "online sales"),
        ("Economists expected a 0.4 percent monthly decline in core prices.", "0.4 percent", "core prices"),
        ("The plan foresees a 6 percent yearly increase in exports.", "6 percent", "exports"),
    ],
)
def test_a_percentage_before_an_adjective_and_a_change_noun_measures_its_object(nlp, text, surface, predicate):
    assert predicates_of(nlp, OPENING + text, PUBLISHED)[surface] == predicate
