"""An event noun the sentence refers to as known — with a possessor or a presupposing determiner, as a clause's
subject or a preposition's object — names an event that happened, whatever the sentence plans or predicts about
its effects (`facts/event_references.py`). Sentences written for these tests, with invented names."""

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
            "Analysts said Brantley Foods' purchase of Orvin Dairy lifted its margins.",
            ("Brantley Foods", "acquisition", "Orvin Dairy", "actual"),
        ),
        (
            "Kestrel Bank plans to book a $3 billion charge tied to the acquisition of Orvin Savings.",
            ("Kestrel Bank", "acquisition", "Orvin Savings", "actual"),
        ),
        (
            "Analysts predicted that the takeover of Quentin Mills by Harlow Paper would cut costs.",
            ("Harlow Paper", "acquisition", "Quentin Mills", "actual"),
        ),
        (
            "Ardent Telecom wants to recoup the cost of that acquisition of Bellway Cable.",
            ("Ardent Telecom", "acquisition", "Bellway Cable", "actual"),
        ),
        (
            "Economists forecast that Ardent Telecom's purchase of Bellway Cable will raise prices.",
            ("Ardent Telecom", "acquisition", "Bellway Cable", "actual"),
        ),
    ],
)
def test_an_event_referred_to_as_known_happened(nlp, text, event):
    assert event in events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Brandt Corp's sale of Quill Press Inc to Brenton Media Inc lifted margins.",
        "Fund managers expect the sale of Quill Press Inc to Brenton Media Inc to lift margins.",
    ],
)
def test_the_buyer_of_a_sale_referred_to_as_known_bought(nlp, text):
    """The counterpart of a given sale (the organization it went to) is given too."""
    assert ("Brenton Media", "acquisition", "Quill Press", "actual") in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (  # an indefinite article brings the event up: the analysts' guess
            "Analysts said an acquisition of Orvin Dairy by Brantley Foods would help its results.",
            ("Brantley Foods", "acquisition", "Orvin Dairy", "forecast"),
        ),
        (  # a verb's object may be what is planned
            "Brantley Foods wants to announce the purchase of Orvin Dairy soon.",
            ("Brantley Foods", "acquisition", "Orvin Dairy", "target"),
        ),
        (
            "Brantley Foods plans an acquisition of Orvin Dairy.",
            ("Brantley Foods", "acquisition", "Orvin Dairy", "target"),
        ),
        (  # a planning adjective wins over the determiner
            "The planned acquisition of Orvin Dairy by Brantley Foods needs approval.",
            ("Brantley Foods", "acquisition", "Orvin Dairy", "target"),
        ),
        (  # dated after the story: not done yet
            "Brantley Foods expects its acquisition of Orvin Dairy next year to add to profit.",
            ("Brantley Foods", "acquisition", "Orvin Dairy", "target"),
        ),
        (  # a deal whose closing the sentence tells is pending
            "Brantley Foods expects to shut two plants when its acquisition of Orvin Dairy closes in the autumn.",
            ("Brantley Foods", "acquisition", "Orvin Dairy", "target"),
        ),
        (
            "Brantley Foods will name new managers once its purchase of Orvin Dairy closes.",
            ("Brantley Foods", "acquisition", "Orvin Dairy", "target"),
        ),
        (
            "Brantley Foods expects savings on completion of the purchase of Orvin Dairy.",
            ("Brantley Foods", "acquisition", "Orvin Dairy", "target"),
        ),
    ],
)
def test_an_event_brought_up_planned_or_dated_ahead_is_not_done(nlp, text, event):
    assert event in events(nlp, text)
