"""The earlier side of a move marked as the level holding now ("up from the current 48 bakeries", "down from 190
now", "rising from 21 currently") is as of the publication day, with no period, even when the later side has a horizon
("by 2016"); a written count after "the current" is such a level, not a set named before; "current" before a
count is no part of the predicate (`present_levels`; docs/DECISIONS.md, "Periods", round 18). Stories written for
these tests."""

import datetime as dt

import pytest

from tests.facts.surface_facts import facts_of

PUBLISHED = dt.date(2013, 6, 12)


def by_surface(nlp, body: str) -> dict[str, object]:
    found = facts_of(nlp, f"LONDON (Reuters) - {body}", title="Quarterly update", published=PUBLISHED.isoformat())
    return {f.value.surface: f for f in found if f.value}


@pytest.mark.parametrize(
    ("body", "surface", "predicate"),
    [
        (
            "Talmere Foods aims to run 75 bakeries by 2016, up from the current 48 bakeries, its chairman said.",
            "48",
            "bakeries",
        ),
        ("Corvo Airlines Inc aims to fly 30 jets in 2015, rising from 21 currently.", "21", "jets"),
        ("Halden Bank will trim its network to 140 branches by 2015, down from 190 branches now.", "190", "branches"),
        ("Brisca Rail Co intends to use four depots by 2015, down from the current seven depots.", "seven", "depots"),
    ],
)
def test_the_level_holding_now_is_as_of_publication(nlp, body, surface, predicate):
    facts = by_surface(nlp, body)
    assert surface in facts, facts
    fact = facts[surface]
    assert fact.period is None
    assert fact.as_of == PUBLISHED
    assert fact.predicate == predicate


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("Orrin Retail opened 40 stores between January and March, up from 32 stores a year earlier.", "32"),
        ("Velta Steel shipped 61 cargoes last year, compared with 55 cargoes in 2011.", "55"),
        ("Amber Cove Hotels ran 90 hotels on March 31, up from 84 hotels in December.", "84"),
    ],
)
def test_an_earlier_level_with_its_own_time_keeps_it(nlp, body, surface):
    facts = by_surface(nlp, body)
    assert surface in facts, facts
    assert facts[surface].as_of != PUBLISHED


def test_current_before_a_noun_without_a_count_stays_in_the_predicate(nlp):
    facts = by_surface(nlp, "Ferrow Group said current assets totalled $4.2 billion on March 31.")
    assert facts["$4.2 billion"].predicate == "current assets"


@pytest.mark.parametrize(
    ("body", "surface", "predicate"),
    [
        (
            "Oskar Ferries Ltd expects to operate 11 vessels by 2018, up from the present six vessels.",
            "six",
            "vessels",
        ),
        (
            "Pell Quarries Inc intends to run two quarries after June, down from the current five quarries.",
            "five",
            "quarries",
        ),
        ("Dorin Foods will have 13 bakeries in 2017, compared with the current eight bakeries.", "eight", "bakeries"),
    ],
)
def test_a_written_count_after_a_now_word_is_a_level(nlp, body, surface, predicate):
    facts = by_surface(nlp, body)
    assert surface in facts, facts
    assert facts[surface].predicate == predicate
