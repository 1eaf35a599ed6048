"""A count of the unnamed people a story learned the news from is not a fact (TRAPS.md: "two sources"); a count of
people that is the news still is. Sentences written for this test, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2011, 6, 8)


def counts_in(nlp, text):
    return {f.value.amount for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.unit is None}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Norvale Foods may buy a dairy maker for $400 million, two sources familiar with the deal said.", 2),
        ("Kestrel Bank will cut 900 jobs, according to three people briefed on the plan.", 3),
        ("Hemmet Motors plans to sell its truck unit, four people with knowledge of the talks said on Monday.", 4),
        ("Two bankers involved in the sale said Brisk Air had drawn bids from 5 private equity firms.", 2),
    ],
)
def test_informant_counts_are_not_facts(nlp, text, amount):
    assert amount not in counts_in(nlp, text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Kestrel Bank will cut 900 jobs, according to three people briefed on the plan.", 900),
        ("Norvale Foods employs 12,000 people in 14 countries.", 12000),
        ("Hemmet Motors said 300 executives will share a $20 million bonus pool.", 300),
    ],
)
def test_counts_that_are_the_news_stay(nlp, text, amount):
    assert amount in counts_in(nlp, text)
