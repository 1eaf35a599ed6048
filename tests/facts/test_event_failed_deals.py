"""A deal that never came about (events_common.never_came_about): an event noun under an adjective of failure
("its failed takeover of X", "a collapsed sale of X", "the scrapped purchase of X") states no acquisition or
sale; the same noun without one still does. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2010, 11, 25)


def deals_of(nlp, text):
    return [
        (f.subject, f.predicate, f.object)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event" and f.predicate in ("acquisition", "sale", "merger")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Brandt Corp wrote off $30 million after its failed takeover of Kestrel AG.",
        "Pellam Inc's collapsed sale of Tessaly Foods to Corvel Group hurt its shares.",
        "Investors still blame Halvern Group's abandoned purchase of Ostrow Mills for the slump.",
        "Shares of Pellam Inc sank after its derailed purchase of Tessaly Foods.",
        "Regulators blocked it: Halvern Group's thwarted acquisition of Ostrow Mills cost $9 million in fees.",
        "Corvel Group's scrapped purchase of Birch Mills left it with spare cash.",
    ],
)
def test_a_failed_deal_is_no_deal(nlp, text):
    assert deals_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        ("Brandt Corp's takeover of Kestrel AG was completed in May.", ("Brandt", "acquisition", "Kestrel")),
        ("Pellam Inc's sale of Tessaly Foods to Corvel Group lifted its shares.", ("Pellam", "sale", "Tessaly Foods")),
        (
            "Investors still credit Halvern Group's purchase of Ostrow Mills for the rise.",
            ("Halvern Group", "acquisition", "Ostrow Mills"),
        ),
    ],
)
def test_a_deal_without_failure_stays(nlp, text, deal):
    assert deal in deals_of(nlp, text)
