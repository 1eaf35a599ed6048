"""A time within a day ("in late morning", "in the morning", "in the morning session") is never what a figure
measures: the figure keeps the measure its clause or topic gives it. Sentences written for these tests, with
invented names."""

import pytest

from tests.facts.surface_facts import predicates_of


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Kestrel Corp shares rose as much as 4.3 percent on Tuesday and were up 2 percent at $38.75 in late "
            "morning on the exchange.",
            "$38.75",
            "share price",
        ),
        (
            "Shares in Kestrel Corp ended 0.8 percent higher at 9 euros, compared with a 0.1 percent rise in the "
            "morning.",
            "0.1 percent",
            "share price",
        ),
        (
            "Kestrel Corp's stock slipped 1.5 percent to $12.10 in the afternoon, after a 0.6 percent gain in the "
            "morning session.",
            "0.6 percent",
            "share price",
        ),
    ],
)
def test_a_time_of_day_is_no_measure(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Kestrel Corp's daily output rose to 300,000 barrels per day.", "300,000 barrels per day", "output"),
        ("Kestrel Corp sold 40,000 cars a day in March.", "40,000", "car sales"),
    ],
)
def test_a_rate_per_day_keeps_its_measure(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate
