"""A change told in the present perfect with a "since" of its own that holds a dated phrase runs from
that phrase's start to publication, or to the single day the figure is dated by ("through Tuesday"); periods28.
A level held since a day, a causal or undated "since", a record bound and a forecast are left alone. Invented
stories and sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 4)


def dated(sentence: str, surface: str) -> tuple:
    text = f" date {PUBLISHED.isoformat()} Brantwell Group trims its ranks\n\n" + sentence
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.surface == surface]
    assert len(facts) == 1, [(f.predicate, f.value.surface) for f in extract(text) if f.value]
    period = facts[0].period
    return (period.start, period.end) if period is not None and period.start is not None else None


@pytest.mark.parametrize(
    ("sentence", "surface", "expected"),
    [
        (
            "Since the downturn began in October 2008, Brantwell Group has cut its staff by 2,300.",
            "2,300",
            (dt.date(2008, 10, 1), PUBLISHED),
        ),
        (
            "Membership at the chain's gyms has grown 35 percent since it cut its fees in March 2010.",
            "35 percent",
            (dt.date(2010, 3, 1), PUBLISHED),
        ),
        (
            "Its fleet has shrunk by 14 planes since the carrier lost its main route in 2009.",
            "14",
            (dt.date(2009, 1, 1), PUBLISHED),
        ),
        # a single day of its own is the span's end
        (
            "Brantwell stock, as of Tuesday, has shed 35 percent since directors voted for the merger in June 2011.",
            "35 percent",
            (dt.date(2011, 6, 1), dt.date(2012, 5, 1)),
        ),
    ],
)
def test_a_perfect_since_a_dated_event_is_a_span(sentence, surface, expected):
    assert dated(sentence, surface) == expected


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a level held since a day is as of a day, not a span (FACTS.md)
        ("Brantwell has kept its payout at 40 cents a share since it trimmed it in 2010.", "40 cents"),
        # the level a move reached is as of a day, not a span since the event
        (
            "Since the slowdown began in August 2010, Brantwell has cut its payout from 60 cents to 20 cents.",
            "20 cents",
        ),
        # no dated phrase inside the since-phrase
        ("Brantwell has cut 600 jobs since then.", "600"),
        # a since-clause set off by a comma is a cause, as after a simple past
        ("Brantwell has raised its output by 7 percent, since demand rebounded in June 2010.", "7 percent"),
        # a prediction is no deed done
        ("Analysts have forecast a 5 percent rise in sales since the merger was agreed in 2011.", "5 percent"),
    ],
)
def test_other_sinces_make_no_span(sentence, surface):
    period = dated(sentence, surface)
    assert period is None or period[1] != PUBLISHED  # no span from the event to publication


def test_a_record_bound_keeps_the_figure_s_day():
    sentence = "On Tuesday the shares fell 6 percent, their steepest drop since the company warned in March."
    assert dated(sentence, "6 percent") == (dt.date(2012, 5, 1), dt.date(2012, 5, 1))
