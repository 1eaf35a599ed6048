"""A "with" phrase that opens the clause, before the subject of a planning verb, tells what the subject holds as it
plans (round 37): a present holding, actual. Sentences written for these tests, invented names."""

import datetime as dt
from functools import partial

import pytest

from tests.facts.surface_facts import modality_of as modality_on

PUBLISHED = dt.date(2014, 3, 12)


modality_of = partial(modality_on, published=PUBLISHED)  # the shared helper, on this file's date


# the holding in the opening "with" phrase is what the subject has now, whatever the verb after it plans
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("With about $900 million under management, Tarnow Capital plans to open two offices.", "$900 million"),
        ("With $12 billion of cash in hand, Brisk Motors will not pay a special dividend this year.", "$12 billion"),
        ("With 14 vessels in service, Lindqvist Ferries aims to add routes to the Baltic.", "14"),
        ("With nearly 3,000 outlets across the region, Pellcor Stores intends to sell groceries online.", "3,000"),
    ],
)
def test_a_holding_in_an_opening_with_phrase_is_actual(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


# the plan after it stays a plan; an amount still to come, a goal, a participle, a holding dated ahead, a trailing
# "with" stay targets
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("With about $900 million under management, Tarnow Capital plans to reach $2 billion by 2016.", "$2 billion"),
        ("With 500 more stores, Pellcor Stores would become the largest grocer in the region.", "500"),
        ("With an extra $300 million, Brisk Motors will build a plant in Ohio.", "$300 million"),
        ("With sales down 8 percent this year, Brisk Motors will cut 400 jobs.", "400"),
        ("With 2 million customers by the end of next year, Norvale Telecom hopes to list its shares.", "2 million"),
        ("With its target of 40 branches, Dallow Bank will hire bankers this year.", "40"),
        ("With 30 stores planned for next year, Pellcor Stores will hire 2,000 workers.", "30"),
        ("Tarnow Capital plans to open a fund with $400 million of capital next year.", "$400 million"),
    ],
)
def test_a_plan_beside_or_inside_an_opening_with_phrase_stays_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"
