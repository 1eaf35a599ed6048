"""Events named in background and announcement sentences: a dated past deal is actual whatever the sentence
expects; a withdrawn bid is a withdrawal, not a purchase; an announced
departure is a plan dated to the end of its period. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2011, 5, 4)


def events_of(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [
        (f.subject, f.predicate, f.object, f.modality, (f.period.start, f.period.end) if f.period else None)
        for f in facts
        if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Kestrel Tools Inc expects sales to grow 3 percent, helped by the 2009 acquisition of Brandt Chargers Inc.",
            ("Kestrel Tools", "acquisition", "Brandt Chargers", "actual"),
        ),
        (
            "Kestrel Tools Inc expects margins to improve thanks to its 2010 purchase of Harwood Pumps.",
            ("Kestrel Tools", "acquisition", "Harwood Pumps", "actual"),
        ),
        (
            "Kestrel Tools Inc forecast higher profit, boosted by the acquisition of Harwood Pumps in March 2010.",
            ("Kestrel Tools", "acquisition", "Harwood Pumps", "actual"),
        ),
    ],
)
def test_a_deal_dated_before_the_story_is_actual(nlp, text, event):
    assert event in [e[:4] for e in events_of(nlp, text)]


def test_a_deal_dated_after_the_story_stays_a_plan(nlp):
    text = "Kestrel Tools Inc plans to buy Harwood Pumps in 2012."
    assert ("Kestrel Tools", "acquisition", "Harwood Pumps", "target") in [e[:4] for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "In September, Harwood Inc withdrew a $1.8 billion unsolicited proposal to buy Pellam Foods Inc.",
            ("Harwood", "withdrawal of proposal", "Pellam Foods"),
        ),
        (
            "Harwood Inc dropped its offer for Pellam Foods on Tuesday after shareholders balked.",
            ("Harwood", "withdrawal of offer", "Pellam Foods"),
        ),
        (
            "Harwood Inc scrapped a $6 billion takeover bid for grocer Pellam Foods in 2010.",
            ("Harwood", "withdrawal of takeover bid", "Pellam Foods"),
        ),
    ],
)
def test_a_withdrawn_bid_is_a_withdrawal_not_a_purchase(nlp, text, event):
    events = events_of(nlp, text)
    assert event in [e[:3] for e in events]
    assert all(e[1] != "acquisition" for e in events)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Harwood Inc said that Lena Kraus, a director, is departing at the end of the month.",
            dt.date(2011, 5, 31),
        ),
        (
            "Harwood Inc said CEO Omar Reyes is departing at the end of the year.",
            dt.date(2011, 12, 31),
        ),
        ("Harwood Inc said Omar Reyes will retire at the end of June.", dt.date(2011, 6, 30)),
    ],
)
def test_an_announced_departure_is_a_plan_dated_to_the_end_of_its_period(nlp, text, day):
    departures = [e for e in events_of(nlp, text) if e[1] in ("departure", "retirement")]
    assert departures and all(e[3] == "target" and e[4] == (day, day) for e in departures)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Under a pact struck in 2009, when Harwood Corp rescued Pellam Motors from bankruptcy, it won options.",
            ("Harwood", "rescue", "Pellam Motors", "actual"),
        ),
        (
            "The move follows the $40 billion Kestrel Reserve rescue of Pellam Insurance Group in 2010.",
            ("Kestrel Reserve", "rescue", "Pellam Insurance Group", "actual"),
        ),
        (
            "Regulators studied the 2008 bailout of Pellam Securities by Harwood Bank Corp.",
            ("Harwood Bank", "bailout", "Pellam Securities", "actual"),
        ),
    ],
)
def test_a_rescue_is_an_event_of_the_rescuer(nlp, text, event):
    assert event in [e[:4] for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "CHICAGO (Reuters) - Retailer Pellam Group Inc is set to settle a suit over its planned takeover by "
            "buyout firm Harwood Capital.",
            ("Harwood Capital", "acquisition", "target"),
        ),
        (
            "Pellam Group Inc said its planned purchase by Kestrel Partners would close in June.",
            ("Kestrel Partners", "acquisition", "target"),
        ),
        (
            "Pellam Group Inc sweetened the bonds that will fund its buyout by Kestrel Partners.",
            ("Kestrel Partners", "buyout", "target"),
        ),
    ],
)
def test_an_event_noun_with_a_by_phrase_is_the_agents_and_acts_on_the_possessor(nlp, text, event):
    found = [(s, p, m) for s, p, o, m, _ in events_of(nlp, text) if o.startswith("Pellam")]
    assert event in found


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Partners said it was studying a potential acquisition of Harwood Capital.",
        "Kestrel Partners outlined the proposed takeover of Harwood Capital to its shareholders.",
        "Kestrel Partners confirmed a possible sale of Harwood Capital to Pellam Group Inc.",
    ],
)
def test_a_proposed_or_possible_deal_is_a_plan(nlp, text):
    events = [e for e in events_of(nlp, text) if e[2] == "Harwood Capital"]
    assert events and all(e[3] == "target" for e in events)
