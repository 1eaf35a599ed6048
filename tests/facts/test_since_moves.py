"""periods6: a price move over a span is not the move of the publication day. A move "since" an event no
phrase dates ("since the split", "since its new chief took over", "since mid-March") keeps a label with null
dates; "over the past 12 months" is that span, not a comparison; "the past five sessions" (trading days) is
named, not dated. A superlative before "since" still bounds a record, and the level keeps its day."""

import datetime as dt

import pytest

from extractor import extract
from extractor.mentions.periods import find_periods

D = dt.date


def _facts(nlp, published: str, body: str) -> list:
    text = f" date {published} Markets\n\nLONDON (Reuters) - {body}"
    return extract(text, nlp=nlp)


def _with_amount(facts: list, amount: float):
    [fact] = [f for f in facts if f.value is not None and f.value.amount == amount]
    return fact


@pytest.mark.parametrize(
    ("body", "amount", "label"),
    [
        ("Shares in Harlow Mining have climbed 31 percent since the stock split.", 31.0, "since the stock split"),
        (
            "Dravin Foods shares, which have lost 17 percent since Anna Bell took over as chief, were up 2 percent "
            "at 410 pence.",
            17.0,
            "since Anna Bell took over as chief",
        ),
        ("The Osterby index has jumped 44 percent since mid-March, when the central bank cut rates.", 44.0, None),
        ("Since the flood, Pelican Rail stock has shed 23 percent.", 23.0, "Since the flood"),
    ],
)
def test_a_move_since_an_undated_event_takes_no_day(nlp, body, amount, label):
    fact = _with_amount(_facts(nlp, "2013-05-16", body), amount)
    assert fact.period is not None and fact.period.start is None and fact.period.end is None
    assert fact.as_of is None
    if label is not None:
        assert fact.period.label == label


def test_the_move_of_the_day_beside_a_since_clause_keeps_its_day(nlp):
    body = "Dravin Foods shares, which have lost 17 percent since Anna Bell took over, rose 2 percent on Thursday."
    fact = _with_amount(_facts(nlp, "2013-05-16", body), 2.0)
    assert (fact.period.start, fact.period.end) == (D(2013, 5, 16), D(2013, 5, 16))


@pytest.mark.parametrize(
    "body",
    [
        "The Varrick 100 index fell 35.5 points to close at 5,120.4, its lowest close since April.",
        "The Varrick 100 index ended at 5,120.4, the weakest finish since early April.",
        "The Varrick 100 index closed at 5,120.4 on Thursday, its highest since the election.",
    ],
)
def test_a_record_since_leaves_the_level_its_day(nlp, body):
    fact = _with_amount(_facts(nlp, "2013-05-16", body), 5120.4)
    assert (fact.period.start, fact.period.end) == (D(2013, 5, 16), D(2013, 5, 16))


@pytest.mark.parametrize(
    ("text", "start", "end", "role"),
    [
        ("The stock is down 40 percent over the past 12 months.", D(2012, 5, 17), D(2013, 5, 16), "period"),
        ("Copper has gained 9 percent over the last three weeks.", D(2013, 4, 26), D(2013, 5, 16), "period"),
        ("The index lost 6 percent during the last four trading days.", None, None, "to_date"),
        ("Bonds rallied for a gain of 2 percent during the past five sessions.", None, None, "to_date"),
        ("Rainfall over the past 10 days was double the norm.", D(2013, 5, 7), D(2013, 5, 16), "period"),
        # "over" before a year-back phrase still compares
        ("Sales rose 5 percent over the same period last year.", None, None, "comparison"),
    ],
)
def test_spans_up_to_publication(text, start, end, role):
    [mention] = find_periods(text, published=D(2013, 5, 16))
    assert (mention.period.start, mention.period.end, mention.role) == (start, end, role)


@pytest.mark.parametrize(
    ("body", "amount", "start"),
    [
        ("Ostrel Bank shares are down 40 percent over the past 12 months.", 40.0, D(2012, 5, 17)),
        ("Shares of Pardoe Group have gained 12 percent over the past three weeks.", 12.0, D(2013, 4, 26)),
        ("The Kessling index has slid 8 percent during the last four trading days.", 8.0, None),
    ],
)
def test_a_move_over_a_span_takes_the_span(nlp, body, amount, start):
    fact = _with_amount(_facts(nlp, "2013-05-16", body), amount)
    assert fact.period is not None and fact.period.start == start
    assert fact.period.end == (D(2013, 5, 16) if start else None)


@pytest.mark.parametrize(
    ("title", "body", "amount"),
    [
        (
            "Harlow Brewing 2012 profit rises",
            "Harlow Brewing said 2012 profit rose 9 percent. Harlow Brewing shares have slipped about 7 percent "
            "over the past year.",
            7.0,
        ),
        (
            "Tamsin Foods full-year sales climb",
            "Tamsin Foods said full-year sales climbed 4 percent in 2012. Tamsin shares are up 15 percent over the "
            "past 12 months.",
            15.0,
        ),
        (
            "Ostrel Steel posts 2012 loss",
            "Ostrel Steel posted a loss for 2012. Ostrel shares have lost 22 percent over the last year.",
            22.0,
        ),
    ],
)
def test_a_span_up_to_publication_is_not_the_story_year(nlp, title, body, amount):
    text = f" date 2013-03-11 {title}\n\nLONDON (Reuters) - {body}"
    fact = _with_amount(extract(text, nlp=nlp), amount)
    assert (fact.period.start, fact.period.end) == (D(2012, 3, 12), D(2013, 3, 11))
