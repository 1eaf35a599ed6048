"""A country's industry total that a company story or a bloc's story reports takes the country (FACTS.md: economy-wide
facts and country-wide industry totals take the country), not the story's organization that an unheld figure falls
to by default: a commodity the tagger reads as an adjective is still the goods ("Freedonian crude stockpiles"); a
nationality before a country's market as a whole needs no goods ("Canadian demand", `national_measures`); a nation's
own data names the country of the figures it reports ("Canadian customs data showed fuel imports fell",
`national_sources`). Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import subjects_by_surface

PUBLISHED = dt.date(2014, 6, 11)
OPENING = "Torvane Corp, the packaging group, reported its annual results on Tuesday. "


def subject_of(nlp, text: str, surface: str) -> str | None:
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert surface in found, found
    return found[surface]


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Indian crude production rose 3 percent last year.", "3 percent", "India"),
        ("Canadian crude shipments fell 5 percent in March.", "5 percent", "Canada"),
        ("Weekly Canadian crude inventories slid by 900,000 barrels.", "900,000 barrels", "Canada"),
        ("British crude output dropped 8 percent in the first half.", "8 percent", "Britain"),
    ],
)
def test_a_commodity_read_as_an_adjective_is_the_goods(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Canadian demand fell 3 percent in May, a trade group said.", "3 percent", "Canada"),
        ("U.S. heating demand is seen 12 percent below normal next week.", "12 percent", "United States"),
        ("Japanese consumption slipped 1.2 percent in the quarter.", "1.2 percent", "Japan"),
    ],
)
def test_a_nationality_before_a_countrys_market_names_the_country(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Canadian customs data showed fuel imports fell 6 percent in May.", "6 percent", "Canada"),
        ("The U.S. retail numbers included a 2.1 percent rise in furniture sales.", "2.1 percent", "United States"),
        ("Truck exports slid 9 percent in April, Mexican trade ministry data showed.", "9 percent", "Mexico"),
        ("German figures show that steel output averaged 3.5 million tonnes a month.", "3.5 million tonnes", "Germany"),
    ],
)
def test_a_nations_own_data_gives_its_figures_to_the_country(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("U.S. demand for Torvane's cartons rose 8 percent.", "8 percent", "Torvane"),  # the company's market
        ("Sales at Quillby Foods rose 4 percent, U.S. data showed.", "4 percent", "Quillby Foods"),  # a named holder
        ("Torvane's exports rose 5 percent, Canadian data showed.", "5 percent", "Torvane"),  # a possessor holds it
        ("U.S. sales rose 7 percent in the quarter, the company said.", "7 percent", "Torvane"),  # no goods, no data
        ("Its U.S. volumes grew 2 percent, Canadian data showed.", "2 percent", "Torvane"),  # not an industry noun
    ],
)
def test_a_named_holder_or_the_companys_own_figure_stays_put(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject
