"""A level a subject is bound to hold ("must hold", "is required to keep", "has to maintain", "should have" with
an active subject) is a target it is held to, not a result (`modality_obligations.required_level`). Verbs of moving
an amount under the same words ("must raise") and looking back ("should have kept") are left alone. Sentences
written for these tests."""

import pytest

from tests.facts.outlook_facts import fact_with_amount as _fact


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Under its charter, Pellam Credit Ltd must keep cash reserves of 6 percent of deposits.", 6),
        ("Under the new rules, Keswick Insurance Ltd is required to keep reserves of 3 percent of its premiums.", 3),
        ("Regulators said Dorrin Leasing Plc should have a liquidity buffer of no less than 14 percent.", 14),
        ("Tolliver Group Plc has to maintain a cash balance of 20 million euros under its loan terms.", 2e7),
    ],
)
def test_a_level_an_agent_must_hold_is_a_target(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Borland Bank kept liquid reserves of 8 percent of its assets at the end of June.", 8),  # a result
        ("The regulator said Borland Bank must raise 4 billion euros.", 4e9),  # an amount to move: a shortfall
        ("Borland Bank should have kept reserves of 2 billion euros, the auditor said.", 2e9),  # looking back
    ],
)
def test_results_amounts_to_move_and_hindsight_are_no_required_level(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "actual"
