"""Organizations joined as the subject of an event verb each did the event ("Kestrel and Brandt bought X"); a
relative clause on the last of them speaks of the whole list only with an adverb of joint action ("who jointly
bought X"). A list elsewhere in the sentence, or an unnamed partner, adds no doer. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)


def events(nlp, text, predicate):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return sorted((f.subject, f.object) for f in facts if f.kind == "event" and f.predicate == predicate)


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Kestrel Holdings and Brandt Capital bought Orrin Stores last year.",
            "acquisition",
            [("Brandt Capital", "Orrin Stores"), ("Kestrel Holdings", "Orrin Stores")],
        ),
        (
            "Rivals Kestrel Holdings and Brandt Capital, who jointly bought Orrin Stores in 2019, cut jobs.",
            "acquisition",
            [("Brandt Capital", "Orrin Stores"), ("Kestrel Holdings", "Orrin Stores")],
        ),
        (
            "Mirova Telecom and Dace Networks launched the Vela Phone in Brazil in May.",
            "launch",
            [("Dace Networks", "Vela Phone"), ("Mirova Telecom", "Vela Phone")],
        ),
    ],
)
def test_each_joined_organization_did_the_event(nlp, text, predicate, expected):
    assert events(nlp, text, predicate) == expected


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (  # the relative clause may speak of the last one only
            "Rivals Kestrel Holdings and Brandt Capital, which bought Orrin Stores in 2019, cut jobs.",
            "acquisition",
            [("Brandt Capital", "Orrin Stores")],
        ),
        (  # an unnamed partner is no doer of its own
            "Kestrel Holdings and its partners launched the Vela Phone in May.",
            "launch",
            [("Kestrel Holdings", "Vela Phone")],
        ),
        (  # the list is the object's, not the subject's
            "Kestrel Holdings bought Orrin Stores and Brandt Capital last year.",
            "acquisition",
            [("Kestrel Holdings", "Brandt Capital"), ("Kestrel Holdings", "Orrin Stores")],
        ),
    ],
)
def test_no_list_of_doers_adds_nobody(nlp, text, predicate, expected):
    assert events(nlp, text, predicate) == expected


def test_an_untagged_name_joined_to_a_named_doer_is_a_doer_too(nlp):
    text = "Rivals Velmora and Brandt Capital, who together acquired Orrin Stores in 2019, cut jobs."
    doers = [s for s, o in events(nlp, text, "acquisition") if o == "Orrin Stores"]
    assert "Brandt Capital" in doers and len(doers) == 2
