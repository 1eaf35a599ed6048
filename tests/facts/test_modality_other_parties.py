"""A prediction about another named party's figure is a forecast (`modality_other_parties`); a "from" that names
where a measure comes from is no comparison base (`modality_bases`). Sentences written for these tests."""

import pytest

from tests.facts.surface_facts import modality_after_results

_modality = modality_after_results


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Lindqvist now expects Corbel Foods Inc to post a loss of $1.40 per share in 2012.", 1.4),
        (
            "The energy agency said it was expecting Norvale Oil Corp to cut output "
            "by 90,000 barrels per day next month.",
            90000,
        ),
        ("Ostmark Bank estimates that Quenby Mining Ltd will earn $300 million in 2013.", 3e8),
        ("The fund predicts Brisa Telecom Inc will lift its dividend to 45 cents a share next year.", 0.45),
    ],
)
def test_a_prediction_of_another_named_party_is_a_forecast(nlp, text, amount):
    assert _modality(nlp, text, amount) == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tarrow Industries expects to earn $2.10 per share in 2012.", 2.1),
        ("Tarrow Industries expects its sales to rise 6 percent this year.", 6),
        ("Tarrow expects Tarrow Foods to open 40 stores in 2013.", 40),
        ("Chief executive Ann Lee expects Tarrow to open 30 stores in 2013.", 30),
    ],
)
def test_own_predictions_and_officers_stay_targets(nlp, text, amount):
    assert _modality(nlp, text, amount) == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tarrow forecasts 2012 profit of $3.15 per share, and earnings from continuing operations of $2.45.", 2.45),
        ("The company expects a loss from continuing operations of 12 cents per share in 2012.", 0.12),
        ("The group forecasts sales from online stores of $250 million in 2012.", 2.5e8),
    ],
)
def test_a_measure_from_its_source_in_guidance_is_a_target(nlp, text, amount):
    assert _modality(nlp, text, amount) == "target"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tarrow expects revenue of $900 million in 2012, up from $820 million last year.", 8.2e8),
        ("Tarrow sees sales rising to $5 billion next year from $4.6 billion in 2011.", 4.6e9),
    ],
)
def test_a_base_after_from_stays_actual(nlp, text, amount):
    assert _modality(nlp, text, amount) == "actual"
