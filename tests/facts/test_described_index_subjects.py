"""An index described by what it measures ("its index of shopper moods") is the subject of its readings, not
its publisher (index_descriptions.described_index): sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts import surface_facts

PUBLISHED = dt.date(2014, 5, 6)


TITLE = "Survey news"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "Shoppers turned gloomier in April. The Kelwin Group, a research firm, said its index of shopper "
            "moods slipped to 61.4 from 63.0.",
            "61.4",
            "index of shopper moods",
        ),
        (
            "Builders were more upbeat. The Dorrit Builders Council's closely watched index of construction "
            "bookings added 11 points to 318.5 in the latest week.",
            "318.5",
            "index of construction bookings",
        ),
        (
            "Plant output grew again. The Harlan Purchasing Society said its services index of new business "
            "rose to 54.7 from 52.9.",
            "54.7",
            "services index of new business",
        ),
        (
            "Input costs climbed further. The index of prices paid stood at 77.5 last month, its highest since 2011.",
            "77.5",
            "index of prices paid",
        ),
    ],
)
def test_the_described_index_is_the_subject(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, text, surface, title=TITLE, published=PUBLISHED) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # "the index" later in the story is the one described before
        (
            "Orders picked up. The Harlan Purchasing Society said its index of factory orders rose to 52.3. "
            "The index had stood at 49.8 a year earlier.",
            "49.8",
            "index of factory orders",
        ),
        # a reading forecast by economists is of the index described before
        (
            "Moods improved. The Kelwin Group said its index of shopper moods rose to 66.2 in April. Most "
            "economists had predicted a reading near 64.0.",
            "64.0",
            "index of shopper moods",
        ),
    ],
)
def test_later_readings_take_the_described_index(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, text, surface, title=TITLE, published=PUBLISHED) == {subject}


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # an "of" that holds a figure names no index
        (
            "Profits grew. Ostrava Mining posted profit of $2.1 billion, ahead of an analysts' average of "
            "$1.9 billion.",
            "$1.9 billion",
            "Ostrava Mining",
        ),
        # a proper name before the index noun is its name, as before
        ("Stocks rallied. The Halden 300 index .HLD rose 1.6 percent.", "1.6 percent", "Halden 300"),
    ],
)
def test_other_readings_keep_their_subjects(nlp, text, surface, subject):
    assert surface_facts.subjects_of(nlp, text, surface, title=TITLE, published=PUBLISHED) == {subject}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Consumers grew wary. Their expectations index slid 3 points to 77.1, the Kelwin Group reported.", "77.1"),
        (
            "Executives were upbeat. The outlook index rose to 58.2 from 55.0, the Harlan Purchasing Society said.",
            "58.2",
        ),
        ("Households were gloomy. The Kelwin expectations gauge dropped to 44.9, its lowest this year.", "44.9"),
    ],
)
def test_an_index_of_expectations_is_a_reading(nlp, text, surface):
    facts = surface_facts.facts_of(nlp, text, title=TITLE, published=PUBLISHED.isoformat())
    found = [f for f in facts if f.value is not None and f.value.surface == surface]
    assert found and all(f.modality == "actual" for f in found), [
        (f.predicate, f.value and f.value.surface) for f in facts
    ]
