"""An event under an adjective of probability is a guess (events_clauses.only_guessed, lexicon
probability_adjectives): "is likely to sign a deal with X", "was unlikely to sell X" state no event, while "said
it would sell X" reports a deal. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2013, 10, 24)


def events_of(nlp, text):
    return [
        (f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pellam Corp has said it is likely to sign the $3.4 billion supply deal with Kestrel Arms next month.",
        "Ostrow Inc was unlikely to sell Brandt Foods for the price it wanted, an analyst said.",
        "Halvern Group is likely to acquire Tessaly Mills, people familiar with the matter said.",
    ],
)
def test_a_likely_event_is_no_event(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ostrow Inc said it would sell Brandt Foods for $20 million.", ("Ostrow", "sale", "Brandt Foods")),
        ("Halvern Group agreed to acquire Tessaly Mills in May.", ("Halvern", "acquisition", "Tessaly Mills")),
        (
            "Pellam Corp signed a supply deal with Kestrel Arms last month.",
            ("Pellam", "supply deal", "Kestrel Arms"),
        ),
    ],
)
def test_a_stated_event_stays(nlp, text, event):
    assert event in events_of(nlp, text)
