"""A broker's price target is a forecast (`modality_price_targets`); a pay or deal term told with a plain "will"
and a verb of paying or receiving is actual (`modality_settled_terms`); a change a party agreed to make is its
target (`modality_agreed_acts`); an outcome unnamed informants reckon is a forecast (`modality_informed_outcomes`).
Sentences written for these tests."""

import pytest

from tests.facts.surface_facts import modality_after_results

_modality = modality_after_results


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Brandt analyst Ann Lee on Friday lowered her rating to neutral and slashed her price target to $36.", 36),
        ("Kestrel Securities raised its target price for Orvane shares to 450 pence.", 4.5),
        ("Hollin trimmed its price objective on the shares by $4, citing weaker margins.", 4),
        ("Brandt lifted its price target for Orvane by $5 to $61 after the results.", 61),
    ],
)
def test_a_price_target_is_a_forecast(nlp, text, amount):
    assert _modality(nlp, text, amount) == "forecast"


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the figure is beside the price target, not its level
        ("Orvane shares fell 4 percent after Brandt cut its price target.", 4, "actual"),
        # a company's own goal of sales is still its target
        ("Orvane set a sales target of $900 million for 2013.", 9e8, "target"),
    ],
)
def test_figures_beside_a_price_target_keep_their_modality(nlp, text, amount, expected):
    assert _modality(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Orvane holders will receive 0.62 Tarrow shares for each share they own, the companies said.", 0.62),
        ("Holders of record on May 10 will be paid 22 cents per share on June 3, the board said.", 0.22),
        ("The new chief will get an annual salary of $850,000, according to a regulatory filing.", 850000),
        ("Under the accord, Tarrow will pay $2.3 billion in cash for the Calder mills.", 2.3e9),
    ],
)
def test_a_term_told_with_will_is_actual(nlp, text, amount):
    assert _modality(nlp, text, amount) == "actual"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # an act still to come: paying down debt, a sum spread over a span, a plan or a condition above it
        ("Tarrow will pay down $400 million of debt next year.", 4e8),
        ("Tarrow welders will get $9,000 each in signing payments over four years.", 9000),
        ("Tarrow expects holders will receive $3 a share in the spin-off.", 3),
        ("Under the draft plan, Tarrow would receive 40 percent of the venture.", 40),
        ("Tarrow will hire 400 engineers next year.", 400),
    ],
)
def test_acts_to_come_stay_targets(nlp, text, amount):
    assert _modality(nlp, text, amount) == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The producers' group agreed in May to trim supply by 300,000 tonnes a year from July.", 300000),
        ("Halden Bank consented to buy back roughly 4 billion euros in notes sold to savers.", 4e9),
        ("Under its union deal the carmaker agreed to add 3,400 jobs at two plants.", 3400),
        ("The cabinet agreed to cut public sector wages by 15 percent, a spokesman said.", 15),
        ("The two lenders agreed to extend the loan and cut its rate by 2 percentage points.", 2),
    ],
)
def test_an_agreed_change_is_a_target(nlp, text, amount):
    assert _modality(nlp, text, amount) == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a payment or a purchase agreed is a settled term; a negated act; a figure of another clause
        ("Tarrow agreed to pay regulators 40 million euros to end the inquiry.", 4e7),
        ("Two funds agreed to invest $900 million in Orvane Hotels.", 9e8),
        ("Tarrow agreed not to cut more than 200 jobs this year.", 200),
        ("Tarrow cut 400 jobs after it agreed to sell its Calder unit.", 400),
        ("Tarrow agreed to raise its offer for Orvane to $25 a share.", 25),
        ("Tarrow agreed to the terms and added 300 jobs in May.", 300),
    ],
)
def test_agreed_payments_and_other_figures_stay_actual(nlp, text, amount):
    assert _modality(nlp, text, amount) == "actual"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The source expected that the venture could be worth about $40 million if it goes ahead.", 4e7),
        ("The share sale should bring in about 2 billion euros, one of the bankers briefed on it said.", 2e9),
        ("Payouts across the sector could fall by as much as 25 percent this year, senior bankers estimated.", 25),
        ("The settlement would total about $6 billion, according to a person briefed on the talks.", 6e9),
    ],
)
def test_an_outcome_unnamed_informants_reckon_is_a_forecast(nlp, text, amount):
    assert _modality(nlp, text, amount) == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # an actor's act a source relays stays its plan; the company's own outcome is its guidance
        ("Tarrow could sell 20 percent of the offering to retail buyers, a source said.", 20),
        ("Tarrow will close 12 stores next year, people familiar with the plan said.", 12),
        ("Sales should reach $5 billion next year, the company said.", 5e9),
        ("The venture could be worth about $40 million, a company spokesman said.", 4e7),
    ],
)
def test_plans_and_own_outcomes_told_beside_informants_stay_targets(nlp, text, amount):
    assert _modality(nlp, text, amount) == "target"
