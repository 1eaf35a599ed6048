"""A count of subscribers, customers or clients lost is a fall of the customer base: a change, direction down,
named by the customers as written (docs/DECISIONS.md, round 33 recall33). Jobs lost stay a metric of jobs lost,
customers added are read as before. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import facts_in

PUBLISHED = dt.date(2012, 6, 15)


def _by_surface(nlp, text: str) -> dict[str, tuple[str, str, str | None]]:
    facts = facts_in(nlp, text, PUBLISHED)
    return {f.value.surface: (f.kind, f.predicate, f.value.direction) for f in facts if f.value}


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Brindle Telecom said it lost more than 45,000 broadband subscribers in the first quarter.",
            "45,000",
            "broadband subscribers",
        ),
        ("Quillby Mobile has shed 1.2 million customers since the price war began.", "1.2 million", "customers"),
        ("Tarrow Cable lost 86,512 clients in April, the regulator said on Friday.", "86,512", "clients"),
    ],
)
def test_customers_lost_are_a_fall_of_the_base(nlp, text, surface, predicate):
    found = _by_surface(nlp, text)
    assert found.get(surface) == ("change", predicate, "down"), found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Halden Steel lost 3,600 jobs at its Ostrava mills in May.", "3,600"),
        ("Tarrow Bank added 9,000 clients in April, it said.", "9,000"),
        ("Brindle Telecom lost $45 million on its broadband unit in the quarter.", "$45 million"),
    ],
)
def test_other_counts_lost_or_added_stay_metrics(nlp, text, surface):
    found = _by_surface(nlp, text)
    assert found.get(surface, ("metric",))[0] == "metric", found
