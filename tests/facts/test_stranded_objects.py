"""An acquiring verb that the parse left without object after a deal noun ("a deal to buy parts supplier X")
acts on the organization named right after it (`facts/stranded_objects.py`). Sentences written for these
tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2012, 5, 3)


def events_of(nlp, text):
    return events_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Tollard Partners, a buyout firm, has struck an $850 million deal to buy Canadian auto parts supplier "
            "Ferrex Inc.",
            ("Tollard Partners", "acquisition", "Ferrex"),
        ),
        (
            "Ridley Pharma said it had signed a $1.2 billion deal to buy Indian generic drug maker Osterby Corp.",
            ("Ridley Pharma", "acquisition", "Osterby"),
        ),
        (
            "Brockway Industries struck a deal worth $1.1 billion to buy paper maker Marlow Corp.",
            ("Brockway Industries", "acquisition", "Marlow"),
        ),
        (
            "Castellan Group announced a deal to buy U.S. snack maker Heineveld Inc.",
            ("Castellan Group", "acquisition", "Heineveld"),
        ),
    ],
)
def test_a_stranded_acquiring_verb_acts_on_the_name_after_it(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norland Partners signed a deal to buy back shares from Trovex Corp.",
        "Gravesend Capital agreed terms to buy into a shipping venture run by Ostrava Corp.",
        "Helmsley Group reached a deal to buy, not lease, its head office from Pellico Inc.",
    ],
)
def test_no_name_right_after_the_verb_is_no_object(nlp, text):
    assert not [e for e in events_of(nlp, text) if e[1] == "acquisition"]
