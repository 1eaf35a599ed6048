""" "N times" as the adverb of an action verb counts how often it was done (`occasion_counts`): a metric with no
unit, not a multiple of the measure. A comparison ("three times as high"), a valuation ("15 times earnings"), a
ratio told with a copula and a move verb that multiplies its own subject keep the unit "times".

Every sentence is written for these tests; the names are invented.
"""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 3, 12)


def figure(nlp, text, surface):
    found = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface]
    assert found, f"no fact for {surface!r}"
    return found[0]


OCCASIONS = [
    ("The Ostrava central bank raised its benchmark rate nine times between 2009 and 2011.", "nine times", "rate"),
    ("Deposit rates in Freedonia were cut four times last year, the Halden bank said.", "four times", "cut"),
    ("Brisco Holdings was bailed out three times by the state since 2001.", "three times", "bailed out"),
    ("Quillby Corp lifted its quarterly dividend six times over the past decade.", "six times", "dividend"),
    ("After hiking borrowing costs for 11 times, the Delmont Reserve Bank paused on Tuesday.", "11 times", "hiking"),
]


@pytest.mark.parametrize(("text", "surface", "word"), OCCASIONS)
def test_times_after_an_action_counts_occasions(nlp, text, surface, word):
    fact = figure(nlp, text, surface)
    assert fact.kind == "metric"
    assert fact.value.unit is None
    assert fact.value.direction is None
    assert word in fact.predicate


POLICY_MOVES = [
    ("The Ostrava central bank raised interest rates seven times in 2010 and 2011.", "seven times", "increases"),
    ("Its key rate was lowered 12 times by the Halden Reserve Bank between 2008 and 2009.", "12 times", "cuts"),
    ("The Delmont Monetary Authority has hiked its lending rate five times since January.", "five times", "increases"),
]


@pytest.mark.parametrize(("text", "surface", "event"), POLICY_MOVES)
def test_policy_moves_are_counted_by_their_event(nlp, text, surface, event):
    fact = figure(nlp, text, surface)
    assert fact.value.unit is None
    assert fact.predicate.endswith(f"rate {event}")


MULTIPLES = [
    ("Harrow Inc shares trade at 15 times forward earnings, above the sector.", "15 times"),
    ("Quillby Corp's net debt was about four times EBITDA at the end of 2011.", "four times"),
    ("Sales of Brisco Holdings grew three times as fast as costs in 2011.", "three times"),
    ("Halden Corp's profit jumped three times to $9 million in 2011.", "three times"),
]


@pytest.mark.parametrize(("text", "surface"), MULTIPLES)
def test_a_multiple_keeps_its_unit(nlp, text, surface):
    assert figure(nlp, text, surface).value.unit == "times"
