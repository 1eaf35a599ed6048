"""A firm engaged to act for the subject (facts/events_advisers.py): an engaging verb with a named organization
as its object and a stated post ("as adviser") or adviser's task ("to advise", "to seek a buyer") is the hiring
party's event. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)


def events_of(nlp, text):
    return [
        (f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halvern Cable hired Brandt Bank to advise it on a possible merger.",
            ("Halvern Cable", "hiring of adviser", "Brandt Bank"),
        ),
        (
            "Tarrow Foods appointed Kestrel Capital as its financial adviser last month.",
            ("Tarrow Foods", "appointment of adviser", "Kestrel Capital"),
        ),
        (
            "Mossley Retail appointed Brandt Bank to find a buyer for its shoe chain.",
            ("Mossley Retail", "appointment of adviser", "Brandt Bank"),
        ),
        (
            "Pellam Steel said it had retained Ostrow Partners as adviser for the sale of its plants.",
            ("Pellam Steel", "hiring of adviser", "Ostrow Partners"),
        ),
    ],
)
def test_a_firm_engaged_for_a_post_or_task_is_the_hiring_partys_event(nlp, text, expected):
    assert expected in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Halvern Cable hired Brandt Bank last year.",
        "Tarrow Foods selected Kestrel Steel to supply beams for the new bridge.",
        "Mossley Retail has not hired Brandt Bank to advise it.",
        "Brandt Bank was named to guide the board through talks, a source said.",
        "Pellam Steel may hire Ostrow Partners to advise it on a sale.",
        "Halvern Cable said the trade body had retained law firm Brandt Vale to review its rules.",
        "Late on Monday the trade body said it was retaining law firm Brandt Vale to review its audit rules.",
    ],
)
def test_no_firm_engaged_without_a_task_a_doer_or_a_done_hiring(nlp, text):
    assert [e for e in events_of(nlp, text) if "adviser" in e[1]] == []
