"""Events that their own sentence takes back before they happened (facts/events_called_off.py): a deal called
off, a plan abandoned or denied, a report of talks rejected. Sentences written for these tests, with invented
names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2022, 5, 11)


def events(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [(f.subject, f.predicate, f.object) for f in facts if f.kind == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "Quillon Foods said on Tuesday it had called off the sale of Marrow Dairies.",
        "Quillon Foods abandoned its plan to acquire Marrow Dairies after its shares slumped.",
        "Quillon Foods scrapped its proposed takeover of Marrow Dairies in March.",
        "Quillon Foods walked away from talks to buy Marrow Dairies.",
        "Quillon Foods terminated its agreement to purchase Marrow Dairies.",
        "Quillon Foods pulled out of the deal to buy Marrow Dairies on Friday.",
        "Quillon Foods backed out of its agreement to sell Marrow Dairies.",
        "The planned merger of Quillon Foods and Marrow Dairies was cancelled in April.",
    ],
)
def test_an_event_given_up_is_no_event(nlp, text):
    """Giving up a bid is itself an event ("withdrawal of takeover", bid_withdrawals.py); the deal is none."""
    given_up = [e for e in events(nlp, text) if "Marrow" in (e[2] or "") and not e[1].startswith("withdrawal")]
    assert not given_up


@pytest.mark.parametrize(
    "text",
    [
        "Quillon Foods has no plans to sell Marrow Dairies, its chief executive said.",
        "Quillon Foods said it had no intention of buying Marrow Dairies.",
        "Quillon Foods does not have any plans to acquire Marrow Dairies this year.",
        "Quillon Foods denied reports that it would sell Marrow Dairies.",
        "Quillon Foods rejected speculation that it was in talks to acquire Marrow Dairies.",
        "Quillon Foods dismissed a newspaper story that it was seeking to buy Marrow Dairies.",
    ],
)
def test_an_event_denied_or_with_no_plan_is_no_event(nlp, text):
    assert not [e for e in events(nlp, text) if "Marrow" in (e[2] or "")]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the verb of giving up governs something else: the deal in an adverbial clause or a joined clause stands
        (
            "Quillon Foods scrapped a bottling plant after it bought Marrow Dairies in March.",
            ("Quillon Foods", "acquisition", "Marrow Dairies"),
        ),
        (
            "Quillon Foods, which dropped a lawsuit last year, acquired Marrow Dairies in March.",
            ("Quillon Foods", "acquisition", "Marrow Dairies"),
        ),
        (
            "Quillon Foods said it plans to buy Marrow Dairies.",
            ("Quillon Foods", "acquisition", "Marrow Dairies"),
        ),
        (
            "Quillon Foods has no debt left since it sold Marrow Dairies last year.",
            ("Quillon Foods", "sale", "Marrow Dairies"),
        ),
        # a purpose clause of another thing given up is a plan of its own
        (
            "Quillon Foods dropped its dividend to buy Marrow Dairies.",
            ("Quillon Foods", "acquisition", "Marrow Dairies"),
        ),
        # a rejected bid was still made: the bidder's offer stands
        (
            "Marrow Dairies rejected an offer from Quillon Foods to buy it.",
            ("Quillon Foods", "offer", "Marrow Dairies"),
        ),
    ],
)
def test_an_event_beside_a_verb_of_giving_up_stands(nlp, text, event):
    assert event in events(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the giving up is itself negated, hedged or turned down: the deal or plan stands
        (
            "Harwick Metals did not cancel its agreement to buy Tolland Steel.",
            ("Harwick Metals", "acquisition", "Tolland Steel"),
        ),
        (
            "Harwick Metals has not scrapped its plan to purchase Tolland Steel.",
            ("Harwick Metals", "acquisition", "Tolland Steel"),
        ),
        (
            "Harwick Metals never dropped its deal to acquire Tolland Steel, which was completed in June.",
            ("Harwick Metals", "acquisition", "Tolland Steel"),
        ),
        (
            "Harwick Metals could abandon its plan to buy Tolland Steel if the regulator objects.",
            ("Harwick Metals", "acquisition", "Tolland Steel"),
        ),
        (
            "Harwick Metals declined to drop its plan to buy Tolland Steel.",
            ("Harwick Metals", "acquisition", "Tolland Steel"),
        ),
        (
            "Harwick Metals rebuffed calls to scrap its proposed purchase of Tolland Steel.",
            ("Harwick Metals", "acquisition", "Tolland Steel"),
        ),
        (
            "Harwick Metals resisted pressure to abandon its plan to acquire Tolland Steel.",
            ("Harwick Metals", "acquisition", "Tolland Steel"),
        ),
        # a denied report takes back only what it says happened to the event (here a delay), not the event
        (
            "Harwick Metals dismissed reports that the sale of Tolland Steel to Pellam Group had been postponed.",
            ("Pellam Group", "acquisition", "Tolland Steel"),
        ),
    ],
)
def test_an_event_whose_giving_up_is_negated_hedged_or_refused_stands(nlp, text, event):
    assert event in events(nlp, text)
