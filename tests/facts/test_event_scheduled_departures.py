"""A departure set for a later date ("is due to retire", "is set to step down") is the company's plan, dated in
the future. Sentences written for these tests with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2023, 11, 8)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Corliss Paper Co said its chief executive, Mona Stiles, is set to retire in March.",
            ("Corliss Paper", "retirement", "Mona Stiles", "2024-03-01", "2024-03-31"),
        ),
        (
            "Corliss Paper Co named Dev Rana finance chief. Its chairman, Hugo Lamb, is due to retire at the "
            "end of the year.",
            ("Corliss Paper", "retirement", "Hugo Lamb", "2023-12-31", "2023-12-31"),
        ),
        (
            "Brightmoor Rail Inc said Chief Executive Ada Krol is slated to step down in January.",
            ("Brightmoor Rail", "departure", "Ada Krol", "2024-01-01", "2024-01-31"),
        ),
    ],
)
def test_a_scheduled_departure_is_a_plan_dated_ahead(nlp, text, event):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"]
    got = [
        (f.subject, f.predicate, f.object, str(f.period.start), str(f.period.end))
        for f in facts
        if f.period and f.modality == "target"
    ]
    assert event in got
