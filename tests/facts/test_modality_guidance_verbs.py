"""Whose prediction a figure is, read from the verb that takes the prediction noun: a company that stands by,
reaffirms or revises a forecast gives its own guidance (target); a forecaster who revises one, or a result that
beats one, leaves it someone else's (forecast). Sentences written for these tests, invented names."""

import datetime as dt
from functools import partial

import pytest

from tests.facts.surface_facts import modality_of as modality_on

PUBLISHED = dt.date(2013, 10, 22)


modality_of = partial(modality_on, published=PUBLISHED)  # the shared helper, on this file's date


# a verb of keeping guidance, with the prediction after its preposition ("stood by", "stuck to")
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Dallow Bank Inc also stood by its forecast for earnings of 70 cents to 75 cents a share.",
            "70 cents to 75 cents",
        ),
        ("Hemmet Steel Corp stuck to its forecast for an annual operating profit of 90 billion yen.", "90 billion yen"),
        ("Ostrava Retail Ltd kept to its outlook for sales growth of 4 percent this year.", "4 percent"),
    ],
)
def test_guidance_kept_through_a_preposition_is_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"


# a prediction noun with no owner, taken by a verb of keeping or revising guidance whose subject is no forecaster
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Norvale Foods Inc reiterated forecasts for sales of $5 billion this year.", "$5 billion"),
        ("Bellmark Group stuck to earlier forecasts of adding about 300 stores a year.", "300"),
        ("Corlan Systems Inc confirmed estimates of $40 million in savings from the merger.", "$40 million"),
    ],
)
def test_an_unowned_forecast_the_subject_keeps_is_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"


# forecasters who revise their projections in a relative clause
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Shares of Tarvick Mills rose after a note from Carvell Research analysts, who raised their projections "
            "for the company's 2014 revenue growth to 12 percent.",
            "12 percent",
        ),
        (
            "Dallow Bank Inc drew support from Merrow analysts, who increased their forecasts for its loan growth "
            "to 9 percent.",
            "9 percent",
        ),
        (
            "Hemmet Steel Corp fell after economists, who cut their forecasts for steel demand, said it would "
            "shrink 4 percent next year.",
            "4 percent",
        ),
    ],
)
def test_forecasters_revising_their_projections_make_a_forecast(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "forecast"


# a result that beats a prediction, forecasters raising theirs, or an estimated amount: someone else's figure
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Norvale Foods Inc beat forecasts of 50 cents a share.", "50 cents"),
        ("Analysts raised forecasts for Norvale Foods Inc to 55 cents a share.", "55 cents"),
        ("Ostrava Retail Ltd topped the consensus estimate of $1.2 billion in sales.", "$1.2 billion"),
    ],
)
def test_someone_elses_prediction_stays_a_forecast(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "forecast"


# a person a forecaster's title names, predicting (not a quoted comment of hers, which may be about a result)
@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Merrow Securities analyst Ann Dole lowered her 2014 profit forecast for Dallow Bank Inc to $1.60 a share.",
            "$1.60",
            "forecast",
        ),
        (
            "Ann Dole, an analyst at Merrow Securities, expects Dallow Bank Inc to earn $1.60 a share this year.",
            "$1.60",
            "forecast",
        ),
        (
            "Carvell analyst Pim Stroud had expected 7 percent sales growth at Norvale Foods Inc.",
            "7 percent",
            "forecast",
        ),
        (
            '"Margins of 14 percent at Norvale Foods Inc are remarkable," said Carvell analyst Pim Stroud.',
            "14 percent",
            "actual",
        ),
    ],
)
def test_a_titled_forecaster_predicting_makes_a_forecast(nlp, text, surface, modality):
    assert modality_of(nlp, text, surface) == modality
