"""A market's or an economy's measure scoped to the whole world by a world word is the world's figure, not the
reporting or forecasting company's (facts/world_measures.py); a company's own scoped measures (its global output,
global sales, demand for its products, production at its plants) stay the company's. Sentences written for these
tests, invented names."""

import pytest

from tests.facts import surface_facts

PUBLISHED = "2011-05-10"
TITLE = "Harlow Metals output climbs"
LEAD = "SYDNEY (Reuters) - Harlow Metals Ltd posted higher quarterly nickel output on Tuesday. "


def fact_of(nlp, text, surface):
    return surface_facts.fact_with_surface(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Worldwide consumption of the metal would climb 7 percent this year, Harlow said.", "7 percent"),
        ("The miner expects about 5 percent of global smelting capacity to close by June.", "5 percent"),
        ("Global nickel inventory has fallen by 40,000 tonnes since March, according to Harlow.", "40,000 tonnes"),
        ("Harlow also trimmed its forecast for world growth to 3.1 percent from 3.6 percent.", "3.1 percent"),
        ("The world's nickel consumption rose 3 percent last year, the company said.", "3 percent"),
        ("Harlow said global nickel output would slip 2 percent in 2012.", "2 percent"),  # a commodity word
        ("Harlow warned that world steel production may fall 4 percent.", "4 percent"),
        ("Global production of zinc fell 3 percent last year, Harlow said.", "3 percent"),
    ],
)
def test_a_world_measure_is_the_world_s(nlp, text, surface):
    assert fact_of(nlp, text, surface).subject == "world"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Harlow said its global output rose 6 percent to 300,000 tonnes.", "6 percent"),  # a possessor
        ("Harlow's worldwide production climbed 4 percent in the quarter.", "4 percent"),
        ("Harlow said global sales were 9 percent higher over the three months.", "9 percent"),  # a sold measure
        ("Harlow said global demand for its alloys jumped 15 percent.", "15 percent"),  # demand for its products
        ("Harlow said global production at its smelters fell 7 percent.", "7 percent"),  # at its plants
        ("Harlow supplies about 12 percent of global demand for nickel.", "12 percent"),  # the supplier's share
        ("Harlow, the world's second-largest nickel miner, said output rose 4 percent.", "4 percent"),  # a ranked firm
        ("Harlow reported global growth in its revenue of 8 percent.", "8 percent"),  # growth of its revenue
        ("Harlow runs two smelters, representing 10 percent of world capacity.", "10 percent"),  # their share
        ("Harlow agreed to withdraw 50,000 tonnes from global supplies.", "50,000 tonnes"),  # its own act
    ],
)
def test_a_company_s_own_scoped_measure_stays_the_company_s(nlp, text, surface):
    assert fact_of(nlp, text, surface).subject == "Harlow Metals"


def test_the_world_s_figure_another_predicts_is_a_forecast(nlp):
    fact = fact_of(nlp, "Harlow expects global demand for nickel to rise 6 percent next year.", "6 percent")
    assert (fact.subject, fact.modality) == ("world", "forecast")


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # an automaker's own production, scoped to the world without a commodity word
            "NAGOYA (Reuters) - Tessaro Motors Corp said on Monday global production sank 14 percent in May.",
            "14 percent",
            "Tessaro Motors",
        ),
        (  # an airline trims the capacity it flies
            "DUBLIN (Reuters) - Corvane Air plc will trim global capacity by 6 percent this winter.",
            "6 percent",
            "Corvane Air",
        ),
        (  # an oil company's worldwide output
            "HOUSTON (Reuters) - Pellam Energy Inc said worldwide output averaged 820,000 barrels a day.",
            "820,000 barrels",
            "Pellam Energy",
        ),
        (  # a company that raises global capacity, though a commodity word is written
            "SEOUL (Reuters) - Dorrin Chemical Co said it would raise global resin capacity by 30 percent.",
            "30 percent",
            "Dorrin Chemical",
        ),
        (  # a company's inventory
            "DETROIT (Reuters) - Brelling Trucks Inc said global inventory ended March at 95 days of supply.",
            "95 days",
            "Brelling Trucks",
        ),
    ],
)
def test_a_company_s_global_production_or_capacity_is_its_own(nlp, text, surface, subject):
    fact = surface_facts.fact_with_surface(nlp, text, surface, title=text.split(" - ")[1][:40], published=PUBLISHED)
    assert fact.subject == subject
