"""A span of time after a verb of lasting is the duration of what lasted, a metric fact (docs/DECISIONS.md, round
33 recall33): "the slump lasted nine months" is the slump's duration. The adjective "last" ("the last two years")
and a span after another verb ("talks went on for 12 hours", "in six months") stay periods. Sentences written for
these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import facts_in

PUBLISHED = dt.date(2010, 8, 10)
OPENING = "Halden Corp reported its results on Tuesday. "


def _by_surface(nlp, text: str) -> dict[str, tuple[str, str, float, str | None]]:
    facts = facts_in(nlp, OPENING + text, PUBLISHED)
    return {f.value.surface: (f.kind, f.predicate, f.value.amount, f.value.unit) for f in facts if f.value}


@pytest.mark.parametrize(
    ("text", "surface", "predicate", "amount", "unit"),
    [
        (
            "Halden said the strike at its Ostrava plant lasted 30 minutes.",
            "30 minutes",
            "strike duration",
            30.0,
            "minute",
        ),
        (
            "Halden said the slumps of 1982 and 1991, both of which lasted nine months, hurt its sales.",
            "nine months",
            "slump duration",
            9.0,
            "month",
        ),
        (
            "Halden said the outage at its Brindle mill could last for six weeks.",
            "six weeks",
            "outage duration",
            6.0,
            "week",
        ),
    ],
)
def test_a_span_after_a_verb_of_lasting_is_a_duration(nlp, text, surface, predicate, amount, unit):
    found = _by_surface(nlp, text)
    assert found.get(surface) == ("metric", predicate, amount, unit), found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Halden's sales rose in the last two years.", "two years"),
        ("Talks between Halden and its union went on for 12 hours.", "12 hours"),
        ("Halden expects to open the Brindle mill in six months.", "six months"),
    ],
)
def test_other_spans_of_time_stay_periods(nlp, text, surface):
    found = _by_surface(nlp, text)
    assert surface not in found, found
