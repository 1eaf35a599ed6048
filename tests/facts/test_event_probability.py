"""An event under an adjective of probability is a guess (events_clauses.only_guessed, lexicon
probability_adjectives): "seems unlikely to buy X", "thinks it probable that X will sell Y" state no event,
while "said it would sell X" reports a deal. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2014, 3, 11)


def events_of(nlp, text):
    return events_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Ostrow Inc is unlikely to sell its Brandt Foods arm this year, two bankers said.",
        "Vantor Motors seems unlikely to buy Alder Dairy at that price.",
        "Bankers think it probable that Corvel Inc will sell Birch Mills.",
        "Halvern Group is likely to acquire Tessaly Mills, a person close to the talks said.",
        "Analysts think Pellam Corp is likely to sign a fuel supply deal with Kestrel Arms before winter.",
    ],
)
def test_a_likely_event_is_no_event(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ostrow Inc said it would sell Brandt Foods for $20 million.", ("Ostrow", "sale", "Brandt Foods")),
        ("Halvern Group agreed to acquire Tessaly Mills in May.", ("Halvern Group", "acquisition", "Tessaly Mills")),
        (
            "Pellam Corp signed a supply deal with Kestrel Arms last month.",
            ("Pellam", "supply deal", "Kestrel Arms"),
        ),
    ],
)
def test_a_stated_event_stays(nlp, text, event):
    assert event in events_of(nlp, text)
