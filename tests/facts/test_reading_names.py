"""Index stand-ins and population shares are named as the gold writes them (reading_names.py,
docs/DECISIONS.md): "a reading of 98.2" measures the index, "unemployment hit 4.5 percent" the unemployment
rate. Stories written for these tests, invented organization and index names (places are real: spaCy must
label them as places)."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def predicate_of(nlp, text: str, surface: str) -> str:
    return fact_with_surface(nlp, text, surface, title="Economy news", published="2012-03-14").predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "The Harlow consumer sentiment index fell to 61.2 from 64.0, and the current conditions gauge "
            "rose to 48.1 from 45.3.",
            "48.1",
            "current conditions index",
        ),
        (
            "Brisco Research said its monthly survey of purchasing managers showed the factory barometer climbed "
            "to 53.7 in February.",
            "53.7",
            "factory index",
        ),
        (
            "The Tamsin business mood index slipped to 97.5 in March. Forecasters had pencilled in a reading of 98.2.",
            "98.2",
            "index",
        ),
        # the survey is named a sentence before the stand-in
        (
            "The Pellow small business optimism survey weakened in May. Its hiring gauge dropped to 44.2.",
            "44.2",
            "hiring index",
        ),
    ],
)
def test_index_stand_in_reads_as_index(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Unemployment in Norway hit 4.5 percent in May, the lowest in three years.",
            "4.5 percent",
            "unemployment rate",
        ),
        (
            "Norway's unemployment stood at 3.9 percent last month, statistics showed.",
            "3.9 percent",
            "unemployment rate",
        ),
        ("Hotel occupancy in Portugal averaged 71 percent in August, a record.", "71 percent", "occupancy rate"),
    ],
)
def test_percent_level_of_a_share_is_its_rate(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Youth unemployment in Norway rose 0.4 point to 18 percent.", "0.4 point", "youth unemployment rate"),
        (
            "Greece's youth unemployment climbed 1.2 points to 51 percent in May.",
            "1.2 points",
            "youth unemployment rate",
        ),
        (
            "Portugal's hotel occupancy slipped 1.5 points to 64 percent in August.",
            "1.5 points",
            "hotel occupancy rate",
        ),
    ],
)
def test_a_move_in_points_of_a_share_is_its_rate(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # a stand-in with its own of-phrase names what it reads
        (
            "The Pellan Lenders Association said its gauge of mortgage applications rose 4.2 percent last week.",
            "4.2 percent",
            "mortgage applications",
        ),
        # a percent move of unemployment is a move of a count, no rate
        ("Norway's unemployment swelled 12 percent over the twelve months to May.", "12 percent", "unemployment"),
        # a stand-in with its own for-phrase, although a survey is in view
        (
            "In its quarterly survey, Marrick Securities said the barometer for its lending book slid 6 percent "
            "in the second quarter.",
            "6 percent",
            "barometer",
        ),
    ],
)
def test_left_alone(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Talvex said the temperature gauge at its plant fell to 12 percent.", "12 percent", "temperature gauge"),
        ("The humidity gauge in Brisco's warehouse climbed to 71 percent overnight.", "71 percent", "humidity gauge"),
        (
            "Engineers at Brisco said the boiler's pressure gauge read 85 before the valve failed.",
            "85",
            "pressure gauge",
        ),
        ("A storm barometer at the Kelso weather station dropped to 960 overnight.", "960", "storm barometer"),
    ],
)
def test_a_stand_in_with_no_index_or_survey_in_view_is_no_index(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate
