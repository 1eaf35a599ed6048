"""An act a sentence only weighs (the content of a right, an option, a battle, a restriction, an impediment or an
interest; the to-clause of an adjective of ease or preference) is no event: not done, and no one's plan.
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def events(nlp, text):
    return [
        (f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Under the pact, Orvel Motors held a put option to sell 30 percent of Dunmore Trucks to Kestrel Motors.",
        "The slump has made it harder for Brandt Holdings to spin off its lighting unit to shareholders.",
        "Restrictions on Nestor Foods selling its Galway Dairy stake end in April.",
        '"It might be better to have acquired Quillfilm sooner," an analyst said of Brandt Holdings.',
        "There are still impediments to launching Vexa, Brandt Holdings said.",
        "Asked about his interest in buying Quillfilm, the chief executive of Brandt Holdings declined to comment.",
        "Brandt Holdings won the right to buy Quillfilm for $300 million.",
    ],
)
def test_an_act_only_weighed_is_no_event(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (  # a right used: the purchase is done
            "Brandt Co exercised its option to buy the remaining 40 percent of Kestrel Foods.",
            ("Brandt", "acquisition", "Kestrel Foods"),
        ),
        ("Brandt Co agreed to buy Kestrel Foods for $2 billion.", ("Brandt", "acquisition", "Kestrel Foods")),
        ("Brandt Co plans to sell its lighting unit.", ("Brandt", "sale", "lighting unit")),
        ("Brandt Co is in talks to buy Kestrel Foods.", ("Brandt", "acquisition talks", "Kestrel Foods")),
    ],
)
def test_a_deal_done_agreed_or_planned_stays(nlp, text, event):
    assert event in events(nlp, text)
