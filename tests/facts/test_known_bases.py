"""The figure a predicted change is measured from is known today when its period is over: "analysts see the order
book doubling to 80 ships, against 40 ships two years ago" forecasts the 80, the 40 is a result
(`modality_bases.known_base`, `base_known_before`). A base that is itself an earlier prediction ("against the 3.4
percent economists had pencilled in", "from 3 percent in the last survey") or that lies in the running or a later
year ("to $9 next year from $8 this year") stays a forecast. Sentences written for these tests."""

import pytest

from tests.facts.outlook_facts import outlook_facts


def _modalities(nlp, text):
    facts = outlook_facts(nlp, text)
    return {f.value.amount: f.modality for f in facts if f.value}


@pytest.mark.parametrize(
    ("text", "predicted", "base"),
    [
        ("Analysts believe Tarrow Mills Ltd's store count could reach 90 within three years from 60 now.", 90, 60),
        (
            "Analysts expect Norvale Foods Inc's quarterly profit to double to $9 million from $4.5 million in the "
            "same quarter of 2013.",
            9e6,
            4.5e6,
        ),
        (
            "Analysts polled by Reuters expect Norvale Foods Inc to post sales of $3 billion, up from $2.5 billion "
            "a year earlier.",
            3e9,
            2.5e9,
        ),
        ("Analysts said Norvale Foods Inc could lift its margin to 12 percent from 9 percent last year.", 12, 9),
        (  # no period read for the base, but a past clause on it
            "Analysts expect home sales in Varnia to fall to a 4.1 million pace from the 4.4 million pace first "
            "reported for March.",
            4.1e6,
            4.4e6,
        ),
    ],
)
def test_the_base_of_a_forecast_change_is_a_result(nlp, text, predicted, base):
    modalities = _modalities(nlp, text)
    assert modalities[predicted] == "forecast"
    assert modalities[base] == "actual"


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "Economists expect Tarrow Mills Ltd to earn $2.30 a share next year, above the $2.10 they had predicted "
            "in January.",
            2.1,
        ),
        ("Economists expect Norvale Foods Inc to earn $1.10 a share in 2015, down from $1.25 in the May poll.", 1.25),
        (
            "Analysts expect Norvale Foods Inc to sell $4 billion in 2015, against the consensus of $4.2 billion.",
            4.2e9,
        ),
    ],
)
def test_a_base_that_was_itself_predicted_stays_a_forecast(nlp, text, base):
    assert _modalities(nlp, text)[base] == "forecast"


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("Analysts expect Norvale Foods Inc to earn $1.40 a share in 2015, up from $1.20 in 2014.", 1.2),
        ("Analysts see Tarrow Mills Ltd's sales rising to $4 billion next year from $3.5 billion this year.", 3.5e9),
        ("Analysts expect Tarrow Mills Ltd's revenue to reach $61 million in 2016, from $55 million in 2015.", 5.5e7),
    ],
)
def test_a_base_in_the_running_or_a_later_year_stays_a_forecast(nlp, text, base):
    assert _modalities(nlp, text)[base] == "forecast"


def test_a_base_in_a_finished_year_is_a_result(nlp):
    text = "Analysts expect Norvale Foods Inc to earn $1.40 a share in 2015, up from $1.20 in 2013."
    assert _modalities(nlp, text)[1.2] == "actual"
