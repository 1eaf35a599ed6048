"""Growth rates are changes (growth_rates.py, docs/DECISIONS.md): a percent figure of a growth noun or of an
economy's output states a move, with the direction of its noun. Stories written for these tests, invented
organization names (countries are real: spaCy must label them as places)."""

import datetime as dt

import pytest

from tests.facts.surface_facts import story_extraction

PUBLISHED = dt.date(2012, 3, 14)


def run(nlp, text):
    return story_extraction(nlp, text, title="Economy news", published=PUBLISHED)


def fact_of(extraction, amount):
    found = [f for f in extraction.facts if f.value is not None and abs(f.value.amount - amount) < 1e-6]
    assert found, [(f.kind, f.predicate, f.value and f.value.surface) for f in extraction.facts]
    return found[0]


@pytest.mark.parametrize(
    ("text", "amount", "direction", "head"),
    [
        (
            "Citing weaker copper demand, Pellman Advisers lowered its estimate for Chile's growth in 2021 to "
            "3.4 percent from 3.9 percent.",
            3.4,
            "up",
            "growth",
        ),
        (
            "A survey of 40 economists put Peru's third-quarter GDP at 2.8 percent, the slowest pace in two years.",
            2.8,
            "up",
            "growth",
        ),
        (
            "Argentina faces a 1.6 percent contraction this year after a poor harvest, economists at Darrow Bank "
            "said on Monday.",
            1.6,
            "down",
            "contraction",
        ),
        (
            "Colombia's economy expanded at a 2.8 percent annualized rate in the first quarter, following a "
            "4.3 percent pace during the fourth quarter of 2011.",
            4.3,
            "up",
            "growth",
        ),
        (
            "The Brennick Institute said growth in Bolivia would slow to 3.7 percent next year as gas exports fall.",
            3.7,
            "up",
            "growth",
        ),
        (
            "Venezuela's gross domestic product is to grow at a 1.9 percent rate in the second half, Ostrow Bank "
            "economists wrote.",
            1.9,
            "up",
            "growth",
        ),
    ],
)
def test_a_growth_rate_is_a_change(nlp, text, amount, direction, head):
    fact = fact_of(run(nlp, text), amount)
    assert fact.kind == "change"
    assert fact.value.direction == direction
    assert head in fact.predicate.split()


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a share of output measures another noun: still a level
        ("Uruguay's public debt reached 61 percent of GDP at the end of last year, Halley Ratings said.", 61.0),
        ("Exports make up about 40 percent of Ecuador's economy, the Tarvo Institute estimated.", 40.0),
        # a level that only follows a growth word is no growth rate
        ("Despite slower growth, Paraguay's unemployment rate stood at 7.2 percent in February.", 7.2),
    ],
)
def test_shares_and_levels_stay_levels(nlp, text, amount):
    fact = fact_of(run(nlp, text), amount)
    assert fact.kind == "metric"
    assert fact.value.direction is None
    assert "growth" not in fact.predicate


@pytest.mark.parametrize(
    ("text", "amount", "predicate"),
    [
        (
            "Chile's gross domestic product grew 2.1 percent in the quarter, the central bank said.",
            2.1,
            "gross domestic product growth",
        ),
        (
            "Gross domestic product in Peru shrank 0.9 percent in the first quarter.",
            0.9,
            "gross domestic product growth",
        ),
        ("Chile's gross domestic product (GDP) grew 2.1 percent in the quarter.", 2.1, "gdp growth"),
        ("Chile's GDP grew 2.4 percent in the quarter.", 2.4, "gdp growth"),
    ],
)
def test_output_growth_keeps_the_words_the_text_writes(nlp, text, amount, predicate):
    """The gold follows the text: "gdp" only where the sentence writes the acronym (growth_rates._growth_name)."""
    assert fact_of(run(nlp, text), amount).predicate == predicate
