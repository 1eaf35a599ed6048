"""A trade group or private board that publishes its industry's national figures ("the Harlow Lenders
Association said") is their source, not their holder, like a public statistics body (FACTS.md: economy-wide
facts and country-wide industry totals take the country): the figures no clause holds take the country the
story gives. A group of a state or city ("an Iowa growers' association") gives its figures to no place, and
a group's own figures ("its members") stay the group's.
Stories written for these tests, with invented groups."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def subject_of(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface]
    assert facts, f"no fact for {surface!r}"
    return facts[0].subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # the dateline's capital gives the country
            "WASHINGTON (Reuters) - Applications for home loans rose last week, the Harlow Lenders Association "
            "said on Wednesday. Average 30-year mortgage rates slipped to 4.35 percent from 4.41 percent.",
            "4.35 percent",
            "United States",
        ),
        (  # the country written as a nationality before a noun
            "(Reuters) - Demand for U.S. car loans fell in July, the Corliss Auto Finance Federation said on "
            "Tuesday. Approved loan requests dropped 2.4 percent from June.",
            "2.4 percent",
            "United States",
        ),
        (  # a private board, another capital
            "OTTAWA (Reuters) - Resale listings climbed in June, the Brixley Property Board said on Friday. "
            "New listings jumped 6.1 percent to 61,200 in the month.",
            "6.1 percent",
            "Canada",
        ),
        (  # an institute that reports a market's weekly readings
            "WASHINGTON (Reuters) - Crude stockpiles fell for a third week, the Marrow Fuel Institute said on "
            "Tuesday. Distillate stocks dropped by 1.9 million barrels in the week.",
            "1.9 million barrels",
            "United States",
        ),
    ],
)
def test_a_data_groups_figures_are_its_countrys(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "not_subject"),
    [
        (  # a state's group: the state is no country
            "DES MOINES, Iowa (Reuters) - The Pellham Grain Growers Association said on Monday that corn "
            "shipments fell 8 percent in May, blaming wet weather.",
            "8 percent",
            "Iowa",
        ),
        (  # a group that oversees a company: the state written before a noun is no country
            "(Reuters) - The Pellham Futures Association said on Tuesday it would review the books of Iowa "
            "brokers after Grayle Trading admitted to a fraud that left a $200 million hole in client funds.",
            "$200 million",
            "Iowa",
        ),
        (  # a city's board in a company story
            "CHICAGO (Reuters) - The Calder Trade Board said on Monday that Norvale Foods raised its bid for "
            "Grayle Farms by 12 percent.",
            "12 percent",
            "United States",
        ),
    ],
)
def test_a_local_groups_figures_are_no_places(nlp, text, surface, not_subject):
    assert subject_of(nlp, text, surface) != not_subject
