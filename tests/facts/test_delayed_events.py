"""An event put off to a later date has not happened: it is the doer's target, dated by the new date.
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2013, 5, 7)
LEAD = "Brandel Games Inc said on Tuesday its quarterly profit rose.\n\n"


def events(nlp, text):
    facts = extract(LEAD + text, published=PUBLISHED, nlp=nlp)
    return [(f.object, f.modality, f.period.label if f.period else None) for f in facts if f.kind == "event"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Sales slipped as Brandel pushed back and then delayed its release of the Vexa console until August.",
            ("Vexa", "target", "August 2013"),
        ),
        ("The launch of the Ulmo phone was postponed to the fourth quarter.", ("Ulmo", "target", "Q4 2013")),
        ("Brandel has deferred the launch of its Kiri tablet, citing weak demand.", ("Kiri", "target", None)),
    ],
)
def test_a_delayed_event_is_a_target_of_its_new_date(nlp, text, event):
    assert event in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Brandel released its Vexa console in March after a delay.", ("Vexa", "actual", "March 2013")),
        ("Brandel launched the Ulmo phone in April, as planned.", ("Ulmo", "actual", "April 2013")),
        (
            "Shipping delays hurt sales after Brandel launched its Kiri tablet in February.",
            ("Kiri", "actual", "February 2013"),
        ),
    ],
)
def test_an_event_that_took_place_stays_actual(nlp, text, event):
    assert event in events(nlp, text)
