"""A ratio that sizes a noun of requirement, with a rule named beside it ("a minimum leverage ratio of 6 percent
under the draft statute", "the 7 percent minimum that ministers agreed") is the level a rule fixes, a target
(`modality_requirements.set_by_a_rule`). A sum called a minimum or a requirement (a bonus paid, a balance kept, a
funding need), a requirement with no rule beside it, a fee a participle calls required, and the bound "a minimum
of 450" stay results. Sentences written for these tests."""

import datetime as dt

import pytest

from tests.facts.outlook_facts import fact_with_amount as _fact

ILSTED = "In March Ilsted Bank lifted its buffer to 12.4 percent, while the banking law sets a 9 percent minimum."


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Corwin Bank faces a minimum leverage ratio of 6 percent under the draft statute.", 6),
        ("Pellworth Bank sits just above the 7 percent minimum that ministers agreed in May.", 7),
        ("Brask Insurance has to meet a solvency requirement of 110 percent under new regulations, it said.", 110),
        ("Orrin Bank must satisfy a liquidity requirement of 25 percent of its short-term funding.", 25),
        ("Halden Insurance comfortably passes the Solvency Two requirement of 100 percent, the insurer said.", 100),
        (ILSTED, 9),
        # an "at least" inside the requirement's own phrase is still the rule's level
        ("Under the new banking law, Tessaly Bank faces a core capital requirement of at least 11 percent.", 11),
        ("Regulators set Vorn Savings a liquidity requirement of no less than 30 percent for 2015.", 30),
    ],
)
def test_the_level_a_rule_fixes_is_a_target(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (ILSTED, 12.4),  # the bank's own reading beside the rule
        ("Olvera Foods handed each driver a minimum bonus of $800 in December.", 800),  # a sum paid
        ("Tarnby Mining kept a minimum cash balance of $40 million through March.", 40e6),  # a sum held
        ("Brask Airlines booked a pension funding requirement of $250 million for 2013.", 250e6),  # a need
        ("Corwin Bank operates with a reserve requirement of 15 percent.", 15),  # no rule named beside it
        ("Kessler Mining paid the 4 percent royalty required by its licence in 2013.", 4),  # not a requirement noun
        ("Orrin Steel shed a minimum of 450 workers in 2013, the union said.", 450),  # a bound: at least 450
        ("Velden Bank lent a minimum of 14 percent of its book to farmers, the old statute says.", 14),  # bound
    ],
)
def test_sums_needs_and_bounds_stay_results(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "actual"


def test_a_rule_level_keeps_the_date_the_clause_gives(nlp):
    """The rule's level is dated as its clause tells it (March 2014), not moved ahead as a plan would be."""
    period = _fact(nlp, ILSTED, 9).period
    assert period is not None and period.start == dt.date(2014, 3, 1)
