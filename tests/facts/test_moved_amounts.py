"""Money or a percentage that a verb takes off a noun ("wiped $2 billion off its market value"), cuts from it
("cut $1 billion from its budget") or adds to it ("add $500 million to costs") is a change of that noun, down or
up; a verb of falling names its base after "from" instead, and "take ... from" receives. Sentences written for
these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)
OPENING = "Tolvane Corp reported quarterly net income of $40 million. "


def facts_of(nlp, text):
    return {f.value.surface: f for f in extract(OPENING + text, published=PUBLISHED, nlp=nlp) if f.value}


@pytest.mark.parametrize(
    ("text", "surface", "predicate", "direction"),
    [
        ("The recall wiped about $2 billion off Tolvane's market value.", "$2 billion", "market value", "down"),
        (
            "Tolvane plans to shave 300 million euros off its freight costs by 2021.",
            "300 million euros",
            "freight costs",
            "down",
        ),
        ("The buyback knocked 3 percent off the share count.", "3 percent", "share count", "down"),
        ("Tolvane will cut $1 billion from its operating budget next year.", "$1 billion", "operating budget", "down"),
        ("Dearer jet fuel could add $500 million to the carrier's fuel bill.", "$500 million", "fuel bill", "up"),
    ],
)
def test_an_amount_taken_off_or_added_to_a_noun_changes_it(nlp, text, surface, predicate, direction):
    fact = facts_of(nlp, text)[surface]
    assert (fact.kind, fact.predicate, fact.value.direction) == ("change", predicate, direction)


@pytest.mark.parametrize(
    ("text", "surface", "absent"),
    [
        ("Crude stocks dropped 2 million barrels from the prior week's level.", "2 million barrels", "level"),
        ("Tolvane had to take $3 billion in state funds from the government.", "$3 billion", "government"),
        ("Tolvane raised $2 billion to fund the purchase of new ships.", "$2 billion", "purchase"),
    ],
)
def test_a_base_a_source_or_a_purpose_is_not_the_measure(nlp, text, surface, absent):
    assert absent not in facts_of(nlp, text)[surface].predicate
