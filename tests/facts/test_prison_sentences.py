"""A span of time that sizes a court's custodial sentence is the sentence's length, a metric fact of the person
sentenced (docs/DECISIONS.md, round 33 recall33). Every other span of time stays a period phrase: an office's or
a loan's term, how long talks went on, a person's age. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import facts_in

PUBLISHED = dt.date(2013, 10, 21)


def _by_surface(nlp, text: str) -> dict[str, tuple[str, str, float, str | None]]:
    facts = facts_in(nlp, text, PUBLISHED)
    return {f.value.surface: (f.kind, f.predicate, f.value.amount, f.value.unit) for f in facts if f.value}


@pytest.mark.parametrize(
    ("text", "surface", "predicate", "amount", "unit"),
    [
        (
            "Every accused trader could get a maximum sentence of 20 years if found guilty.",
            "20 years",
            "maximum sentence",
            20.0,
            "year",
        ),
        (
            "Tomas Brindle, 61, has been serving a 40-year prison sentence since his plea in 2010.",
            "40-year",
            "prison sentence",
            40.0,
            "year",
        ),
        (
            "A federal judge sentenced Quillby to 12 years in prison on Friday.",
            "12 years",
            "prison sentence",
            12.0,
            "year",
        ),
        (
            "Halden's former treasurer received a 29-month prison term for the fraud.",
            "29-month",
            "prison term",
            29.0,
            "month",
        ),
    ],
)
def test_the_length_of_a_sentence_is_a_fact(nlp, text, surface, predicate, amount, unit):
    found = _by_surface(nlp, text)
    assert found.get(surface) == ("metric", predicate, amount, unit), found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The directors of Brindle Corp serve four-year terms on its board.", "four-year"),
        ("Quillby refinanced the plant with a loan that has a 10-year term.", "10-year"),
        ("Talks between Halden and its union went on for 12 hours before the strike ended.", "12 hours"),
        ("The court will rule on the appeal in six months, Halden said.", "six months"),
    ],
)
def test_other_spans_of_time_stay_periods(nlp, text, surface):
    found = _by_surface(nlp, text)
    assert surface not in found, found
