"""The readers of stated event nouns (bids and investigations, alliances, agreements) share one test of whether
the verb states the event as done (events_clauses.not_stated_done) and one predicate of the noun's kind
(events_common.kind_predicate). Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 9)


def events_of(nlp, text):
    return [
        (f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Brixel Ltd is in talks to sign a supply contract with Oranto Foods.",  # agreement under talks
        "Lumen Freight remains in discussions to strike a distribution accord with Harrow Ports.",
        "Trevane Capital hopes to make a takeover bid for Holm Bakeries.",  # bid only sought
        "Quorra Labs wants to form a joint venture with Pellin Steel.",  # alliance only sought
        "Dasko Rail did not sign a freight pact with Morrow Lines.",  # denied
    ],
)
def test_an_event_noun_not_stated_as_done_gives_no_event(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Hollin Media struck a joint marketing agreement with Castell Radio last week.",
            ("Hollin Media", "joint marketing agreement", "Castell Radio"),
        ),
        (
            "Pardo Mining lodged a hostile cash bid for Serrat Copper on Friday.",
            ("Pardo Mining", "cash bid", "Serrat Copper"),
        ),
        (
            "Last month Tolland Chemicals formed a research partnership with Ibex Plastics Corp.",
            ("Tolland Chemicals", "research partnership", "Ibex Plastics"),
        ),
        (
            "Gravin Telecom signed a five-year roaming deal with Ostra Mobile.",
            ("Gravin Telecom", "roaming deal", "Ostra Mobile"),
        ),
    ],
)
def test_the_predicate_keeps_the_words_of_the_event_kind(nlp, text, event):
    assert event in events_of(nlp, text)
