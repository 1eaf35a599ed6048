"""A goal noun near a figure: it makes the figure a target only where it states the figure's goal, not where the
figure's own verb reports a past result or the noun is what the figure counts. Sentences written for these tests,
invented names."""

import datetime as dt
from functools import partial

import pytest

from tests.facts.surface_facts import modality_of as modality_on

PUBLISHED = dt.date(2015, 6, 9)


modality_of = partial(modality_on, published=PUBLISHED)  # the shared helper, on this file's date


# the figure's own verb is a simple past: a result reported next to a goal noun
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Marlow Freight Inc stuck to its outlook and said revenue climbed 6 percent in the quarter.", "6 percent"),
        ("Hollin Bank kept its full-year guidance and said loans grew 4 percent.", "4 percent"),
        (
            "Funding deficits of the 50 biggest pension plans rose $9 billion to $120 billion in March, "
            "according to the Carvell index.",
            "$9 billion",
        ),
    ],
)
def test_a_past_result_near_a_goal_noun_stays_actual(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


# the goal noun is the thing counted, or a noun modifying it
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ostrell Benefits said it now serves 900,000 plan members.", "900,000"),
        ("Carvell Advisers said assets of its 40 retirement plans fell 3 percent in May.", "40"),
        (
            "Funding deficits of the 50 biggest pension plans rose $9 billion to $120 billion in March, "
            "according to the Carvell index.",
            "50",
        ),
    ],
)
def test_a_goal_noun_the_figure_counts_is_not_a_goal(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


# the goal noun states the figure: in its phrase, or the subject or object of its own verb, even in the past
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Peltry Steel set a goal of 400,000 tonnes of annual output last year.", "400,000 tonnes"),
        ("Peltry Steel's target was 8 percent growth in shipments.", "8 percent"),
        ("Peltry Steel is aiming for a margin target of 12 percent, its chief said.", "12 percent"),
        ("Peltry Steel trimmed a planned $300 million outlay on a new mill.", "$300 million"),
    ],
)
def test_a_goal_noun_stating_the_figure_makes_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"


# a prediction noun whose forecasters follow it in a phrase ("of economists", "from analysts", "by brokers")
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Kestrel Mills Inc will report on Friday. The average estimate from analysts is for quarterly "
            "revenue of $2.4 billion.",
            "$2.4 billion",
        ),
        (
            "Kestrel Mills Inc will report on Friday. The median forecast of analysts was for net profit to rise "
            "8 percent.",
            "8 percent",
        ),
        (
            "Kestrel Mills Inc will report on Friday. The median projection by economists was for exports to grow "
            "4 percent.",
            "4 percent",
        ),
    ],
)
def test_a_prediction_of_named_forecasters_is_a_forecast(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "forecast"


# a verb in the perfect joined to a verb of planning tells what is already done
@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Lorcan Chemicals Inc plans to cut 90 million euros in costs this year, and has already achieved "
            "about 60 percent of the planned cut.",
            "60 percent",
            "actual",
        ),
        ("Tamsin Retail Inc intends to close 80 branches this year and has already shut 25 branches.", "25", "actual"),
        (
            "Halvard Energy Inc plans to raise output to 2 million barrels a day and has lifted it by 300,000 "
            "barrels a day since March.",
            "300,000 barrels",
            "actual",
        ),
        ("Tamsin Retail Inc intends to close 80 branches this year and has already shut 25 branches.", "80", "target"),
    ],
)
def test_a_perfect_joined_to_a_plan_is_a_done_fact(nlp, text, surface, modality):
    assert modality_of(nlp, text, surface) == modality
