"""Near misses of the present-size rules (round 25 review): a size its own phrase dates past the story, a stock
that is the subject of an expected or wanted outcome, and a thing that does not exist yet keep the clause's
modality. Sentences written for these tests, invented names."""

import datetime as dt
from functools import partial

import pytest

from tests.facts.surface_facts import modality_of as modality_on

PUBLISHED = dt.date(2014, 3, 12)

modality_of = partial(modality_on, published=PUBLISHED)  # the shared helper, on this file's date


# a describing phrase whose own date lies after the story: not a present size, the clause decides
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Halloran Brewing, with 2016 revenue of $900 million, aims to buy a maltster.", "$900 million", "target"),
        (
            "Pico Telecom, with 4 million subscribers by the end of 2015, wants to list in Frankfurt.",
            "4 million",
            "target",
        ),
        ("Ambry Foods, with about $1.2 billion in sales next year, will add two bakeries.", "$1.2 billion", "target"),
    ],
)
def test_a_description_dated_after_the_story_keeps_the_clause(nlp, text, surface, expected):
    assert modality_of(nlp, text, surface) == expected


def test_a_description_dated_before_the_story_is_still_actual(nlp):
    text = "Halloran Brewing, with 2013 revenue of $900 million, aims to buy a maltster."
    assert modality_of(nlp, text, "$900 million") == "actual"


# an owned stock that is the subject of an outcome someone expects or wants: the outcome's figure, not a size now
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Brandt Cement expects its capacity of 5 million tonnes to be reached once the kiln is built.",
            "5 million tonnes",
            "target",
        ),
        (
            "Loxley Retail would like its market share of 15 percent in 2018 to rest on online sales.",
            "15 percent",
            "target",
        ),
        (
            "Investors expect Corlin Bank's market share of 9 percent in 2015 to fall to 8 percent by 2017.",
            "9 percent",
            "forecast",
        ),
        ("Dray Hotels expects its staff of 2,000 to be ready when its resort opens in 2016.", "2,000", "target"),
    ],
)
def test_an_owned_stock_as_an_expected_outcome_keeps_the_clause(nlp, text, surface, expected):
    assert modality_of(nlp, text, surface) == expected


# a thing that does not exist yet: new, one a planning clause names, or made or set by the verb; and a count of
# the things a planned act takes is that act's size
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Mardle Foods will recruit the 300 staff of its new bakery in the autumn.", "300"),
        (
            "Tavish Energy plans to establish its capacity of 800 megawatts at a site it bought last year.",
            "800 megawatts",
        ),
        ("From July, Tavish Energy will set its price of $4 a unit for small users.", "$4"),
        ("Dovren Bank will take over the $2 billion debt of Askel Finance that it intends to split off.", "$2 billion"),
        ("Pallot Stores will shut the 25 outlets of its grocery arm by the end of the year.", "25"),
        ("In 2015 Norbury Motors Inc will recruit its 900 new employees.", "900"),
    ],
)
def test_a_thing_not_yet_in_being_stays_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"


# the same shapes on a stock that exists, with its act sized apart: still its present size
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Pallot Stores will sell the $300 million debt of its grocery arm to a fund.", "$300 million"),
        ("Mardle Foods expects to refinance its debt of $450 million before the summer.", "$450 million"),
        ("Tarrow Mills believes its three paper plants could run far cheaper on gas.", "three"),
    ],
)
def test_an_existing_stock_acted_on_is_actual(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"
