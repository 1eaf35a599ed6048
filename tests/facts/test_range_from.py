"""A range opened by "from" on a verb of ranging ("estimates ranging from X to Y") is one figure: its "from" is
neither an earlier value (period of the period before) nor a past result. Sentences written for these tests,
invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_in

PUBLISHED = dt.date(2014, 5, 2)


@pytest.mark.parametrize(
    ("text", "surface", "modality", "period_start"),
    [
        (
            "Corvane Systems Inc expects second-quarter revenue ranging from $410 million to $430 million.",
            "$410 million to $430 million",
            "target",
            dt.date(2014, 4, 1),
        ),
        (
            "Corvane Systems Inc said costs for the year would vary from $80 million to $95 million.",
            "$80 million to $95 million",
            "target",
            dt.date(2014, 1, 1),
        ),
        (
            "Corvane Systems Inc reports first-quarter results on Thursday. Wall Street expects Corvane Systems "
            "Inc to post quarterly revenue of $420 million, with estimates ranging from $400 million to "
            "$445 million.",
            "$400 million to $445 million",
            "forecast",
            dt.date(2014, 1, 1),
        ),
    ],
)
def test_a_range_from_low_to_high_keeps_its_own_period_and_modality(nlp, text, surface, modality, period_start):
    fact = fact_in(nlp, text, surface, PUBLISHED)
    assert fact.modality == modality
    assert fact.period is not None and fact.period.start == period_start
