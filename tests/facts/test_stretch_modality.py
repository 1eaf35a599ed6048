"""A figure whose own phrase dates it to a stretch from publication to a later end ("until 2016", "through next
year", "by the end of the decade") is ahead of the story, as one dated wholly after it is: no result, the subject's
target (extractor/facts/modality.py, `_begun`). Sentences written for these tests."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_with_amount

PUBLISHED = dt.date(2014, 5, 20)


def modality_of(nlp, text, amount):
    fact = fact_with_amount(nlp, "Orvane plan\n\n" + text, amount, PUBLISHED)
    return fact.modality, fact.period.start if fact.period else None


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Orvane Corp pays lenders 40 million euros a year through 2017.", 4e7),
        ("Under the pact, Orvane Corp supplies 300,000 tonnes of pulp until the end of next year.", 300000),
        ("Orvane Corp doubles its capacity to 2 million tonnes by the end of the decade, the plan shows.", 2e6),
    ],
)
def test_a_figure_dated_to_a_stretch_ahead_is_a_target(nlp, text, amount):
    assert modality_of(nlp, text, amount) == ("target", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Orvane Corp paid lenders 40 million euros on Tuesday.", 4e7),  # a day at publication: may be a result
        ("Orvane Corp shipped 300,000 tonnes of pulp in the first quarter.", 300000),
    ],
)
def test_a_figure_of_a_past_period_stays_actual(nlp, text, amount):
    assert modality_of(nlp, text, amount)[0] == "actual"
