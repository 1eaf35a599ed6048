"""A market's total that a company voices takes the market, as a forecast (facts/market_totals.py): an industry
word on the measured noun, or a company's prediction of a place's sales counted in units. A company's own
outlook (a possessor, money or a percent change) stays its target. Sentences written for these tests,
invented names."""

import pytest

from tests.facts import surface_facts

PUBLISHED = "2014-10-22"
TITLE = "Halvern Motors quarterly profit climbs"
LEAD = "DETROIT (Reuters) - Halvern Motors Co posted a higher third-quarter profit on Wednesday. "


def fact_of(nlp, text, surface):
    return surface_facts.fact_with_surface(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "Halvern predicted that industry-wide Canadian registrations of vans would climb to 1.9 million next year.",
            "1.9 million",
            "Canada",
        ),
        (
            "Pickup sales across the whole U.S. industry should come close to 950,000 units in November, Halvern said.",
            "950,000",
            "United States",
        ),
        ("For 2016 Halvern sees European van deliveries of about 3.4 million.", "3.4 million", "Europe"),
    ],
)
def test_a_market_total_a_company_voices_is_the_market_s_forecast(nlp, text, surface, subject):
    fact = fact_of(nlp, text, surface)
    assert (fact.subject, fact.modality) == (subject, "forecast")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Halvern expects its Canadian sales to rise 4 percent next year.", "4 percent"),
        ("Next year Halvern expects U.S. sales to grow 5 percent.", "5 percent"),
        ("Halvern forecast U.S. sales of $2 billion for next year.", "$2 billion"),
    ],
)
def test_a_company_s_own_outlook_for_a_place_stays_its_target(nlp, text, surface):
    fact = fact_of(nlp, text, surface)
    assert (fact.subject, fact.modality) == ("Halvern Motors", "target")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Halvern said its U.S. sales to the trucking industry rose 8 percent.", "8 percent"),
        ("Halvern's Canadian sales to the mining industry climbed 12 percent.", "12 percent"),
        ("U.S. sales to the rental industry jumped 14 percent, Halvern said.", "14 percent"),
    ],
)
def test_a_company_s_sales_to_an_industry_stay_the_company_s(nlp, text, surface):
    assert fact_of(nlp, text, surface).subject == "Halvern Motors"
