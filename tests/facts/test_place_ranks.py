"""Ranks only a place holds (economy, country, city): told only when the sentence names the place.
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts import rank_facts

PUBLISHED = dt.date(2013, 5, 20)


def ranks_of(nlp, text):
    return rank_facts.ranks_of(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Brandt Holdings said on Monday that demand in the world's third-largest economy had weakened.",
        "Brandt Holdings shares fell. Its first big plant in the world's No. 2 economy opens next year.",
        "Brandt Holdings rose 3 percent as investors bet the region's biggest economy would avoid a recession.",
    ],
)
def test_no_rank_of_an_unnamed_economy(nlp, text):
    """The economy is some country's: the story's company or an organization of the clause never holds it."""
    assert not [rank for rank in ranks_of(nlp, text) if rank[1] in ("economies", "economy")]


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Freedonia, the world's fifth-largest economy, cut its interest rate on Monday.",
            ("Freedonia", "economies", 5.0),
        ),
        (
            "Mexico, Latin America's second-biggest economy, raised its tax on imports.",
            ("Mexico", "economies", 2.0),
        ),
        ("Germany, Europe's largest economy, grew 0.3 percent in the first quarter.", ("Germany", "economies", 1.0)),
    ],
)
def test_a_named_place_holds_its_economys_rank(nlp, text, rank):
    assert rank in ranks_of(nlp, text)
