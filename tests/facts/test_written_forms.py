"""A noun named for a verb ("wrote down $X": a write-down) takes the story's own spelling of it: sentences
written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2012, 10, 3)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Varden Bank said its writedowns on property loans had slowed. It wrote down $640 million in July.",
            "$640 million",
            "writedown",
        ),
        (
            "Halvard Insurance expects to write off 90 million euros this year, after its writeoffs doubled in 2011.",
            "90 million euros",
            "writeoff",
        ),
        (
            "The writedowns kept coming at Ostrava Trust, which wrote down $77 million in March.",
            "$77 million",
            "writedown",
        ),
        (
            "Brindle Capital will write down $1.1 billion on bond holdings, its third write-down this year.",
            "$1.1 billion",
            "write-down",
        ),
        ("Marrow Lending Corp wrote down $85 million on its car loans.", "$85 million", "write-down"),
    ],
)
def test_a_named_noun_is_spelled_as_the_story_spells_it(nlp, text, surface, expected):
    assert predicates_of(nlp, text, PUBLISHED)[surface] == expected
