"""A figure that sizes a requirement or a minimum ("a liquidity requirement of 30 percent", "the 8 percent
minimum", "a minimum leverage ratio of 4 percent", "the 5 percent level required by the central bank") is the level
a rule sets, a target (`modality_requirements.set_by_a_rule`); the subject's own reading beside it stays a result,
and "a minimum of 300 jobs" is a bound, not a rule. Sentences written for these tests."""

import pytest

from tests.facts.outlook_facts import fact_with_amount as _fact


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Under draft rules, Varnholt Bank and its peers are subject to a minimum liquidity ratio of 14 percent.",
            14,
        ),
        (
            "The capital cushion of Quellen Savings stood at 12.4 percent in March, well above the 8 percent minimum "
            "set by the supervisor.",
            8,
        ),
        (
            "Pellworth Bank said its reserves equalled 11 percent of deposits, against a legal minimum of 7 percent.",
            7,
        ),
        ("Lenders such as Corwin Bank face a new liquidity requirement of 30 percent of short-term funding.", 30),
        (
            "Tarnby Insurance reported a solvency ratio of 180 percent, well clear of the capital requirement of 100 "
            "percent.",
            100,
        ),
        ("Corwin Bank's core ratio of 11 percent is far above the 5 percent level required by the central bank.", 5),
    ],
)
def test_the_level_a_rule_sets_is_a_target(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The capital cushion of Quellen Savings stood at 12.4 percent in March, well above the 8 percent minimum "
            "set by the supervisor.",
            12.4,
        ),  # the reading held against the rule
        (
            "Tarnby Insurance reported a solvency ratio of 180 percent, well clear of the capital requirement of 100 "
            "percent.",
            180,
        ),
        ("Tolvar Mining cut a minimum of 300 jobs last year, the company said.", 300),  # a bound: at least 300
    ],
)
def test_readings_beside_a_rule_and_bounds_stay_results(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "actual"


def test_a_rule_level_keeps_the_date_the_clause_gives(nlp):
    """The rule's level is dated as its clause tells it, not moved to the next March as a plan would be."""
    text = (
        "The capital cushion of Quellen Savings stood at 12.4 percent in March, well above the 8 percent minimum "
        "set by the supervisor."
    )
    period = _fact(nlp, text, 8).period
    assert period is not None and period.start is not None and period.start.year == 2014
