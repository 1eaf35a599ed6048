"""Completions, posts taken and deal talks that the text denies or only supposes: invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 10)


def events(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [(f.subject, f.predicate, f.object) for f in facts if f.kind == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "Tarrow Mills Inc has not completed its purchase of Quenby Foods Ltd.",
        "Tarrow Mills Inc said it would not complete the acquisition of Quenby Foods Ltd.",
        "Lise Marrant will not take over as chief executive of Tarrow Mills Inc.",
        "Tarrow Mills Inc is not in merger talks with Quenby Foods Ltd, a spokeswoman said.",
        "If Tarrow Mills Inc were in merger talks with Quenby Foods Ltd, its shares would jump.",
    ],
)
def test_a_denied_or_supposed_completion_post_or_talks_is_no_event(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarrow Mills Inc completed its purchase of Quenby Foods Ltd in February.", "acquisition"),
        ("Lise Marrant will take over as CEO of Tarrow Mills Inc.", "appointment"),
        ("Tarrow Mills Inc is in merger talks with Quenby Foods Ltd, a spokeswoman said.", "merger talks"),
    ],
)
def test_the_same_words_affirmed_are_an_event(nlp, text, expected):
    assert expected in [predicate for _, predicate, _ in events(nlp, text)]
