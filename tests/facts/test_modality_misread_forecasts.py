"""A "forecast" the tagger reads as a noun where it is the clause's verb predicts the figures after it (round 38):
a forecaster's or an institution's view of an economy is a forecast, a company's view of its own figures its target.
Sentences written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import modality_of


# forecasters before the misread verb: their prediction, not a result
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Analysts polled by Carvell Estimates forecast, on average, a profit of 40 cents per share.", "40 cents"),
        ("Economists surveyed by Halden Research forecast, on average, growth of 2 percent.", "2 percent"),
        ("Strategists polled by Halden Research forecast, on average, a rise of 4 percent in the index.", "4 percent"),
        ("Brokers surveyed by Carvell Data forecast, on average, revenue of $3.2 billion.", "$3.2 billion"),
    ],
)
def test_forecasters_before_a_misread_forecast_make_a_forecast(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "forecast"


# an institution's view of an economy-wide statistic: a forecast, not the institution's plan
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Halden Bank forecast on Monday the global economy would shrink by 0.8 percent in 2010.", "0.8 percent"),
        ("The Brandt Institute forecast inflation would reach 3.2 percent this year.", "3.2 percent"),
        ("The Ostbank Institute forecast on Tuesday inflation would ease to 2.4 percent next year.", "2.4 percent"),
    ],
)
def test_an_institution_forecasting_an_economy_with_a_misread_verb_makes_a_forecast(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "forecast"


# a company telling its own figures with the misread verb: its guidance
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Brellin Group posted a loss. The group, created by the 2009 merger of two grocers, forecast synergies "
            "of $1.2 billion.",
            "$1.2 billion",
        ),
        ("Halden Mills Ltd forecast, in a statement, sales of $900 million for the year.", "$900 million"),
        ("Norvale Corp forecast revenue of $2 billion for next year.", "$2 billion"),
    ],
)
def test_a_company_forecasting_its_own_figures_with_a_misread_verb_sets_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"


# near misses: the noun "forecast", a verb the tagger reads right, another teller's clause, a comparison base
@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        ("The Brandt Institute forecast of 3 percent growth was cut.", "3 percent", "forecast"),
        (
            "Tarrow Inc cut jobs on Monday. Tarrow raised its sales forecast, citing a 5 percent rise in orders.",
            "5 percent",
            "actual",
        ),
        ("For Tarrow Inc, analysts forecast a loss of 2 cents a share.", "2 cents", "forecast"),
        (
            "Tarrow Inc forecast revenue of $2 billion, while analysts had forecast $2.1 billion.",
            "$2.1 billion",
            "forecast",
        ),
        (
            "Brellin Group said its 2011 forecast, issued in March, called for sales of $4 billion.",
            "$4 billion",
            "target",
        ),
        (
            "The Brandt Institute forecast growth of 3 percent this year, up from 2 percent last year.",
            "2 percent",
            "actual",
        ),
    ],
)
def test_near_misses_of_a_misread_forecast_keep_their_reading(nlp, text, surface, modality):
    assert modality_of(nlp, text, surface) == modality
