"""Dated entries of a timeline (round 17, periods17): a day set off by a dash at the start of an entry dates every
figure told in the entry with no period of its own; a level stated there holds as of the day; a day without a year
follows the entry before it."""

import datetime as dt

import pytest

from extractor import extract
from extractor.facts.timeline_days import entry_heading
from extractor.mentions.periods import find_periods

PUBLISHED = dt.date(2021, 6, 3)


LEAD = "Pellworth Partners LP has fought Tamsin Capital Management for control of Orvane Labs Inc since last year. "


def dating_of(nlp, text, amount, published=PUBLISHED):
    for fact in extract("Orvane chronology.\n\n" + LEAD + text, published=published, nlp=nlp):
        if fact.value is not None and fact.value.amount == amount:
            period = (fact.period.start, fact.period.end) if fact.period else None
            return period, fact.as_of
    raise AssertionError(f"no fact of {amount}")


def day(month, d, year=2021):
    return (dt.date(year, month, d), dt.date(year, month, d))


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a sum offered, paid or demanded on the entry's day is that day's
        (
            "Here is how the contest unfolded: April 6 - Pellworth Partners bids $31 a share in cash for the company.",
            31.0,
            (day(4, 6), None),
        ),
        (
            "February 17 -- Tamsin Capital Management urges Orvane to hand out a special dividend of $4 per share.",
            4.0,
            (day(2, 17), None),
        ),
        # a later sentence of the same entry keeps its day
        (
            "March 9 - Orvane's board rejects the approach. Pellworth Partners then sweetens its proposal to $33.50 "
            "a share.",
            33.5,
            (day(3, 9), None),
        ),
        # a level the entry states holds as of the day, not over it and not at publication
        (
            "May 12 - Tamsin Capital Management tells regulators it now owns 7.2 percent of Orvane Labs.",
            7.2,
            (None, dt.date(2021, 5, 12)),
        ),
        # a share price with no day of its own is the entry day's quote
        (
            "January 25 - Orvane Labs shares slide to a seven-month low of $19.80.",
            19.8,
            (day(1, 25), dt.date(2021, 1, 25)),
        ),
    ],
)
def test_entry_day_dates_its_figures(nlp, text, amount, expected):
    assert dating_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # entries run forward: after a dated entry of 2019, "March 4" is of 2019, not the latest before publication
        (
            "January 28, 2019 - Orvane Labs agrees to sell its imaging arm. March 4 - The buyer pays 210 million "
            "euros for the unit.",
            210_000_000.0,
            (day(3, 4, 2019), None),
        ),
        # and across a new year the next entry moves to the next year
        (
            "October 19, 2019 - Orvane Labs opens talks with lenders. January 8 - Orvane Labs raises 95 million euros "
            "from a share sale.",
            95_000_000.0,
            (day(1, 8, 2020), None),
        ),
        # a year written before the day dates the entry
        (
            "2019 July 30 - Orvane Labs pays 12 million euros to settle a dispute.",
            12_000_000.0,
            (day(7, 30, 2019), None),
        ),
    ],
)
def test_entry_year_follows_the_entry_before(nlp, text, amount, expected):
    assert dating_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a paragraph break ends the entry: the next paragraph's present tense holds at publication
        (
            "March 9 - Orvane's board rejects the approach.\n\nPellworth Partners owns 3.1 percent of Orvane Labs.",
            3.1,
            (None, PUBLISHED),
        ),
        # a day in the middle of a sentence opens no entry, even before a dash
        (
            "Pellworth Partners said its stake reached 4.4 percent on March 30 - a level it plans to keep.",
            4.4,
            (None, dt.date(2021, 3, 30)),
        ),
    ],
)
def test_no_entry(nlp, text, amount, expected):
    assert dating_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        ("August 14 - Marrow Steel names a new finance chief.", "August 14"),
        ("Following is a chronology: Sept 2, 2020 -- Marrow Steel cuts its dividend.", "Sept 2, 2020"),
        ("Marrow Steel (Reuters) - The steelmaker cut 300 jobs on August 14.", None),
        ("By August 14 - the deadline - Marrow Steel must repay its loan.", None),
    ],
)
def test_entry_heading(sentence, heading):
    found = entry_heading(sentence, find_periods(sentence, published=PUBLISHED, future=False, fiscal=None))
    assert (found[0].text if found else None) == heading


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # an event of the entry with no date of its own is of the entry's day
        (
            "March 4 -- Orvane Labs chairman Ian Reed steps down, replaced by Ann Holt, a former banker.",
            "appointment",
            day(3, 4),
        ),
        (
            "April 12 - Orvane Labs and Tamsin Capital Management reach an agreement to settle their dispute.",
            "settlement",
            day(4, 12),
        ),
        # an event the heading already dates keeps that day
        ("May 3 - Pellworth Partners launches a tender offer for Orvane Labs.", "tender offer", day(5, 3)),
    ],
)
def test_entry_day_dates_its_events(nlp, text, predicate, expected):
    facts = extract("Orvane chronology.\n\n" + LEAD + text, published=PUBLISHED, nlp=nlp)
    event = next(f for f in facts if f.kind == "event" and f.predicate == predicate)
    assert (event.period.start, event.period.end) == expected
