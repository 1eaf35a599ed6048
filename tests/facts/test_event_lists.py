"""Events over a list of names: product names that open list items, and a list hung on the event verb.
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def objects(nlp, text, predicate):
    return [
        f.object for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event" and f.predicate == predicate
    ]


@pytest.mark.parametrize(
    ("text", "predicate", "names"),
    [
        (
            "In 2015, Kestrel Audio Inc launched products such as the Vanta Pro headset series, "
            "the Orbis Wireless conference system and the QX 500 two-way receiver for video crews.",
            "launch",
            ["Vanta Pro", "Orbis Wireless", "QX 500"],
        ),
        (
            "Ostler Corp introduced phones like the Zephyr X2 handset and the Nimbus 4 tablet.",
            "launch",
            ["Zephyr X2", "Nimbus 4"],
        ),
        (
            "Marlin Tools Inc released drills such as the Torq 18 cordless drill and the Torq 24 hammer drill.",
            "release",
            ["Torq 18", "Torq 24"],
        ),
    ],
)
def test_names_that_open_list_items_are_the_objects(nlp, text, predicate, names):
    assert objects(nlp, text, predicate) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pollard Media has sold some papers and wants to divest even more, including Harlan Radio Inc.",
            "Harlan Radio",
        ),
        ("Pollard Media sold several, including the Riverton Hawks hockey team.", "Riverton Hawks"),
        ("Pollard Media divested Harlan Radio Inc in 2017.", "Harlan Radio"),
    ],
)
def test_a_list_on_the_verb_or_a_divestment_names_what_is_sold(nlp, text, name):
    assert name in objects(nlp, text, "sale")


@pytest.mark.parametrize(
    "text",
    [
        "Pollard Inc launched new services, including faster delivery and cheaper plans.",
        "Kestrel Foods bought more, including some of the cheapest brands on the market.",
        "Ostler Corp released products such as headsets and speakers.",
    ],
)
def test_a_list_of_common_nouns_names_no_object(nlp, text):
    assert [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"] == []
