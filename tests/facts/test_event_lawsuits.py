"""Lawsuits, events that did not happen, and the date phrase of an event's own clause: invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)  # a Friday


def events_of(nlp, text):
    return [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "event"]


def triples(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in events_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "plaintiff", "defendant"),
    [
        ("Orvel Energy Inc sued Tamsin Bank Corp over a failed currency hedge.", "Orvel Energy", "Tamsin Bank"),
        ("Pellworth Mining has sued Calder Freight Ltd for breach of contract.", "Pellworth Mining", "Calder Freight"),
        ("Brisco Dairy Inc was sued by Harmon Feeds Corp in a Texas court.", "Harmon Feeds", "Brisco Dairy"),
        (
            "Quarry Lane Capital filed a lawsuit against Nettleton Airways Inc in New York state court.",
            "Quarry Lane Capital",
            "Nettleton Airways",
        ),
        (
            "Velmont Chemicals Corp said it was suing Drayton Insurance Co over unpaid claims.",
            "Velmont Chemicals",
            "Drayton Insurance",
        ),
    ],
)
def test_suing_a_named_party_is_a_lawsuit_of_the_plaintiff_against_it(nlp, text, plaintiff, defendant):
    assert (plaintiff, "lawsuit", defendant) in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Orvel Energy Inc has not sued Tamsin Bank Corp, its lawyers said.",
        "Pellworth Mining threatened to sue Calder Freight Ltd over the delayed shipments.",
        "If Brisco Dairy Inc wanted to sue Harmon Feeds Corp, it would need new evidence, the judge said.",
        "Brandt Logistics Inc did not buy Kessel Marine Corp after all.",
    ],
)
def test_a_denied_threatened_or_supposed_event_is_no_event(nlp, text):
    assert triples(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Her office sued Tamsin Bank Corp for more than $2 billion.",
        "A group of investors sued Calder Freight Ltd on Tuesday.",
        "The suit was the second one filed against Harmon Feeds Corp this year.",
    ],
)
def test_a_lawsuit_without_a_named_plaintiff_is_not_given_to_anyone(nlp, text):
    assert [t for t in triples(nlp, text) if t[1] == "lawsuit"] == []


@pytest.mark.parametrize(
    ("text", "predicate", "start"),
    [
        ("Orvel Energy Inc sued Tamsin Bank Corp on Wednesday over a failed hedge.", "lawsuit", dt.date(2021, 3, 10)),
        ("Jane Holloway quit as chairman of Calder Freight Ltd on Monday.", "resignation", dt.date(2021, 3, 8)),
        (
            "On Tuesday, Brandt Logistics Inc announced the acquisition of Kessel Marine Corp.",
            "acquisition",
            dt.date(2021, 3, 9),
        ),
        ("Pellworth Mining filed a lawsuit against Drayton Insurance Co in 2019.", "lawsuit", dt.date(2019, 1, 1)),
    ],
)
def test_a_date_phrase_on_the_event_word_dates_the_event(nlp, text, predicate, start):
    dated = [f for f in events_of(nlp, text) if f.predicate == predicate]
    assert dated and dated[0].period is not None and dated[0].period.start == start


@pytest.mark.parametrize(
    "text",
    [
        "Brandt Logistics Inc said on Monday it has agreed to buy Kessel Marine Corp.",
        "Velmont Chemicals Corp told reporters on Tuesday that it acquired Drayton Insurance Co.",
        "Harmon Feeds Corp confirmed on Wednesday that it would acquire Brisco Dairy Inc.",
    ],
)
def test_the_day_of_a_report_does_not_date_the_event_reported(nlp, text):
    events = [f for f in events_of(nlp, text) if f.predicate == "acquisition"]
    assert events and all(f.period is None or f.period.start != f.period.end for f in events)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ida Moretti joined Corvane Ledger Inc in 2009. She resigned as its editor in 2018.", "Ida Moretti"),
        ("Brandt Bank lost its trading chief Olaf Nyberg this week, after he left the bank abruptly.", "Olaf Nyberg"),
        ("Pia Lund said on Friday that she is stepping down from the board of Halvard Shipping Corp.", "Pia Lund"),
    ],
)
def test_a_pronoun_that_leaves_a_post_stands_for_the_person_named_before_it(nlp, text, person):
    assert [f.object for f in events_of(nlp, text) if f.predicate in ("departure", "resignation")] == [person]


@pytest.mark.parametrize(
    "text",
    [
        "Ida Moretti told reporters she would not resign as chairman of Corvane Ledger.",
        "Olaf Nyberg left Norway in the 1980s to work for Brandt Bank.",
        "Pia Lund did not say how much money she had left after the sale of Halvard Shipping Corp.",
        "Tove Berg served two terms. She then left politics to run Halvard Shipping Corp.",
    ],
)
def test_a_denied_leaving_or_leaving_a_place_or_field_is_no_departure(nlp, text):
    assert [f for f in events_of(nlp, text) if f.predicate in ("departure", "resignation")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Activist fund Varn Capital has called for Chairman Otto Brenner to step down from the board of Halden Pharma.",
        "Investors urged Mira Solberg to resign as chief executive of Brandt Logistics Inc.",
        "One analyst suggested Halden Pharma Inc should look at divesting its Kestrel Labs unit.",
        "Pension funds pressed Tamsin Bank Corp to sell Calder Freight Ltd before the vote.",
    ],
)
def test_an_event_others_demand_or_suggest_did_not_happen(nlp, text):
    assert triples(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mira Solberg resigned as chief executive of Brandt Logistics Inc after investors urged changes.",
            ("Brandt Logistics", "resignation", "Mira Solberg"),
        ),
        (
            "Tamsin Bank Corp sold Calder Freight Ltd last year, as regulators had asked.",
            ("Tamsin Bank", "sale", "Calder Freight"),
        ),
        (
            "Halden Pharma Inc acquired Kestrel Labs in May, after analysts called the price fair.",
            ("Halden Pharma", "acquisition", "Kestrel Labs"),
        ),
    ],
)
def test_an_event_beside_a_demand_still_happened(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Activist Carl Vance bought Orvel Telecom debt before the restructuring.",
        "Brandt Capital recently bought part of a $250 million tranche of Kessel Marine notes.",
        "Central banks in Asia kept buying Freedonian Treasuries last month.",
        "Pellworth Mining is pushing ahead with the sale of a AAA-rated bond next week.",
    ],
)
def test_debt_securities_bought_or_sold_are_no_deal_for_their_issuer(nlp, text):
    assert [t for t in triples(nlp, text) if t[1] in ("acquisition", "sale")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brandt Capital agreed to buy the bond-trading unit of Kessel Bank Corp.", ("Brandt Capital", "acquisition")),
        ("Orvel Telecom sold its debt-collection business to Tamsin Bank Corp.", ("Orvel Telecom", "sale")),
        (
            "Halden Pharma Inc acquired Kestrel Labs, a maker of generic drugs, in May.",
            ("Halden Pharma", "acquisition"),
        ),
    ],
)
def test_a_unit_named_after_debt_is_still_a_deal(nlp, text, expected):
    assert expected in [(t[0], t[1]) for t in triples(nlp, text)]
