"""A bare "annual" in a prediction or a present or modal clause says "per year", not which year (periods11); an
actual result told in the past keeps the year ("annual profit rose 9 percent"). Sentences written for these
tests, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2013, 5, 17)


def period_of(text: str, surface: str) -> tuple | None:
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.surface == surface]
    assert facts, [(f.predicate, f.value.surface) for f in extract(text, published=PUBLISHED) if f.value]
    fact = facts[0]
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
            "The offer would value Ostrel Mining at about 14 times its expected annual earnings, the paper said.",
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
def test_annual_in_a_plan_or_a_state_names_no_year(text, surface):
    assert period_of(text, surface) is None


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
def test_annual_in_a_past_result_is_the_year_reported(text, surface, year):
    assert period_of(text, surface) == (dt.date(year, 1, 1), dt.date(year, 12, 31))
