"""periods19, mend19t: the sum of a bid, an offer or a proposal for a company is a term of the offer, with no
period of its own; the phrase that dates what was done with it (withdrawn, rejected, tabled) dates the event
(`offer_sizes`). An offer with no company to buy (a pay offer, a rights offer, a fleet's bid, bids at a debt
auction, a buyback) keeps its period. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract
from extractor.facts.offer_sizes import has_a_target, sizes_an_offer
from extractor.lexicons import words

D = dt.date


def _facts(nlp, text, published, amount):
    return [f for f in extract(text, published=published, nlp=nlp) if f.value and f.value.amount == amount]


@pytest.mark.parametrize(
    ("text", "published", "amount"),
    [
        (
            "Orrin Foods bid rebuffed\n\nOrrin Foods rejected a $620 million offer for Pellam Stores Inc in 2011.",
            D(2013, 6, 20),
            620_000_000.0,
        ),
        (
            "Tolland Group steps back\n\nTolland Group withdrew its $3.8 billion bid for Brimley Corp in March.",
            D(2013, 6, 20),
            3_800_000_000.0,
        ),
        (
            "Sarrow Health approach\n\n"
            "Sarrow Health said in January it had tabled a $950 million proposal to acquire Quenby Labs.",
            D(2013, 6, 20),
            950_000_000.0,
        ),
        (
            "Kestrel Partners rebuffed\n\n"
            "A buyout proposal of $1.3 billion, put forward by Kestrel Partners in 2012, was turned down.",
            D(2013, 6, 20),
            1_300_000_000.0,
        ),
        (  # an offer verb, with the company's share after "for"
            "Tolland bids for Brimley\n\n"
            "Since Monday Tolland has been offering $9 in cash and one Tolland share for each Brimley share.",
            D(2013, 6, 20),
            9.0,
        ),
        (  # a company noun of the lexicons ("bank") as the target
            "Halcyon presses on\n\n"
            "Halcyon said on Friday it would press on with its 12 billion euro bid for the region's largest bank.",
            D(2013, 6, 21),
            12_000_000_000.0,
        ),
    ],
)
def test_the_sum_of_a_bid_for_a_company_has_no_period(nlp, text, published, amount):
    facts = _facts(nlp, text, published, amount)
    assert facts and all(f.period is None and f.as_of is None for f in facts)


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (  # a pay offer buys no company: the year it is for is its period
            "Calloway Freight talks\n\nDrivers at Calloway Freight rejected a 4 percent pay offer for 2016.",
            D(2015, 11, 4),
            4.0,
            (D(2016, 1, 1), D(2016, 12, 31)),
        ),
        (  # a rights offer raises capital: the month it closed
            "Denholm Insurance capital\n\nDenholm Insurance closed its 600 million pound rights offer in April.",
            D(2013, 6, 20),
            600_000_000.0,
            (D(2013, 4, 1), D(2013, 4, 30)),
        ),
        (  # a fleet's bid for its budget year
            "Naval budget\n\nThe navy's $1.6 billion bid for 2016 was trimmed by lawmakers.",
            D(2015, 3, 2),
            1_600_000_000.0,
            (D(2016, 1, 1), D(2016, 12, 31)),
        ),
    ],
)
def test_an_offer_with_no_company_to_buy_keeps_its_period(nlp, text, published, amount, expected):
    facts = _facts(nlp, text, published, amount)
    assert facts and all(f.period is not None and (f.period.start, f.period.end) == expected for f in facts)


def _offer_noun(doc):
    return next(t for t in doc if t.lemma_.lower() in words("offer_nouns"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bids for the five-year notes came to $38 billion at the sale on Thursday.", False),
        ("Owners backed a $200 million proposal to buy back stock over three years.", False),
        ("In September Ravel Telecom finished a $450 million share offer.", False),
        ("The $700 billion Assembly proposal for fiscal 2016 passed on Monday.", False),
        ("Nursing staff voted against the hospital's salary offer of 2.5 percent for 2015.", False),
        ("Its $620 million offer for Pellam Stores Inc was rejected.", True),
        ("Wexcombe made a $5 billion bid for the insurer on Monday.", True),
        ("Corvane tabled a proposal to acquire Dunmore Systems for $1.5 billion.", True),
        ("An acquisition proposal worth $400 million arrived in May.", True),
    ],
)
def test_has_a_target_reads_what_the_offer_would_buy(nlp, sentence, expected):
    assert has_a_target(_offer_noun(nlp(sentence))) is expected


@pytest.mark.parametrize(
    ("sentence", "predicate", "expected"),
    [
        ("Harrow Mills rejected a $3 billion takeover bid from Culver Group.", "takeover bid", True),
        ("Harrow Mills rejected a $3 billion takeover bid from Culver Group.", "offer price premium", False),
        ("The $2 trillion Senate proposal for fiscal 2016 passed on Tuesday.", "proposal", False),
        ("Harrow Mills booked revenue of $3 billion in May.", "revenue", False),
    ],
)
def test_sizes_an_offer_needs_an_offer_noun_and_its_target(nlp, sentence, predicate, expected):
    doc = nlp(sentence)
    money = next(e for e in doc.ents if e.label_ == "MONEY")
    assert sizes_an_offer(predicate, None, money) is expected
