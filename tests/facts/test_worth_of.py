"""Money followed by "worth of" measures the of-object, however the parse attaches "worth" (often to the
currency noun, leaving the figure with nothing measured), also past a bracketed conversion. Sentences written
for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2019, 8, 14)
OPENING = "Tolvane Corp said on Tuesday its results beat forecasts. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("The lender removed 815 billion yuan worth of bad loans from its books.", "815 billion yuan", "bad loans"),
        ("Tolvane could buy almost $300 million (240 million euros) worth of farm land.", "$300 million", "farm land"),
        (
            "Pension funds bought a net of 40 billion euros worth of state paper in May.",
            "40 billion euros",
            "state paper",
        ),
    ],
)
def test_money_worth_of_a_noun_measures_the_noun(nlp, text, surface, predicate):
    assert predicates_of(nlp, OPENING + text, PUBLISHED)[surface] == predicate
