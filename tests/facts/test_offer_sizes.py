"""periods19: the sum of a bid, an offer or a proposal for a company is a term of the offer, with no period of
its own; the phrase that dates what was done with it (withdrawn, scrapped, raised) dates the event
(`offer_sizes`). Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract
from extractor.facts.offer_sizes import sizes_an_offer

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "amount"),
    [
        (
            "Harker Mining weighs options\n\n"
            "Harker Mining Ltd has struggled since Ostrava Metals dropped its $31 billion takeover bid for the "
            "miner in October.",
            D(2009, 1, 14),
            31_000_000_000.0,
        ),
        (
            "Pemberton Homes results\n\n"
            "Last month, Pemberton Homes Inc withdrew an unsolicited $2.4 billion proposal to buy Larch Builders "
            "after the smaller company's board rejected it.",
            D(2013, 6, 20),
            2_400_000_000.0,
        ),
        (
            "Anselm Pharma spurns buyer\n\n"
            "In 2010 Anselm Pharma Inc rejected a $9.5 billion buyout offer from a larger rival as too low.",
            D(2012, 3, 8),
            9_500_000_000.0,
        ),
    ],
)
def test_an_offer_sum_has_no_period(nlp, text, published, amount):
    facts = [f for f in extract(text, published=published, nlp=nlp) if f.value and f.value.amount == amount]
    assert facts and all(f.period is None and f.as_of is None for f in facts)


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Halvard Holdings plans\n\n"
            "Halvard Holdings Plc's 900 million pound investment proposal for 2015 was sent to shareholders "
            "on Monday.",
            D(2014, 3, 3),
            900_000_000.0,
            (D(2015, 1, 1), D(2015, 12, 31)),
        ),
        (
            "Marrick Steel results\n\n"
            "Marrick Steel Corp spent $410 million on its spending proposal for 2013, the company said.",
            D(2014, 1, 22),
            410_000_000.0,
            (D(2013, 1, 1), D(2013, 12, 31)),
        ),
        (
            "Pardew Rail bid\n\n"
            "Pardew Rail Inc received an offer for its freight arm in July, and its revenue was $85 million "
            "in July.",
            D(2011, 8, 30),
            85_000_000.0,
            (D(2011, 7, 1), D(2011, 7, 31)),
        ),
    ],
)
def test_a_figure_of_another_kind_keeps_its_period(nlp, text, published, amount, expected):
    facts = [f for f in extract(text, published=published, nlp=nlp) if f.value and f.value.amount == amount]
    assert facts and all(f.period is not None and (f.period.start, f.period.end) == expected for f in facts)


@pytest.mark.parametrize(
    ("predicate", "expected"),
    [
        ("takeover bid", True),
        ("unsolicited proposal", True),
        ("offer per share", True),
        ("offer price premium", False),
        ("revenue", False),
    ],
)
def test_sizes_an_offer_reads_the_measured_noun(predicate, expected):
    assert sizes_an_offer(predicate, None) is expected
