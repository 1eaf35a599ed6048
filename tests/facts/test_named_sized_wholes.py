"""A sum written before a proper name that ends in a common noun of `named_sized_heads` ("the $3 billion Acme
Growth Fund", "a $12 billion Acme IPO", "the $50 billion Industrial Recovery Program") sizes the fund, the
offering or the program as it sizes the bare noun (facts/measures_sized.py); other names are no measure.
Sentences written for these tests with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_among, facts_in

PUBLISHED = dt.date(2019, 8, 14)
LEAD = "Torvane Group reported results on Wednesday. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torvane said it was closing its $8.4 billion Global Income Fund to new investors.", "$8.4 billion", "fund"),
        ("Torvane manages the $3 billion Brightwater Growth Fund.", "$3 billion", "fund"),
        ("The hire comes ahead of the $12 billion Kestrel IPO.", "$12 billion", "ipo size"),
        ("Officials shut the $2 billion Home Repair Programme in March.", "$2 billion", "home repair programme"),
        (
            "Lawmakers said carmakers could instead tap the $50 billion Industrial Recovery Program.",
            "$50 billion",
            "industrial recovery program",
        ),
    ],
)
def test_a_sum_before_a_named_fund_offering_or_program_sizes_it(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torvane said it was closing its $8.4 billion income fund to new investors.", "$8.4 billion", "income fund"),
        ("Bankers are preparing a record $9 billion IPO for the unit.", "$9 billion", "ipo size"),
    ],
)
def test_a_sum_before_the_bare_noun_keeps_its_reading(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "word"),
    [
        ("Torvane agreed to the $2 billion Brightwater deal on Monday.", "$2 billion", "brightwater"),
        ("Torvane paid $2 billion for Brightwater Growth last year.", "$2 billion", "growth"),
        ("Torvane expects 5 percent growth at its Brightwater Fund unit.", "5 percent", "fund"),
        ("Kestrel shares sank after their $14 per-share 2009 IPO.", "$14", "size"),
    ],
)
def test_a_sum_near_another_name_is_not_called_after_it(nlp, text, surface, word):
    fact = fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface)
    assert word not in fact.predicate.split()
