""" "within two years", "within the next six months": in the future reading, a horizon from publication, read as
"the next two years" (`period_phrases` rule `within_n`); in the past reading, nothing; "within a year of the merger"
counts from another event and dates nothing. Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract
from tests.mentions.period_spans import found_spans

D = dt.date
PUBLISHED = D(2017, 7, 7)


def periods(text: str, *, future: bool = True) -> list[tuple]:
    return found_spans(text, PUBLISHED, future=future)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The merger should yield savings of 40 million francs within two years.", [(PUBLISHED, D(2019, 7, 6))]),
        ("Talbrook expects to name a new chief within the next six months.", [(PUBLISHED, D(2018, 1, 6))]),
        ("The pact would lift exports by 5 billion euros within seven years.", [(PUBLISHED, D(2024, 7, 6))]),
        ("Regulators will rule on the bid within 30 days.", [(PUBLISHED, D(2017, 8, 5))]),
    ],
)
def test_within_a_span_runs_from_publication(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It must sell new shares within a year of closing the purchase.",
        "The plant will be sold within six months after the deal closes.",
    ],
)
def test_within_a_span_of_another_event_dates_nothing(text):
    assert periods(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Output at the Brack smelter doubled within two years.",
        "Within three months the start-up had hired 90 engineers.",
        "Costs fell by a fifth within a year, Marlow Foods said.",
    ],
)
def test_within_a_span_told_of_the_past_dates_nothing(text):
    """In the past reading the span counts from an event the phrase does not name: no horizon from publication."""
    assert periods(text, future=False) == []


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # the horizon of a clause not told in the past, even for a figure read as actual
        (
            "A study said the pact could lift Tarvia's exports by 9 percent within five years, with imports rising "
            "4.2 percent.",
            "4.2 percent",
            (PUBLISHED, D(2022, 7, 6)),
        ),
        ("Ombra Foods expects sales to reach $9 million within three years.", "$9 million", (PUBLISHED, D(2020, 7, 6))),
        # told in the past: no horizon from publication
        ("Ombra Foods said sales rose to $9 million within three years.", "$9 million", None),
        ("Pardew Foods Inc said revenue rose to $40 million within a year.", "$40 million", None),
    ],
)
def test_a_figure_takes_a_within_horizon_only_from_a_clause_not_told_in_the_past(nlp, text, surface, expected):
    facts = extract("Report\n\n" + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.surface == surface)
    assert ((fact.period.start, fact.period.end) if fact.period else None) == expected
