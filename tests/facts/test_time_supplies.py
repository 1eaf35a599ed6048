"""A time that sizes a supply noun ("a 9.5 months' supply", "52 days of inventory", "a 6-month supply") is a stock's
level, a fact in months or days, not a duration; so is the earlier level it is compared with in its own clause
("down from 61 days"). A plain duration, a range after "from" or a time of another clause stays no fact
(`time_supplies`; docs/DECISIONS.md, "Facts", round 18). Stories written for these tests."""

import pytest

from extractor.facts.measures import TIME_UNITS
from tests.facts.surface_facts import facts_of


def by_surface(nlp, body: str) -> dict[str, object]:
    found = facts_of(nlp, f"CHICAGO (Reuters) - {body}", title="Monthly figures", published="2011-09-21")
    return {f.value.surface: f for f in found if f.value}


@pytest.mark.parametrize(
    ("body", "surface", "unit", "predicate"),
    [
        (
            "Unsold condominiums in Freedonia climbed to 212,000 in August, equal to a 9.5 months' supply, "
            "the Freedonian Builders Council said.",
            "9.5 months",
            "month",
            "supply",
        ),
        (
            "Kestrel Motors Inc said its U.S. dealers carried 52 days of inventory at the end of August.",
            "52 days",
            "day",
            "inventory",
        ),
        (
            "Brandor Homes Corp reported a 6-month supply of finished houses in its western markets.",
            "6-month",
            "month",
            "supply",
        ),
    ],
)
def test_a_time_that_sizes_a_supply_is_a_level(nlp, body, surface, unit, predicate):
    facts = by_surface(nlp, body)
    assert surface in facts, facts
    fact = facts[surface]
    assert fact.kind == "metric"
    assert fact.value.unit == unit
    assert fact.predicate == predicate


@pytest.mark.parametrize(
    ("body", "surface", "predicate"),
    [
        (
            "The inventory of unsold yachts in Marlova climbed to 14 months' supply in the spring, the Marlova "
            "Marine Guild said.",
            "14 months",
            "inventory in months of supply",
        ),
        (
            "Harrow Pianos Ltd said its inventory fell to 70 days' supply after the holiday sales.",
            "70 days",
            "inventory in days of supply",
        ),
        (
            "Orvin Homes Corp said its inventory rose to an 11-month supply in May.",
            "11-month",
            "inventory in months of supply",
        ),
    ],
)
def test_a_stock_noun_of_the_clause_is_named_with_the_time(nlp, body, surface, predicate):
    facts = by_surface(nlp, body)
    assert surface in facts, facts
    assert facts[surface].predicate == predicate


@pytest.mark.parametrize(
    ("body", "surface", "unit"),
    [
        (
            "Kestrel Motors Inc said its dealers held 48 days' supply of trucks, down from 61 days in July.",
            "61 days",
            "day",
        ),
        (
            "Orlov Farms Ltd said its co-ops kept 23 days of inventory of grain on June 30, up from 19 days in May.",
            "19 days",
            "day",
        ),
        (
            "The Tarvia Realty Board said resale flats in Tarvia stood at a 4.2-month supply in October, compared "
            "with 5 months a year earlier.",
            "5 months",
            "month",
        ),
    ],
)
def test_the_earlier_level_of_a_supply_is_a_level_too(nlp, body, surface, unit):
    facts = by_surface(nlp, body)
    assert surface in facts, facts
    assert facts[surface].value.unit == unit
    assert "supply" in facts[surface].predicate or "inventory" in facts[surface].predicate  # not "dealers"


@pytest.mark.parametrize(
    "body",
    [
        "Kestrel Motors Inc said the strike at its Ohio plant lasted 12 days in August.",
        "Brandor Homes Corp said it will take 18 months to finish the tower, up from 14 months planned.",
        "Unsold homes sat on the Freedonian market for 7 months on average, the council said.",
        # the time is a deal's term: "supply" only qualifies the deal
        "Kestrel Motors Inc signed an 8-year supply contract with a glass maker in Ohio.",
        # a range after "from" is no comparison, and a time of another clause is not the supply's earlier level
        "Halvern Tractors Inc said its retailers carried 75 days' supply of mowers, and repairs took from 4 to 6 "
        "days in May.",
        "Orlov Farms Ltd said its co-ops kept 23 days of inventory; shipments need from 8 to 9 days to clear customs.",
    ],
)
def test_a_plain_duration_is_no_fact(nlp, body):
    facts = by_surface(nlp, body)
    durations = {s: f for s, f in facts.items() if f.value.unit in TIME_UNITS and not s.startswith(("75 ", "23 "))}
    assert not durations, facts
