"""Rating actions (facts/events_ratings.py): an agency or a broker that cuts or raises the rating of a named
company or country is a "downgrade" or "upgrade" event of the rated party; a general verb of moving needs a
rating noun, and a threatened or supposed action, a cut of anything else, or an upgrade of a product is none.
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 5, 9)


def events_of(nlp, text):
    return [
        (f.subject, f.predicate, f.object, f.period.label if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Halden Ratings on Tuesday cut Brandt Corp's credit rating to BB from BBB.",
            ("Halden Ratings", "downgrade", "Brandt", "Tuesday"),
        ),
        (
            "Halden Ratings downgraded its ratings for Freedonia to A from AA, citing its budget deficit.",
            ("Halden Ratings", "downgrade", "Freedonia", None),
        ),
        (
            "Kestrel Investors Service lifted its rating on Ostrow Mining to Baa2 in March.",
            ("Kestrel Investors Service", "upgrade", "Ostrow Mining", "March 2012"),
        ),
        (
            "Halden Ratings upgraded Pellam Group to BBB from BB on Monday.",
            ("Halden Ratings", "upgrade", "Pellam", "Monday"),
        ),
    ],
)
def test_a_rating_cut_or_raised_is_a_downgrade_or_upgrade(nlp, text, event):
    assert event in events_of(nlp, text)


def test_each_rated_party_of_a_list_is_downgraded(nlp):
    text = "Kestrel Investors Service cut the credit ratings of Alder Bank, Birch Bank and Cedar Bank in April."
    rated = {e[2] for e in events_of(nlp, text) if e[1] == "downgrade"}
    assert rated == {"Alder Bank", "Birch Bank", "Cedar Bank"}


@pytest.mark.parametrize(
    "text",
    [
        "Halden Ratings said it could cut Brandt Corp's rating if sales keep falling.",
        "Halden Ratings has not downgraded Brandt Corp, its spokesman said.",
        "Brandt Corp cut its sales forecast for Freedonia to 2 percent.",
        "Pellam Group upgraded its Vantor Touch software to fix complaints about its speed.",
        "Kestrel Bank raised its stake in Ostrow Mining to 12 percent.",
    ],
)
def test_no_rating_action_without_a_rating_done(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1] in ("downgrade", "upgrade")] == []
