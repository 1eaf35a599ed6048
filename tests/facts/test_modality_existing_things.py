"""Figures that a planned or predicted clause does not plan: the market's answer to an announcement ("cut its
outlook, sending its shares down 4 percent") and the size of a thing the subject already owns ("will close its
$600 million fund"). Sentences written for these tests, invented names."""

import datetime as dt
from functools import partial

import pytest

from tests.facts.surface_facts import modality_of as modality_on

PUBLISHED = dt.date(2014, 3, 12)


modality_of = partial(modality_on, published=PUBLISHED)  # the shared helper, on this file's date


# a participle after a finished verb tells what that act did: an observed move, not part of the plan announced
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Tarvick Mills raised its annual outlook, sending shares up 3.2 percent.", "3.2 percent"),
        (
            "Pemberly Foods warned of weak earnings and cut its outlook, knocking its shares down 5 percent.",
            "5 percent",
        ),
        ("Corlan Systems lowered its profit target, pushing its stock down 6 percent in late trade.", "6 percent"),
    ],
)
def test_the_markets_answer_to_a_forecast_is_actual(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


# after a planned act the participle is part of the plan
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Tarvick Mills Inc will cut 400 jobs next year, reducing its workforce to 2,000 employees.", "2,000"),
        ("Corlan Systems plans to open 30 stores in 2015, raising its store count to 250.", "250"),
        (
            "Pemberly Foods expects to sell the unit in June, freeing up $300 million for debt repayment.",
            "$300 million",
        ),
    ],
)
def test_a_participle_after_a_planned_act_stays_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"


# a figure before a noun a possessive owns sizes a thing that exists, whatever is planned for it
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Dallow Bank said it would wind down its $400 million bond fund by the end of the year.", "$400 million"),
        ("Hemmet Securities said regulators will divide its $75 million penalty among three states.", "$75 million"),
        ("Ostrava Retail plans to give its 12,000 store workers a bonus this year.", "12,000"),
        ("Bellmark Group expects to sell its 35 percent stake in the venture next year.", "35 percent"),
    ],
)
def test_the_size_of_an_owned_thing_is_actual(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"


# a possessed noun of a goal, a prediction, a guided range or a planned thing keeps the plan
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Dallow Bank expects to reach the top of its 8 to 10 percent growth forecast.", "8 to 10 percent"),
        ("Ostrava Retail said it would spend its planned $90 million budget over two years.", "$90 million"),
        ("Bellmark Group said profit would come in at the low end of its $2.10 to $2.20 range.", "$2.10 to $2.20"),
    ],
)
def test_an_owned_goal_or_range_stays_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"
