"""A listing is stated with its market ("list X on the Nasdaq", "in London"); "listed X as underwriters"
enumerates. Rolling out or debuting a named product is a launch. Sentences written for these tests,
with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2017, 7, 7)


def events_of(nlp, text):
    return events_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Kestrel Group Inc hopes to list Brandt Insurance Co on the Frankfurt stock exchange next year.",
            ("Kestrel Group", "listing", "Brandt Insurance"),
        ),
        (
            "Harwick Holdings Inc plans to list Pellam Energy Corp in London and Frankfurt.",
            ("Harwick Holdings", "listing", "Pellam Energy"),
        ),
        (
            "Quillby Holdings Inc will list Zeta Mobile Inc on the Nasdaq in June.",
            ("Quillby Holdings", "listing", "Zeta Mobile"),
        ),
    ],
)
def test_a_listing_names_its_market(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The prospectus listed Brisco Capital Inc and Alder Securities Ltd as lead managers.",
        "In a lawsuit, Marlow Partners listed several Ostler Corp decisions it called reckless.",
        "Vantor Holdings Inc listed Zeta Bank Corp among its main creditors.",
    ],
)
def test_listing_names_without_a_market_is_no_listing(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1] == "listing"] == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Alder Co rolled out its Fetch delivery service in five cities.", ("Alder", "launch", "Fetch")),
        (
            "Quillby Inc will roll out the Orbis Pay wallet in Europe next year.",
            ("Quillby", "launch", "Orbis Pay"),
        ),
        (
            "Kestrel Games Inc debuted its Zeta Kart console at a trade show in Tokyo.",
            ("Kestrel Games", "launch", "Zeta Kart"),
        ),
    ],
)
def test_rolling_out_or_debuting_a_named_product_is_a_launch(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Harwick Bank Corp rolled out its proposal to shareholders on Monday.",
        "Brisco Networks Inc debuted on the Nasdaq on Friday.",
        "Vantor Corp said it debuted the product in February.",
    ],
)
def test_rolling_out_or_debuting_no_named_product_is_no_launch(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1] == "launch"] == []
