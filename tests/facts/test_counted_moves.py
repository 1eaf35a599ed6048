"""A count whose counted noun is the move it sizes counts what moved (facts/counted_moves.py, docs/DECISIONS.md
"Round 35 (counted35)"): "a 40,000 gain in jobs" counts jobs and is up, "12,000 subscriber additions" counts
subscribers. Sentences written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def fact_of(nlp, text, surface):
    return fact_with_surface(nlp, text, surface, title="Business news", published="2014-05-06")


@pytest.mark.parametrize(
    ("text", "surface", "counted", "direction"),
    [
        # a single move with an "in" phrase: the phrase names what moved
        ("Economists at Pellworth Bank forecast a 75,000 gain in jobs for the month.", "75,000", "job", "up"),
        ("Tarvik Logistics warned of a 1,200 fall in bookings over the winter.", "1,200", "booking", "down"),
        ("The union fears a 600 decline in members at Ostmark Foundry this year.", "600", "member", "down"),
        ("Brevard Homes expects an 8,000 rise in orders in the coming year.", "8,000", "order", "up"),
        # a plural move noun with a compound: the compound names the units that moved
        (
            "Analysts had pencilled in 45,000 broadband subscriber additions at Kestrel Telecom.",
            "45,000",
            "subscriber",
            "up",
        ),
        ("Lindqvist Mobile reported 9,500 contract customer losses in the period.", "9,500", "customer", "down"),
    ],
)
def test_a_sized_move_counts_what_moved(nlp, text, surface, counted, direction):
    fact = fact_of(nlp, text, surface)
    assert (fact.kind, fact.value.counted, fact.value.direction) == ("change", counted, direction)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "counted", "direction"),
    [
        # a plural noun of cutting counts what is cut: a metric of jobs cut (FACTS.md), its counted noun the job
        ("Harrowgate Steel announced 2,400 job cuts on Tuesday.", "2,400", "metric", "job", None),
        ("Fenwick Savings plans 140 branch closures across the region.", "140", "metric", "branch", None),
        # a number of moves, not the size of one: the plural without a compound keeps its reading
        ("Ravelin Foods reported three straight declines in output.", "three", None, "decline", None),
        # a move dated by its "in" phrase names nothing moved: nothing to count but the move
        ("Dunmore Retail said nothing about a 3,000 gain in May.", "3,000", None, "gain", None),
    ],
)
def test_near_misses_keep_their_reading(nlp, text, surface, kind, counted, direction):
    fact = fact_of(nlp, text, surface)
    assert fact.value.counted == counted
    if kind is not None:
        assert (fact.kind, fact.value.direction) == (kind, direction)


def test_a_money_loss_stays_a_metric(nlp):
    """ "a $250 million loss" is a net loss, a metric with no counted noun."""
    fact = fact_of(nlp, "Carrow Mining posted a $310 million loss for the quarter.", "$310 million")
    assert (fact.kind, fact.value.counted, fact.value.direction) == ("metric", None, None)
