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
        ("Orvane Corp aims to double its capacity to 2 million tonnes by the end of the decade.", 2e6),
        # a modal before the perfect keeps the count ahead
        ("Orvane Corp will have opened 600 outlets by 2015, it said.", 600),
        # a past verb above a plan to move the figure: the figure's own verb is the plan's
        ("Orvane Corp made a promise to its lenders to halve its debt to 300 million euros by 2016.", 3e8),
    ],
)
def test_a_figure_dated_to_a_stretch_ahead_is_a_target(nlp, text, amount):
    assert modality_of(nlp, text, amount) == ("target", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Orvane Corp paid lenders 40 million euros on Tuesday.", 4e7),  # a day at publication: may be a result
        ("Orvane Corp shipped 300,000 tonnes of pulp in the first quarter.", 300000),
        # a stretch ahead, but the verb tells the count as reached: past tense or perfect
        ("Orvane Corp had 600 outlets across the region by 2014, it said on Tuesday.", 600),
        ("Orvane Corp has signed up 90,000 subscribers by the end of May, it said on Tuesday.", 90000),
        ("Orvane Corp said it reached 1.2 million users by the end of the second quarter.", 1.2e6),
        # the year a debt falls due, however the label words it, dates no claim
        ("Orvane Corp's notes maturing through 2019 yield 4.5 percent, traders said.", 4.5),
    ],
)
def test_a_figure_of_a_past_period_stays_actual(nlp, text, amount):
    assert modality_of(nlp, text, amount)[0] == "actual"
