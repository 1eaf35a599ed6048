""" "Last/this/next month" followed by "to": the month, unless "to" opens the end of a span ("this month to date",
"next month to the end of June", "last month to March") or the month closes a "from" phrase ("from 6.1 percent
last month to 6.4 percent"): extractor/mentions/period_phrases.py, relative_month and from_month_to."""

import datetime as dt

import pytest

from extractor.mentions.periods import CALENDAR, find_periods

D = dt.date
PUBLISHED = D(2018, 9, 12)
AUGUST = (D(2018, 8, 1), D(2018, 8, 31))
SEPTEMBER = (D(2018, 9, 1), D(2018, 9, 30))


def months(text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    found = find_periods(text, published=PUBLISHED, fiscal=CALENDAR)
    return [(m.period.start, m.period.end) for m in found if m.text.lower().endswith("month")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Freedonian car registrations slid 9 percent last month to 61,300.", [AUGUST]),
        ("Orvane Foods agreed last month to sell its bakery arm.", [AUGUST]),
        ("Tallis Air cut fares this month to win back travelers.", [SEPTEMBER]),
        ("Output climbed last month to a seasonally adjusted rate of 2.2 million barrels a day.", [AUGUST]),
        # a "from" that names a source, not an earlier figure, leaves the month to the new level
        ("Grain shipments from the river ports rose last month to 3.4 million tonnes.", [AUGUST]),
        ("Sales of trucks from its Orvane plant fell last month to 12,500 units.", [AUGUST]),
        ("Freedonia's imports from Moravia jumped last month to $20 billion.", [AUGUST]),
    ],
)
def test_last_month_before_to_is_the_month(text, expected):
    assert months(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Retail's sales this month to date are 3 percent higher.",
        "The offer runs this month to the end of the season.",
    ],
)
def test_to_that_ends_a_span_is_no_month(text):
    assert months(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia's jobless rate climbed from 6.1 percent last month to 6.4 percent.",
        "Moravia's benchmark mortgage rate has moved from 4.75% last month to 5%, lenders said.",
        "Between the two surveys, average fares went from $212 last month to $236 in Ruritania.",
    ],
)
def test_last_month_in_a_from_phrase_dates_no_new_level(text):
    assert months(text) == []
