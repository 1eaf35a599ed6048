"""Modality: a prediction a verb moves or sets, owned by a place or moved by no company, is a forecast at the level
its "to"/"at"/"from" phrase gives (`modality_moved_predictions`): a forecaster's view of that place or market,
neither a result nor the subject's goal. The subject's own forecast, a state's own view of its economy and a
difference from an estimate keep their modality. Sentences written for these tests, with invented names."""

import pytest

from tests.facts.surface_facts import modality_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Brandt Institute cut Freedonia's growth forecast for this year to 1.1 percent.", "1.1 percent"),
        ("Freedonia's inflation forecasts were raised to 3.4 percent for this year.", "3.4 percent"),
        ("The Halden Fund cut Freedonia's deficit projection for this year to 4.2 percent of output.", "4.2 percent"),
        ("The Tarrow Institute put Freedonia's growth estimate for this year at 2.6 percent.", "2.6 percent"),
        ("The bank cut Freedonia's growth forecast to 1.2 percent from 1.9 percent.", "1.9 percent"),
        (
            "Weak demand has pushed down the average forecast for Freedonian car sales to 1.2 million units, Tarrow"
            " Motors said.",
            "1.2 million",
        ),
        (
            "Tight supply has pushed up the consensus forecasts for Freedonian oil prices in 2015 to around $80"
            " a barrel.",
            "$80 a barrel",
        ),
    ],
)
def test_a_moved_prediction_of_a_place_or_moved_by_no_company_is_a_forecast(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "forecast"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Acme Corp cut its sales forecast for this year to $2 billion.", "$2 billion", "target"),  # its own
        ("Acme Corp put its expectations for sales at $3 billion.", "$3 billion", "target"),
        ("Acme Corp raised the forecast for this year to $2.50 a share.", "$2.50", "target"),  # a company moves it
        ("Freedonia cut its growth forecast for this year to 1.5 percent.", "1.5 percent", "target"),  # a state's own
        ("Acme Corp's profit topped the average estimate by 3 cents a share.", "3 cents", "actual"),  # a difference
    ],
)
def test_own_predictions_and_differences_keep_their_modality(nlp, text, surface, expected):
    assert modality_of(nlp, text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a state's own view of its economy is left to the other rules (round 13: it is its target)
        ("The finance ministry cut Freedonia's growth forecast for this year to 2 percent.", "2 percent"),
        # a company's own guidance told in the passive: its owner is no place
        ("Acme Corp's profit forecast was raised to $2 billion.", "$2 billion"),
    ],
)
def test_a_prediction_owned_by_no_other_place_is_not_made_a_forecast(nlp, text, surface):
    assert modality_of(nlp, text, surface) != "forecast"
