"""Adjectives that name a kind, not a time (periods11). A bare "annual" in a prediction or a present or modal
clause says "per year", not which year; an actual result told in the past keeps the year ("annual profit rose 9
percent"). "Long-term" labels a goal, not an actual figure's debt or average. Sentences written for these tests,
invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_in

PUBLISHED = dt.date(2013, 5, 17)


def period_of(nlp, text: str, surface: str) -> tuple | None:
    """(start, end) of the figure's period; None also for a period with no start (a label such as "long-term")."""
    fact = fact_in(nlp, text, surface, PUBLISHED)
    return (fact.period.start, fact.period.end) if fact.period and fact.period.start else None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a plan's saving per year
        (
            "Talbridge Motors will save $800 million in annual pension costs under the new union contract.",
            "$800 million",
        ),
        # a valuation on earnings per year
        (
            "Brokers said the bid prices Ostrel Mining at roughly 14 times its forecast annual earnings.",
            "14 times",
        ),
        # a state told in the present: a share of a yearly total
        ("Halden Mills processes about 12 percent of annual world cocoa output, the company says.", "12 percent"),
        ("Brannock Foods supplies roughly 15 percent of annual U.S. egg consumption.", "15 percent"),
        # a rule with a modal verb
        ("Under the new code, Brannock Bank can be fined up to 8 percent of its annual turnover.", "8 percent"),
        # a target rate of growth
        ("Freedonia's government targets annual growth of 4 percent in household income.", "4 percent"),
    ],
)
def test_annual_in_a_plan_or_a_state_names_no_year(nlp, text, surface):
    assert period_of(nlp, text, surface) is None


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        (
            "Halvard Foods said its annual pretax profit jumped 41 percent to 212 million pounds.",
            "212 million pounds",
            2012,
        ),
        ("Pellam Group's annual sales rose 6 percent to $4.1 billion, it said on Thursday.", "$4.1 billion", 2012),
        ("Brannock Bank has posted annual net income of $310 million, its filing showed.", "$310 million", 2012),
    ],
)
def test_annual_in_a_past_result_is_the_year_reported(nlp, text, surface, year):
    assert period_of(nlp, text, surface) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Halvard Shipping carries roughly $3.2 billion in long-term debt, its filings show.", "$3.2 billion"),
        ("Ostrel Bank holds 900 million euros in long-term bonds issued by regional governments.", "900 million euros"),
        ("Freedonia's business climate index fell to 97.1, further below its long-term average of 100.", "100"),
        (
            "Brannock Mining has signed long-term contracts for 4 million tonnes of coal, the company said.",
            "4 million tonnes",
        ),
    ],
)
def test_long_term_on_an_actual_figure_is_no_period(nlp, text, surface):
    assert fact_in(nlp, text, surface, PUBLISHED).period is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Pellam Group reaffirmed its long-term target of 6 to 8 percent annual sales growth.", "6 to 8 percent"),
        ("Kestrel Foods stuck to its long-term goal of 10 percent growth in earnings per share.", "10 percent"),
    ],
)
def test_long_term_on_a_goal_is_its_label(nlp, text, surface):
    period = fact_in(nlp, text, surface, PUBLISHED).period
    assert period is not None and period.start is None and period.label == "long term"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a verb of predicting takes the annual result as its object (undated39)
        (
            "Ostrel Electric forecast an annual operating loss of 90 billion yen, its first in a decade.",
            "90 billion yen",
        ),
        ("Kestrel Foods now projects annual net sales of $2.6 billion, below its earlier view.", "$2.6 billion"),
        # the annual result names what a forecast noun forecasts: a cut of the forecast is of that year
        ("Halden Mills slid after it reduced its annual net profit forecast by 60 percent.", "60 percent"),
        ("Pellam Group trimmed its annual revenue outlook by 4 percent on weaker demand.", "4 percent"),
    ],
)
def test_annual_in_an_outlook_is_the_year_under_way(nlp, text, surface):
    assert period_of(nlp, text, surface) == (dt.date(2013, 1, 1), dt.date(2013, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a participle "expected" is no verb of predicting: earnings per year
        ("The offer values Ostrel Electric at about 11 times its expected annual earnings.", "11 times"),
        # a predicted saving per year is no result
        ("Kestrel Foods expects to save $40 million in annual costs from the merger.", "$40 million"),
        # a yearly level at no year of its own
        ("Ostrel Pharma has forecast peak annual revenue of $1.8 billion for the new drug.", "$1.8 billion"),
        # a forecast of costs, not of a result
        ("Brannock Bank forecast annual funding costs of $50 million for its new branches.", "$50 million"),
    ],
)
def test_annual_near_an_outlook_still_names_no_year(nlp, text, surface):
    assert period_of(nlp, text, surface) is None
