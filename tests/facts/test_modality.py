"""Modality: whose claim a figure is. Tables of sentences written for these tests with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def modality_of(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface]
    assert facts, f"no fact for {surface!r}"
    return facts[0].modality


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Darrow Foods Inc expects 2020 sales of $4.1 billion, compared with 2019 sales of $3.9 billion.",
            "$3.9 billion",
        ),
        ("Darrow Foods Inc plans to cut its stores to 47 by May from 57 in February.", "57"),
        ("Darrow Foods Inc sees profit up 5 percent from $189 million it posted a year earlier.", "$189 million"),
    ],
)
def test_the_base_a_plan_is_compared_with_is_an_actual_result(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Larch Media Inc said on Thursday it would buy Pell Networks Inc for about $1.8 billion.",
            "$1.8 billion",
            "actual",
        ),
        ("Larch Media Inc said it will acquire Ostby Games Ltd for $420 million in cash.", "$420 million", "actual"),
        ("Larch Media Inc said it plans to buy Ferro Radio Inc for up to $90 million.", "$90 million", "target"),
    ],
)
def test_an_announced_deal_price_is_actual_unless_only_planned(nlp, text, surface, modality):
    assert modality_of(nlp, text, surface) == modality


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Corbel Inc said revenue would lag, and its shares closed up 0.4 percent.", "0.4 percent"),
        ("Corbel Inc said margins will narrow, while its stock ended down 2 percent.", "2 percent"),
        ("Corbel Inc warned profit would fall, and its shares slid 6 percent.", "6 percent"),
    ],
)
def test_a_coordinated_clause_with_its_own_subject_states_its_own_fact(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Arlo Systems Inc said it estimates integration costs at $300 million.", "$300 million"),
        ("Arlo Systems Inc estimates that savings will reach $50 million in 2021.", "$50 million"),
        ("Arlo Systems Inc said it estimates the charge at about $12 million.", "$12 million"),
    ],
)
def test_a_company_estimate_of_its_own_figures_is_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"
