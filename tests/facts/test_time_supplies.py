"""A time that sizes a supply noun ("a 9.5 months' supply", "52 days of inventory", "a 6-month supply") is a stock's
level, a fact in months or days, not a duration; so is the earlier level it is compared with ("down from 61
days"). A plain duration stays no fact (`time_supplies`; docs/DECISIONS.md, "Facts", round 18). Stories written
for these tests."""

import pytest

from extractor import extract


def facts_of(nlp, body: str) -> dict[str, object]:
    text = f" date 2011-09-21 Monthly figures\n\nCHICAGO (Reuters) - {body}"
    return {f.value.surface: f for f in extract(text, nlp=nlp) if f.value}


@pytest.mark.parametrize(
    ("body", "surface", "unit", "predicate_word"),
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
def test_a_time_that_sizes_a_supply_is_a_level(nlp, body, surface, unit, predicate_word):
    facts = facts_of(nlp, body)
    assert surface in facts, facts
    fact = facts[surface]
    assert fact.kind == "metric"
    assert fact.value.unit == unit
    assert predicate_word in fact.predicate


def test_the_earlier_level_of_a_supply_is_a_level_too(nlp):
    body = "Kestrel Motors Inc said its dealers held 48 days' supply of trucks, down from 61 days in July."
    facts = facts_of(nlp, body)
    assert "61 days" in facts, facts
    assert facts["61 days"].value.unit == "day"


@pytest.mark.parametrize(
    "body",
    [
        "Kestrel Motors Inc said the strike at its Ohio plant lasted 12 days in August.",
        "Brandor Homes Corp said it will take 18 months to finish the tower, up from 14 months planned.",
        "Unsold homes sat on the Freedonian market for 7 months on average, the council said.",
        # the time is a deal's term: "supply" only qualifies the deal
        "Kestrel Motors Inc signed an 8-year supply contract with a glass maker in Ohio.",
    ],
)
def test_a_plain_duration_is_no_fact(nlp, body):
    facts = facts_of(nlp, body)
    assert not any(f.value.unit in ("day", "month") for f in facts.values()), facts
