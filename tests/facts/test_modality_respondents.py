"""Modality: a share of the people polled who expect, fear, say or plan something is what the poll found (actual),
not a prediction. Sentences written for these tests, with invented names."""

import pytest

from tests.facts.surface_facts import modality_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Ostler Institute Inc published a survey of German managers on Monday. Nearly 40 percent of the managers "
            "surveyed fear a recession in 2020.",
            "40 percent",
        ),
        (
            "Halvard Consulting Inc surveyed 500 British companies. The survey found 71 percent of respondents plan "
            "to cut spending over the next six months.",
            "71 percent",
        ),
        (
            "Brenning Associates Inc polled voters in France last week. About two thirds of French voters believe "
            "the tax will be raised, the poll showed.",
            "two thirds",
        ),
        (
            "Kestrel Bank Corp surveyed chief executives in Japan. Respondents were gloomier on Europe, with 58 "
            "percent expecting conditions there to worsen.",
            "58 percent",
        ),
        (
            "Kestrel Bank Corp surveyed chief executives in Japan. Slightly over half, or 52 percent, expect the "
            "economy to weaken in the coming year.",
            "52 percent",
        ),
    ],
)
def test_a_share_of_those_who_hold_a_view_is_an_observed_result(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        ("Tarvel Corp expects sales to rise 5 percent next year.", "5 percent", "target"),
        ("Analysts expect Tarvel Corp to earn $2.10 a share this year.", "$2.10", "forecast"),
        ("Tarvel Corp said revenue growth of 3 percent is expected next year.", "3 percent", "target"),
    ],
)
def test_what_is_expected_keeps_its_modality(nlp, text, surface, modality):
    assert modality_of(nlp, text, surface) == modality
