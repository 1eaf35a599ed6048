"""A goal told as reached is a result, actual (`modality_reached_goals`); a goal still to be reached, or one
missed, stays the subject's target. Sentences written for these tests."""

import pytest

from tests.facts.surface_facts import modality_after_results

_modality = modality_after_results


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The group said last week it hit its goal of trimming overheads by about $90 million.", 9e7),
        ("Tarrow met its target of 5 percent sales growth in 2011.", 5),
        ("Tarrow has achieved its goal of opening 200 stores in Asia.", 200),
        ("The group exceeded its target of $400 million in savings last year.", 4e8),
    ],
)
def test_a_goal_told_as_reached_is_actual(nlp, text, amount):
    assert _modality(nlp, text, amount) == "actual"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tarrow aims to reach its goal of opening 200 stores in Asia by 2014.", 200),
        ("Tarrow has not met its target of 5 percent sales growth.", 5),
        ("Tarrow said it would meet its goal of cutting $300 million in costs in 2012.", 3e8),
        ("Tarrow expects to hit its target of $2 billion in revenue in 2013.", 2e9),
    ],
)
def test_a_goal_not_yet_reached_stays_a_target(nlp, text, amount):
    assert _modality(nlp, text, amount) == "target"
