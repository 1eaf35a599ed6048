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
            "Arlo Systems said it would buy back $5 billion in stock, a fifth of its market "
            "value of $25 billion, within two years.",
            "$25 billion",
        ),
        (
            "Holdex Partners will trim the $12 billion debt pile of Tarvel Resorts by $3 billion over two years.",
            "$12 billion",
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
            "Arlo Systems said it would buy back $5 billion in stock, a fifth of its market "
            "value of $25 billion, within two years.",
            "$5 billion",
        ),
        (
            "Holdex Partners will trim the $12 billion debt pile of Tarvel Resorts by $3 billion over two years.",
            "$3 billion",
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
        (
            "Merovia, home to some 2 percent of known gas deposits, expects a new field to lift output by 2020.",
            "2 percent",
        ),
        ("Velmont Bank, with assets of $40 billion, plans to cut 500 jobs next year.", "$40 billion"),
        ("Pellcor Stores Inc, a chain with 1,200 shops, will open a flagship in Paris in May.", "1,200"),
    ],
)
def test_a_phrase_describing_a_named_subject_is_actual(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


# what the verb plans stays the plan; a described goal or prediction stays a target
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Velmont Bank, with assets of $40 billion, plans to cut 500 jobs next year.", "500"),
        ("Velmont Bank, with a goal of $40 billion in assets by 2016, plans to cut 500 jobs.", "$40 billion"),
        ("Pellcor Stores Inc, with a goal of 2,000 shops by 2018, will open a flagship in Paris.", "2,000"),
    ],
)
def test_the_planned_figure_or_a_described_goal_stays_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"
