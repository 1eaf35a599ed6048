"""Where a predicting or planning clause ends: a participle on the predicted noun is predicted too ("had forecast
output growing at 3 percent"), while a figure a preposition of ground holds ("after a 5 percent fall", "given the
9 percent jobless rate") is a known fact. Sentences written for these tests, invented names."""

import datetime as dt
from functools import partial

import pytest

from tests.facts.surface_facts import modality_of as modality_on

PUBLISHED = dt.date(2011, 4, 28)


modality_of = partial(modality_on, published=PUBLISHED)  # the shared helper, on this file's date


# a participle clause that the predicting verb predicts, or whose noun is the forecasters themselves
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Economists had forecast Freedonia's economy, which relies on copper exports, growing at a 2.4 percent "
            "rate in the first quarter.",
            "2.4 percent",
        ),
        (
            "Analysts had forecast Norvale Foods Inc's sales, which include frozen meals, falling 3 percent in the "
            "quarter.",
            "3 percent",
        ),
        ("A Carvell poll showed analysts expecting Norvale Foods Inc to post a profit of $80 million.", "$80 million"),
    ],
)
def test_a_predicted_participle_clause_is_a_forecast(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "forecast"


# the ground of a prediction or plan, held by "after", "following", "given": a known fact
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Economists expect Freedonia's economy to grow 2 percent this year after a 4.5 percent contraction "
            "in 2010.",
            "4.5 percent",
        ),
        (
            "For Norvale Foods Inc, the settlement will hinder efforts to cut costs following $3.2 billion of "
            "losses in the last two years.",
            "$3.2 billion",
        ),
        (
            "Peru's exports fell in March. The recovery is expected to be rather slow given the 11.2 percent "
            "unemployment rate.",
            "11.2 percent",
        ),
    ],
)
def test_a_figure_of_ground_stays_actual(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


# a preposition of ground on a noun qualifies the measure: the figure stays in the prediction
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In May, Norvale Foods Inc had forecast 2011 cash flow after investment of $2 billion.", "$2 billion"),
        ("Corlan Systems Inc expects operating profit after charges of $300 million next year.", "$300 million"),
        ("Tarvick Mills Inc plans to cut costs following a review, saving $40 million a year.", "$40 million"),
    ],
)
def test_a_qualifying_phrase_keeps_the_prediction(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"
