"""Rating actions (facts/events_ratings.py): an agency, a broker or an analyst that cuts or raises the rating of
a named company or country is a "downgrade" or "upgrade" event of the rated party; a general verb of moving
needs a rating noun, and a threatened or supposed action, a cut of anything else, or an upgrade of a product or
a plant is none. Sentences written for these tests, with invented names."""

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
            "Citing weak cash flow, Halden Ratings slashed Brandt Corp's debt rating by two notches on Tuesday.",
            ("Halden Ratings", "downgrade", "Brandt", "Tuesday"),
        ),
        (
            "Halden Ratings lowered its sovereign ratings for Freedonia by one notch after the election.",
            ("Halden Ratings", "downgrade", "Freedonia", None),
        ),
        (
            "Kestrel Analytics lifted its rating on Ostrow Mining by two grades in March.",
            ("Kestrel Analytics", "upgrade", "Ostrow Mining", "March 2012"),
        ),
        (
            "Halden Ratings upgraded Pellam Group to BBB from BB on Monday.",
            ("Halden Ratings", "upgrade", "Pellam Group", "Monday"),
        ),
        (
            "Halden Ratings downgraded the lender, Alder Bank, to BB from BBB.",
            ("Halden Ratings", "downgrade", "Alder Bank", None),
        ),
    ],
)
def test_a_rating_cut_or_raised_is_a_downgrade_or_upgrade(nlp, text, event):
    assert event in events_of(nlp, text)


def test_each_rated_party_of_a_list_is_downgraded(nlp):
    text = "In April the long-term ratings of Alder Bank, Birch Bank and Cedar Bank were lowered by Kestrel Analytics."
    rated = {e[2] for e in events_of(nlp, text) if e[1] == "downgrade"}
    assert rated == {"Alder Bank", "Birch Bank", "Cedar Bank"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Brandt Corp was downgraded by Halden Ratings to BB on Friday.", ("Halden Ratings", "downgrade", "Brandt")),
        (
            "Freedonia's debt rating was cut by Kestrel Analytics by two notches.",
            ("Kestrel Analytics", "downgrade", "Freedonia"),
        ),
        (
            "Ostrow Mining was upgraded to A by Pellam Research last month.",
            ("Pellam Research", "upgrade", "Ostrow Mining"),
        ),
    ],
)
def test_a_passive_action_is_done_by_its_agent(nlp, text, event):
    assert event in [e[:3] for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Brandt Corp posted a third straight loss. Halden Ratings cut the company's credit rating to BB on Friday.",
            ("Halden Ratings", "downgrade", "Brandt"),
        ),
        (
            "Alder Bank lost $2 billion in the quarter. Kestrel Analytics lowered the bank's ratings by one notch.",
            ("Kestrel Analytics", "downgrade", "Alder Bank"),
        ),
        (
            "Ostrow Mining doubled its output. Pellam Research raised the miner's rating to A in June.",
            ("Pellam Research", "upgrade", "Ostrow Mining"),
        ),
    ],
)
def test_an_anaphoric_owner_of_the_rating_is_the_company_it_stands_for(nlp, text, event):
    assert event in [e[:3] for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Analyst Joan Ravel cut her rating on Brandt Corp to sell.", ("Joan Ravel", "downgrade", "Brandt")),
        ("Broker analyst Tom Vale lowered his rating on Ostrow Inc to hold.", ("Tom Vale", "downgrade", "Ostrow")),
        (
            "Sam Drury, an analyst at Pellam Research, cut his rating on Alder Bank to neutral.",
            ("Sam Drury", "downgrade", "Alder Bank"),
        ),
    ],
)
def test_an_analyst_named_as_a_person_acts(nlp, text, event):
    assert event in [e[:3] for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Should sales keep falling, Halden Ratings might lower its rating on Brandt Corp.",
        "Halden Ratings has not downgraded Brandt Corp, its spokesman said.",
        "Brandt Corp cut its sales forecast for Freedonia to 2 percent.",
        "Pellam Group upgraded the Vantor app to cut battery drain.",
        "Kestrel Bank raised its stake in Ostrow Mining to 12 percent.",
        "Halvern Telecom upgraded its Freedonia network to 5G from 4G.",
        "Brandt Corp upgraded its Ohio plant to full capacity last year.",
        "Last spring Corvel Inc upgraded the Tessaly depot from diesel to electric trucks.",
    ],
)
def test_no_rating_action_without_a_rating_done(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1] in ("downgrade", "upgrade")] == []
