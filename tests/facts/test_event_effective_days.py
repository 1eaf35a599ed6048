"""A hire, appointment or departure dated by the day it takes effect ("named Ann Lee chief executive,
effective July 1", "is resigning effective August 31"). Sentences written for these tests with invented
names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2018, 6, 20)


def dated_events(nlp, text):
    return [
        (f.subject, f.predicate, f.object, f.modality, str(f.period.start) if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tamberlane Logistics Inc appointed Rosa Iglesias as chief financial officer, effective July 9, "
            "after a search that lasted most of the year.",
            ("Tamberlane Logistics", "appointment", "Rosa Iglesias", "actual", "2018-07-09"),
        ),
        (
            "Brackwater Energy Corp named Sunil Rao president of its pipeline unit on Tuesday, effective August 1.",
            ("Brackwater Energy", "appointment", "Sunil Rao", "actual", "2018-08-01"),
        ),
        (
            "Kessler Foods Co has hired Mireille Dubois, a former rival executive, as head of marketing, "
            "effective July 2, the company said.",
            ("Kessler Foods", "hire", "Mireille Dubois", "actual", "2018-07-02"),
        ),
        (
            "Harlow Bank Governor Petra Lund is resigning effective September 30, the central bank said on "
            "Wednesday, ending a six-year term.",
            ("Harlow Bank", "resignation", "Petra Lund", "target", "2018-09-30"),
        ),
    ],
)
def test_an_event_of_a_person_is_dated_when_it_takes_effect(nlp, text, expected):
    assert expected in dated_events(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "effective" of another phrase dates nothing of the person
        (
            "Tamberlane Logistics Inc appointed Rosa Iglesias as chief financial officer on Monday; its new "
            "price list is effective July 9.",
            ("Tamberlane Logistics", "appointment", "Rosa Iglesias", "actual", "2018-06-18"),
        ),
    ],
)
def test_an_effective_day_of_another_clause_does_not_date_the_event(nlp, text, expected):
    assert expected in dated_events(nlp, text)
