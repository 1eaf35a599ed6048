"""An acquiring verb that the parse left without object after a deal noun ("a deal to buy cable maker X")
acts on the organization named right after it (`facts/stranded_objects.py`). Sentences written for these
tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 3)


def events_of(nlp, text):
    return [
        (f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "In July, Norland Partners announced a $3.8 billion deal to buy U.S. vitamin maker Pellico Inc.",
            ("Norland Partners", "acquisition", "Pellico"),
        ),
        (
            "Last autumn Gravesend Capital struck a $2.9 billion deal to buy cable maker Trovex Corp.",
            ("Gravesend Capital", "acquisition", "Trovex"),
        ),
        (
            "Brockway Industries struck a deal worth $1.1 billion to buy paper maker Marlow Corp.",
            ("Brockway Industries", "acquisition", "Marlow"),
        ),
        (
            "Castellan Group announced a deal to buy U.S. snack maker Heineveld Inc.",
            ("Castellan", "acquisition", "Heineveld"),
        ),
    ],
)
def test_a_stranded_acquiring_verb_acts_on_the_name_after_it(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norland Partners signed a deal to buy back shares from Trovex Corp.",
        "Gravesend Capital struck a deal to buy into a venture run by Ostrava Corp.",
        "Helmsley Group reached a deal to buy, not lease, its head office from Pellico Inc.",
    ],
)
def test_no_name_right_after_the_verb_is_no_object(nlp, text):
    assert not [e for e in events_of(nlp, text) if e[1] == "acquisition"]
