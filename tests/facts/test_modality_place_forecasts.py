"""A place's figure predicted in the passive voice with no one named ("the economy is expected to shrink 2
percent", "inflation is forecast at 3 percent") is the consensus forecast, not the place's own plan; a place's
active plan stays its target. Sentences written for these tests, invented names."""

import datetime as dt
from functools import partial

import pytest

from tests.facts.surface_facts import modality_of as modality_on

PUBLISHED = dt.date(2011, 4, 28)


modality_of = partial(modality_on, published=PUBLISHED)  # the shared helper, on this file's date


@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Peru's exports fell in March. The economy is expected to shrink 1.8 percent this year.",
            "1.8 percent",
            "forecast",
        ),
        ("Peru's jobless rate is projected to hold steady at 8.4 percent in May.", "8.4 percent", "forecast"),
        ("Peru's exports rose in March. Second quarter inflation is seen at 3.6 percent.", "3.6 percent", "forecast"),
        ("Peru plans to cut its budget deficit to 2 percent of its economic output next year.", "2 percent", "target"),
        ("Peru will raise its minimum wage by 6 percent in July, the labor minister said.", "6 percent", "target"),
    ],
)
def test_a_place_figure_predicted_in_the_passive_is_a_forecast(nlp, text, surface, modality):
    assert modality_of(nlp, text, surface) == modality


# a prediction whose source the sentence names as forecasters; a result told beside its forecasters stays a result
@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Norvale Foods Inc's 2012 sales are seen at $4 billion, according to analysts polled by Carvell.",
            "$4 billion",
            "forecast",
        ),
        (
            "According to the median forecast of 12 analysts, Dallow Bank Inc will earn $900 million this year.",
            "$900 million",
            "forecast",
        ),
        (
            "Hemmet Steel Corp is expected to post a loss of $30 million, according to Merrow Estimates.",
            "$30 million",
            "forecast",
        ),
        (
            "Norvale Foods Inc's profit was $2.10 a share, above forecasts, according to Carvell Estimates.",
            "$2.10",
            "actual",
        ),
        (
            "Norvale Foods Inc expects sales of $4 billion next year, according to a company statement.",
            "$4 billion",
            "target",
        ),
    ],
)
def test_a_prediction_sourced_to_forecasters_is_a_forecast(nlp, text, surface, modality):
    assert modality_of(nlp, text, surface) == modality
