"""Events named by a noun whose verb states them as done (bids, investigations), and event dates written in
the clause's scene or on a verb of commitment. Sentences written for these tests with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2022, 3, 18)  # a Friday: Monday 2022-03-14, Tuesday 2022-03-15, Thursday 2022-03-17


def events_of(nlp, text):
    return [
        (f.subject, f.predicate, f.object, (str(f.period.start), str(f.period.end)) if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Drayton Chemicals Inc made a $4 billion takeover bid for rival Pellow Resins Corp on Tuesday.",
            ("Drayton Chemicals", "takeover bid", "Pellow Resins"),
        ),
        (
            "Shares of Kember Foods jumped after it received a cash offer from Arvid Holdings Ltd to buy the "
            "whole company.",
            ("Arvid Holdings", "cash offer", "Kember Foods"),
        ),
        (
            "Lassiter Holdings Plc raised its offer for engineering firm Quorn & Vale Ltd to 640 pence a share.",
            ("Lassiter Holdings", "offer", "Quorn & Vale"),
        ),
        (
            "The Federal Trade Commission opened an investigation into Corvex Software Inc last year, the "
            "company disclosed in a filing.",
            ("Federal Trade Commission", "investigation", "Corvex Software"),
        ),
    ],
)
def test_a_stated_bid_or_investigation_is_an_event_of_its_doer(nlp, text, event):
    assert event in [e[:3] for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Bankers said Drayton Chemicals Inc was considering a bid for Pellow Resins Corp.",
        "Lassiter Group Plc did not make an offer for Quorn & Vale Ltd, a spokesman said.",
        "If Arvid Holdings Ltd makes a bid for Kember Foods Inc, the board will study it.",
        "Corvex Software Inc said it was not aware of any investigation into Halberd Labs Inc.",
        "Several funds have made bids for the assets of Kember Foods Inc.",
    ],
)
def test_a_weighed_denied_supposed_or_plural_bid_is_no_event(nlp, text):
    assert not [e for e in events_of(nlp, text) if e[1].endswith(("bid", "offer", "investigation"))]


@pytest.mark.parametrize(
    ("text", "event", "period"),
    [
        (
            "Handset maker Torvik Mobile unveiled its Torvik Arc phone at a fair in Lisbon on Tuesday.",
            ("Torvik Mobile", "launch", "Torvik Arc"),
            ("2022-03-15", "2022-03-15"),
        ),
        (
            "Mallory Foods agreed on Monday to buy cheese maker Brenner Dairy Inc for $310 million.",
            ("Mallory Foods", "acquisition", "Brenner Dairy"),
            ("2022-03-14", "2022-03-14"),
        ),
        (
            "Pettigrew Media Inc agreed in January to sell its radio unit to Sable Broadcasting Corp for $90 million.",
            ("Sable Broadcasting", "acquisition", "radio unit"),
            ("2022-01-01", "2022-01-31"),
        ),
    ],
)
def test_a_date_of_the_scene_or_of_the_agreement_dates_the_event(nlp, text, event, period):
    assert (*event, period) in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Mallory Foods said on Monday it had agreed to buy cheese maker Brenner Dairy Inc for $310 million.",
            ("Mallory Foods", "acquisition", "Brenner Dairy"),
        ),
        (
            "Ortiz Shipping Co said on Thursday it would acquire tanker operator Halvard Lines Inc.",
            ("Ortiz Shipping", "acquisition", "Halvard Lines"),
        ),
    ],
)
def test_the_day_of_a_report_is_no_date_of_the_deal(nlp, text, event):
    assert (*event, None) in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Halloran Mills Inc has hired Pembury Partners to explore a sale of its paper unit, people familiar "
        "with the matter said.",
        "Ostler Brewing Co said it was exploring a sale of its Vantage Drinks unit.",
        "Quayle Textiles Plc is studying the purchase of Dorrit Fabrics Ltd, two people close to the talks said.",
        "Arbroath Steel Inc hired adviser Pemberton Bank to evaluate a sale of its Kelvin Pipes unit.",
    ],
)
def test_an_event_noun_only_weighed_is_no_event(nlp, text):
    assert not [e for e in events_of(nlp, text) if e[1] in ("sale", "merger", "acquisition")]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Durrant Metals acquired Wattle Mining in 2019, and rival Kelby said on Monday it was not interested.",
            ("Durrant Metals", "acquisition", "Wattle Mining", ("2019-01-01", "2019-12-31")),
        ),
        (
            "Orsino Pharma sold its generics arm to Bratton Health in 2021, while Cask Capital told investors on "
            "Tuesday that it had no plans for deals.",
            ("Bratton Health", "acquisition", "generics arm", ("2021-01-01", "2021-12-31")),
        ),
        (
            "Halden Bank Corp acquired Norvale Securities Inc in 2017, and its chairman added on Friday that "
            "more deals would follow.",
            ("Halden Bank", "acquisition", "Norvale Securities", ("2017-01-01", "2017-12-31")),
        ),
    ],
)
def test_a_date_of_another_clauses_saying_leaves_the_event_its_own(nlp, text, event):
    assert event in events_of(nlp, text)
