"""The money of a bid or an offer keeps the offer's own noun ("takeover bid", "offer per share"), where a
purchase, an acquisition or a deal is priced as an "acquisition price": sentences written for these tests,
with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2015, 6, 9)


def metrics(nlp, text):
    return {f.value.surface: f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "metric"}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Halvard Group dropped its $6 billion takeover bid for Ostrava Mills.", "$6 billion", "takeover bid"),
        ("Brindle Foods rejected a hostile 3.4 billion euro offer from Kestrel.", "3.4 billion euro", "offer"),
        ("Pollard Inc lifted its cash bid for Varden Bank to $820 million on Monday.", "$820 million", "cash bid"),
        (
            "Halvard's bid of 17 euros per share puts a value on Ostrava of 2 billion euros.",
            "17 euros",
            "bid price per share",
        ),
        (
            "Kestrel's offer of $31.50 per share values Brindle at a 22 percent premium.",
            "$31.50",
            "offer price per share",
        ),
    ],
)
def test_offer_money_keeps_the_offer_noun(nlp, text, surface, expected):
    fact = metrics(nlp, text)[surface]
    assert fact.predicate == expected
    assert fact.modality == "actual"  # the amount of an offer on the table is a fact of it, not a plan


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Halvard Group completed its $2.3 billion purchase of Ostrava Mills in May.", "$2.3 billion"),
        ("Pollard Inc agreed to buy Varden Bank for $640 million in cash.", "$640 million"),
        ("Marrow Labs closed a $95 million acquisition of a rival software maker.", "$95 million"),
    ],
)
def test_purchase_money_stays_the_acquisition_price(nlp, text, surface):
    assert metrics(nlp, text)[surface].predicate == "acquisition price"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Brindle launched a tender offer for 40 million Kestrel shares at $18 apiece.", "$18", "tender offer price"),
        ("Pollard Inc opened a tender offer for Varden's shares at $9 each on Monday.", "$9", "tender offer price"),
        (
            "Ostrava Capital made a cash offer for all of Brindle's stock at 6.20 euros a share.",
            "6.20 euros",
            "cash offer price per share",
        ),
    ],
)
def test_an_offer_at_a_price_names_the_offer_price(nlp, text, surface, expected):
    assert metrics(nlp, text)[surface].predicate == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pollard Inc agreed to buy a rival's tire unit for $840 million in a bid to grow in Asia.",
        "Halvard agreed to buy Marrow Foods for $95 million in an effort to widen its product range.",
        "Kestrel will acquire Brindle's seed business for 1.3 billion euros in an attempt to cut its costs.",
    ],
)
def test_a_bid_to_do_something_is_a_purpose_not_an_offer(nlp, text):
    predicates = [f.predicate for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "metric"]
    assert predicates and not any(p.split()[-1] in ("bid", "effort", "attempt") for p in predicates)


@pytest.mark.parametrize(
    ("text", "surface", "period_start"),
    [
        (
            "The Varden Treasury will send Parliament a $1.2 trillion budget proposal in March.",
            "$1.2 trillion",
            dt.date(2016, 3, 1),
        ),
        (
            "Halvard County will put a $41 million spending proposal before its voters next month.",
            "$41 million",
            dt.date(2015, 7, 1),
        ),
        ("Pollard Inc said it might bid as much as $3 billion for Ostrava Mills.", "$3 billion", None),
        ("Kestrel could bid $19 a share for Brindle Foods.", "$19", None),
    ],
)
def test_a_plan_named_like_an_offer_is_no_agreed_term(nlp, text, surface, period_start):
    fact = metrics(nlp, text)[surface]
    assert fact.modality == "target"  # a proposal of a budget, or a bid a company might make, is a plan
    assert (fact.period.start if fact.period else None) == period_start
