"""Modality: an estimate of what is or was (a finite clause in the present, past or perfect under "estimate") is a
reading of a fact, actual; an estimate of what will be stays the estimator's expectation. So is a sum a past
relative clause describes ("$45 billion in funds the bank took"). Sentences written for these tests, with invented
names."""

import pytest

from tests.facts.surface_facts import modality_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Pellam Bank Corp estimated it has lost more than $900 million in the third quarter.", "$900 million"),
        ("Pellam Bank Corp estimated that its customers hold $4 billion of the notes.", "$4 billion"),
        (
            "Pellam Bank Corp estimates that about 30 percent of the region's mortgages are serviced by its units.",
            "30 percent",
        ),
        ("Pellam Bank Corp has estimated that its branches need an extra $300 million of capital.", "$300 million"),
    ],
)
def test_an_estimate_of_a_present_or_past_fact_is_actual(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Pellam Bank Corp estimated that savings should reach $200 million a year from 2021.", "$200 million"),
        ("Pellam Bank Corp estimated its investment in the plant to exceed $500 million.", "$500 million"),
        ("Pellam Bank Corp estimates 2020 revenue of $3 billion.", "$3 billion"),
    ],
)
def test_an_estimate_of_what_will_be_stays_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"


@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Pellam Bank Corp will hand back the $45 billion of state aid the lender drew during the 2009 slump.",
            "$45 billion",
            "actual",
        ),
        (
            "Pellam Bank Corp said it would return $300 million of deposits it received in March.",
            "$300 million",
            "actual",
        ),
        ("Pellam Bank Corp will pay back $8 billion in loans it got from the state in 2009.", "$8 billion", "actual"),
        ("Pellam Bank Corp plans to sell $2 billion of the bonds it bought last year.", "$2 billion", "target"),
        (
            "Pellam Bank Corp will repay $45 billion in government bailout funds it expects to receive.",
            "$45 billion",
            "target",
        ),
    ],
)
def test_a_past_clause_on_the_noun_a_figure_sizes_tells_a_done_fact(nlp, text, surface, modality):
    """ "$45 billion in funds the bank took": the clause hangs on the noun the figure sizes; "$2 billion of the
    bonds it bought" is a part of them, planned."""
    assert modality_of(nlp, text, surface) == modality
