"""Deal completion: a deal noun with a word of completion is an event of the deal the story reported.
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def completions(nlp, text):
    return [
        (f.subject, f.object, f.period.label if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event" and f.predicate == "deal completion"
    ]


@pytest.mark.parametrize(
    ("text", "buyer", "target", "period"),
    [
        (
            "Kestrel Foods said it would buy snack maker Brio Inc for $2 billion. "
            "The deal is expected to close late in the fourth quarter, subject to regulatory approval.",
            "Kestrel Foods",
            "Brio",
            "Q4 2019",
        ),
        (
            "Harlan Mining Corp agreed to acquire Dovecote Metals Inc for $3 billion. "
            "The purchase, expected to close within the first half of 2020, still needs approval.",
            "Harlan Mining",
            "Dovecote Metals",
            "H1 2020",
        ),
        (
            "Pollard Group agreed in May to buy Wexley Tools. "
            "Upon completion of that purchase, due in the third quarter, Pollard would have 40 plants.",
            "Pollard",
            "Wexley Tools",
            "Q3 2019",
        ),
    ],
)
def test_the_deal_of_a_later_sentence_is_the_deal_reported(nlp, text, buyer, target, period):
    assert (buyer, target, period) in completions(nlp, text)


def test_a_deal_phrase_that_names_its_target_keeps_it(nlp):
    text = '"We plan to complete the Marlin deal in January," the chief executive of Tarrow Inc said.'
    assert [(s, o) for s, o, _ in completions(nlp, text)] == [("Tarrow", "Marlin")]


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Foods shares closed up 2 percent. The deal was a good one, analysts said.",
        "The deal is expected to close late in the fourth quarter, Ostrander Corp said.",  # no deal reported before
        "Vexley Corp, set to grow once it completes its $2 billion acquisition of Norrin Ltd, rose 3 percent.",
    ],
)
def test_no_completion_without_a_deal_or_when_the_event_noun_states_it(nlp, text):
    assert completions(nlp, text) == []
