"""A deal in the to-clause of an offer, a bid or a proposal — the verb "offered to buy X" or the noun "its offer to
acquire X" — is an offer made, not a deal done: the deal's word with the offer's noun ("acquisition offer"), as
"in talks to buy X" is "acquisition talks" (`facts/event_offers.py`). Sentences written for these tests, with
invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2022, 5, 11)
FIELDS = ("subject", "predicate", "object", "modality")


def events(nlp, text):
    return events_in(nlp, text, PUBLISHED, FIELDS)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Halden Capital has offered to buy Orvin Dairy for $2 billion, people familiar with the matter said.",
            ("Halden Capital", "acquisition offer", "Orvin Dairy", "actual"),
        ),
        (
            "Marlow Networks made an unsolicited offer to acquire Harlan Telecom in April.",
            ("Marlow Networks", "acquisition offer", "Harlan Telecom", "actual"),
        ),
        (
            "Profit fell because of costs tied to Brantley Foods' bid to take over Orvin Dairy.",
            ("Brantley Foods", "acquisition bid", "Orvin Dairy", "actual"),
        ),
        (
            "Quenby Mobile proposed to merge with Tolvern Telecom in March.",
            ("Quenby Mobile", "merger proposal", "Tolvern Telecom", "actual"),
        ),
        (
            "Ardent Telecom made a proposal to purchase Bellway Cable last month.",
            ("Ardent Telecom", "acquisition proposal", "Bellway Cable", "actual"),
        ),
    ],
)
def test_a_deal_offered_is_an_offer(nlp, text, event):
    found = events(nlp, text)
    assert event in found
    assert not [e for e in found if e[1] in ("acquisition", "merger")], found  # no deal done


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Brantley Foods bought Orvin Dairy in 2019.", ("Brantley Foods", "acquisition", "Orvin Dairy", "actual")),
        ("Halden Capital plans to buy Orvin Dairy.", ("Halden Capital", "acquisition", "Orvin Dairy", "target")),
        (  # a noun of agreement, not of an offer
            "Ardent Telecom reached an agreement to purchase Bellway Cable last month.",
            ("Ardent Telecom", "acquisition", "Bellway Cable", "actual"),
        ),
    ],
)
def test_a_deal_done_or_planned_keeps_its_word(nlp, text, event):
    assert event in events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Orvin Dairy rejected an offer to buy it from Halden Capital.",  # the target is no bidder of its own
        "Brandt Corp offered to sell its paper unit to Brenton Media Inc.",  # the party offered to is no buyer yet
    ],
)
def test_an_offer_gives_no_acquisition(nlp, text):
    assert not [e for e in events(nlp, text) if e[1] == "acquisition"]
