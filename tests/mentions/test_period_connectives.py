""" "At the same time" as a connective names no period (periods11); "the same time last year" still does.
Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from extractor import extract
from extractor.mentions.periods import find_periods

PUBLISHED = dt.date(2013, 5, 17)


@pytest.mark.parametrize(
    "text",
    [
        "At the same time, crude prices have climbed to a record near $120 a barrel.",
        "Halvard Foods cut 300 jobs and, at the same time, raised its dividend by 5 percent.",
        "Unemployment fell to 6.8 percent; at the same time wages rose 2 percent.",
    ],
)
def test_at_the_same_time_is_no_period(text):
    assert find_periods(text, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 4 percent from the same time last year.",
        "Orders were up 9 percent on the same time a year earlier.",
        "Traffic grew 3 percent compared with the same time the previous year.",
    ],
)
def test_the_same_time_with_a_year_back_is_a_period(text):
    [mention] = find_periods(text, published=PUBLISHED)
    assert mention.back == 12


def test_a_figure_after_the_connective_takes_no_label():
    text = "At the same time, Pellam Group's average selling price has climbed to $4.10 a unit."
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.amount == 4.1]
    assert facts and all(f.period is None or f.period.label != "the same time" for f in facts)
