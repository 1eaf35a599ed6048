"""A small count of whoever tells the news ("two banks said", "according to four traders", "citing three
analysts", "three anonymous sources") is not a fact of any company; a small count that is the news stays.
Sentences written for this test, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 9, 14)


def counts_in(nlp, text):
    return {f.value.amount for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.unit is None}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Two banks said on Monday they had agreed to lend Halloway Shipping $300 million.", 2),
        ("Quorra Mining is likely to miss its output goal, three analysts told Reuters.", 3),
        ("Brisk Air has drawn interest from rival carriers, according to four traders in the bonds.", 4),
        ("Ostrava Steel may close a mill, a newspaper reported, citing five unionists.", 5),
        ("The report, based on six anonymous sources, said Pellam Foods had hired advisers.", 6),
    ],
)
def test_counts_of_who_tells_are_not_facts(nlp, text, amount):
    assert amount not in counts_in(nlp, text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Halloway Shipping said eight vessels were idle in the second quarter.", 8),
        ("Quorra Mining hired three analysts to its investor relations team, the company said.", 3),
        ("Brisk Air said 11 pilots had resigned since January.", 11),
    ],
)
def test_small_counts_that_are_the_news_stay(nlp, text, amount):
    assert amount in counts_in(nlp, text)
