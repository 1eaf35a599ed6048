"""A statistics body or trade group that predicts an economy's figure as its verb's object is the predictor, not the
holder (facts/predicting_publishers.py): the figure is the country's, a forecast. A company predicting its own
figure, a body's possessed noun and a body's own spending keep their holder. Sentences written for these tests,
invented names; the story is about a country, so the country is the one the economy figures fall to."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_among, facts_in

PUBLISHED = dt.date(2015, 11, 20)
OPENING = (
    "WASHINGTON - The U.S. economy slowed in the autumn as U.S. shoppers held back, figures out this week suggest. "
)


def fact_of(nlp, text: str, surface: str):
    return fact_among(facts_in(nlp, OPENING + text, PUBLISHED), surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The National Shoppers Federation sees holiday-season sales up 3.1 percent.", "3.1 percent"),
        ("The National Shoppers Federation sees year-end sales 3.1 percent higher.", "3.1 percent"),
        ("The Federal Budget Office forecast a $900 billion deficit for fiscal 2016.", "$900 billion"),
        ("The Grocers Institute now expects seasonal food sales of $85 billion.", "$85 billion"),
        ("The Home Builders Association forecasts home sales of 5.2 million next year.", "5.2 million"),
        ("The Travel Agents Association anticipates tourism spending of $40 billion in 2016.", "$40 billion"),
    ],
)
def test_a_publishing_body_s_prediction_is_the_country_s_forecast(nlp, text, surface):
    fact = fact_of(nlp, text, surface)
    assert (fact.subject, fact.modality) == ("United States", "forecast")


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Halworth Corp sees sales up 4 percent in the coming year.", "4 percent", "Halworth"),  # a company's own
        (
            "The National Shoppers Federation sees its membership up 6 percent.",
            "6 percent",
            "National Shoppers Federation",
        ),
        ("The Grocers Institute expects to spend $3 million on a new office.", "$3 million", "Grocers Institute"),
    ],
)
def test_a_company_or_a_body_s_own_figure_keeps_its_holder(nlp, text, surface, subject):
    assert fact_of(nlp, text, surface).subject == subject
