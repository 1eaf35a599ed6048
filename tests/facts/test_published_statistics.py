"""A reading of the economy that a public statistics body reports is the country's, even in a company story, and
the story's country is the place with most evidence, not the first place holding an economy noun. Stories
written for these tests, invented organization names (countries are real: spaCy must label them as places)."""

import datetime as dt

import pytest

from tests.facts.surface_facts import story_extraction, subjects_with_amount

PUBLISHED = dt.date(2011, 6, 23)
TITLE = "Business news"


@pytest.mark.parametrize(
    ("text", "amount", "country"),
    [
        (
            "NEW YORK (Reuters) - Norvale Stores Inc posted a 12 percent rise in quarterly profit on Thursday. "
            "Retail sales in the U.S. rose 0.5 percent in May, according to data from the Commerce Department.",
            0.5,
            "United States",
        ),
        (
            "Kestrel Motors said on Monday it would add a shift at its Ohio plant. U.S. factory orders fell "
            "1.3 percent in April, the Commerce Department said.",
            1.3,
            "United States",
        ),
        (
            "TOKYO (Reuters) - Hemmet Bank shares rose 2 percent on Monday. Exports climbed 7.4 percent in May "
            "from a year earlier, the Finance Ministry said.",
            7.4,
            "Japan",
        ),
    ],
)
def test_a_published_reading_is_the_countrys(nlp, text, amount, country):
    extraction = story_extraction(nlp, text, title=TITLE, published=PUBLISHED)
    assert subjects_with_amount(extraction, amount) == {country}


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (
            "LONDON (Reuters) - Norvale Motors Corp's sales rose 5 percent in May, the Transport Ministry said.",
            5,
            "Norvale Motors",
        ),
        (
            "LONDON (Reuters) - Kestrel Bank Plc said it would raise lending by $2 billion next year, the Finance "
            "Ministry said.",
            2e9,
            "Kestrel Bank",
        ),
        (
            "NEW YORK (Reuters) - Hemmet Foods Inc said on Tuesday its sales rose 6 percent in the quarter, "
            "beating a 4 percent rise in U.S. retail sales that the Commerce Department reported.",
            6,
            "Hemmet Foods",
        ),
    ],
)
def test_a_company_figure_stays_the_companys(nlp, text, amount, holder):
    extraction = story_extraction(nlp, text, title=TITLE, published=PUBLISHED)
    assert subjects_with_amount(extraction, amount) == {holder}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "WASHINGTON (Reuters) - U.S. consumer prices rose 0.4 percent in May, the Labor Department said. "
            "Japan's industrial output fell 2.1 percent in April, a separate report showed. "
            "Initial claims for jobless benefits dropped 12,000 last week, the Labor Department said.",
            12000,
        ),
        (
            "WASHINGTON (Reuters) - New orders for U.S. manufactured goods fell 1.2 percent in January, the Commerce "
            "Department said. Germany's exports rose 3 percent, data in Berlin showed. Shipments of machinery "
            "climbed 2.2 percent, the department said.",
            2.2,
        ),
        (
            "WASHINGTON (Reuters) - Builders broke ground on more U.S. homes in May, the Commerce Department said. "
            "China's output grew 9 percent. Housing starts rose 3.5 percent to an annual rate of 560,000 units, "
            "the department said.",
            3.5,
        ),
    ],
)
def test_a_passing_foreign_reading_does_not_take_the_story(nlp, text, amount):
    extraction = story_extraction(nlp, text, title=TITLE, published=PUBLISHED)
    assert subjects_with_amount(extraction, amount) == {"United States"}
