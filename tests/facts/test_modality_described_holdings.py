"""Figures a planned clause does not plan, round 25: the present size of a stock the subject holds, written with its
owner after the noun or in an "of" phrase on it, and a phrase set off on a named subject that describes it. Sentences
written for these tests, invented names."""

import datetime as dt
from functools import partial

import pytest

from tests.facts.surface_facts import modality_of as modality_on

PUBLISHED = dt.date(2014, 3, 12)


modality_of = partial(modality_on, published=PUBLISHED)  # the shared helper, on this file's date


# an owned stock sized in an "of" phrase, or before a noun whose owner follows it: its size now, a result
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Under the plan, Lodden Paper aims to put its reserves of $700 million toward two new mills by 2016.",
            "$700 million",
        ),
        (
            "By the end of June, Ravena Group hopes to lift the 12 percent stake of its pension fund in Keddle "
            "Mills to 20 percent.",
            "12 percent",
        ),
        ("Quorn Mining plans to sell the 30 percent stake of its parent in the smelter next year.", "30 percent"),
        ("Tamsin Air said it would halve its workforce of 8,000 over the next three years.", "8,000"),
    ],
)
def test_the_present_size_of_an_owned_stock_is_actual(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


# the planned figure beside it stays the plan; a planned deal's size, a flow and an owned goal stay targets
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Under the plan, Lodden Paper aims to put its reserves of $700 million toward two new mills by 2016.",
            "two",
        ),
        (
            "By the end of June, Ravena Group hopes to lift the 12 percent stake of its pension fund in Keddle "
            "Mills to 20 percent.",
            "20 percent",
        ),
        ("Corbin Foods expects to complete the $500 million sale of its chemicals unit in June.", "$500 million"),
        ("Corbin Foods expects its sales of $2 billion next year.", "$2 billion"),
        ("Dallow Bank plans to reach its capital target of 10 percent by 2016.", "10 percent"),
        ("Corbin Foods will sell 10 million shares of its Asian unit in a public offering next month.", "10 million"),
        ("Holdex Partners plans to buy a 20 percent stake of Tarvel Corp from its founder.", "20 percent"),
        ("Corbin Foods will close 40 stores of its discount chain next year.", "40"),
    ],
)
def test_a_planned_figure_beside_an_owned_stock_stays_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"


# a phrase set off on a named subject describes what it is or has now, whatever the verb plans
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Lindqvist Ferries, an operator with 14 vessels, intends to order two more ships by 2017.", "14"),
        ("Next year Ostby Credit Union, with deposits of $6 billion, will merge its back offices.", "$6 billion"),
        ("Pellcor Stores Inc, a chain with 1,200 shops, will open a flagship in Paris in May.", "1,200"),
    ],
)
def test_a_phrase_describing_a_named_subject_is_actual(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


# what the verb plans stays the plan; a described goal or prediction stays a target
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Next year Ostby Credit Union, with deposits of $6 billion, will shut 9 branches.", "9"),
        ("Velmont Bank, with a goal of $40 billion in assets by 2016, plans to cut 500 jobs.", "$40 billion"),
        ("Pellcor Stores Inc, with a goal of 2,000 shops by 2018, will open a flagship in Paris.", "2,000"),
    ],
)
def test_the_planned_figure_or_a_described_goal_stays_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"
