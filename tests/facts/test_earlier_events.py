"""Phrases that date another event (periods10): a period phrase inside a noun phrase opened by "after" or
"following" dates that earlier event, not a figure outside it; "this year before ..." is this year, not "the
year before"."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2013, 5, 17)  # a Friday


def dating(text: str, surface: str) -> tuple:
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.surface == surface]
    assert len(facts) == 1, [(f.predicate, f.value.surface) for f in extract(text, published=PUBLISHED) if f.value]
    fact = facts[0]
    return (fact.period.start, fact.period.end) if fact.period else None, fact.as_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Brannock Inc now runs 310 stores after the purchase of a regional chain in 2010.", "310"),
        ("After the merger with a German rival in 2009, Calloway Chemicals has 38 plants in 11 countries.", "38"),
        ("Brannock Inc employs 5,200 people after the acquisition of a rival in 2010.", "5,200"),
        (
            "Halden Telecom now has 3.2 million subscribers after the purchase of a cable operator last year.",
            "3.2 million",
        ),
    ],
)
def test_a_level_after_an_earlier_event_holds_now(text, surface):
    assert dating(text, surface) == (None, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Halvard Foods's stock had risen 15 percent this year before Thursday's drop.", "15 percent"),
        ("Pellam Foods's shares have gained 22 percent this year before Friday's results.", "22 percent"),
        ("Ostrel Mining's stock had climbed 9 percent this year before the strike began.", "9 percent"),
    ],
)
def test_this_year_before_an_event_is_this_year(text, surface):
    assert dating(text, surface)[0] == (dt.date(2013, 1, 1), PUBLISHED)


def test_a_level_before_an_event_keeps_that_time():
    text = "Dunmore Bank had 4,100 branches before the sale of its Irish network last year."
    assert dating(text, "4,100") == (None, dt.date(2012, 12, 31))
