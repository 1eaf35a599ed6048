"""A figure that sizes a requirement or a minimum ("a liquidity requirement of 30 percent", "the supervisor's 8
percent minimum", "a minimum liquidity ratio of 14 percent", "the 5 percent floor required under the banking law")
is the level a rule sets, a target (`modality_requirements.set_by_a_rule`); the subject's own reading beside it
stays a result, and "a minimum of 300 jobs" is a bound, not a rule. Sentences written for these tests."""

import pytest

from tests.facts.outlook_facts import fact_with_amount as _fact

QUELLEN = (
    "The capital cushion of Quellen Savings stood at 12.4 percent in March, comfortably clear of the supervisor's 8 "
    "percent minimum."
)
TARNBY = (
    "Tarnby Insurance reported a solvency ratio of 180 percent, well clear of the capital requirement of 100 percent."
)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Draft rules set a minimum liquidity ratio of 14 percent for lenders such as Varnholt Bank.", 14),
        (QUELLEN, 8),
        ("Pellworth Bank said its reserves equalled 11 percent of deposits, against a legal minimum of 7 percent.", 7),
        ("Lenders such as Corwin Bank face a new liquidity requirement of 30 percent of short-term funding.", 30),
        (TARNBY, 100),
        ("Corwin Bank's core ratio of 11 percent is far above the 5 percent floor required under the banking law.", 5),
    ],
)
def test_the_level_a_rule_sets_is_a_target(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (QUELLEN, 12.4),  # the reading held against the rule
        (TARNBY, 180),
        ("Tolvar Mining cut a minimum of 300 jobs last year, the company said.", 300),  # a bound: at least 300
    ],
)
def test_readings_beside_a_rule_and_bounds_stay_results(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "actual"


def test_a_rule_level_keeps_the_date_the_clause_gives(nlp):
    """The rule's level is dated as its clause tells it, not moved to the next March as a plan would be."""
    period = _fact(nlp, QUELLEN, 8).period
    assert period is not None and period.start is not None and period.start.year == 2014
