"""An event whose written doer names no party — one left unnamed ("a rival bidder offered") or a class of parties
("regional ministers launched") — is not the story's company's, which the event readers take when they find no
name (`facts/unnamed_doers.py`). Sentences written for these tests, with invented names; each story first names
its company, so the fallback has someone to give the event to."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2022, 5, 11)
FIELDS = ("subject", "predicate", "object", "modality")
LEAD = "Kestrel Corp reported higher profit on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        "A rival suitor offered to pay $900 million for Brandt Holdings last year.",
        "Regional ministers launched the Harbor Recovery Fund earlier this month.",
        "Another buyer agreed to acquire Brandt Holdings in March.",
        "Rival carmakers launched the Zephyr Cargo van in April.",
    ],
)
def test_an_unnamed_doer_gives_the_company_no_event(nlp, text):
    found = events_in(nlp, LEAD + text, PUBLISHED, FIELDS)
    assert not [e for e in found if e[0] == "Kestrel"], found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            LEAD + "The company launched the Harbor Recovery Fund earlier this month.",
            ("Kestrel", "launch", "Harbor Recovery Fund", "actual"),
        ),
        (LEAD + "It agreed to buy Brandt Holdings in March.", ("Kestrel", "acquisition", "Brandt Holdings", "actual")),
        (  # a group the company leads acts for it
            "Kestrel Corp heads a consortium that hopes to take over Brandt Holdings.",
            ("Kestrel", "acquisition", "Brandt Holdings", "target"),
        ),
    ],
)
def test_a_named_or_referred_doer_keeps_its_event(nlp, text, event):
    assert event in events_in(nlp, text, PUBLISHED, FIELDS)
