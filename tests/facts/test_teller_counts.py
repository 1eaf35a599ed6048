"""A count of the people a story learns its news from is not a fact of any company (TRAPS.md: "two sources"):
unnamed informants of any count ("two sources familiar with the deal"), and small counts of whoever speaks or is
cited ("two banks said", "according to four traders", "a dozen analysts said"). A count that is the news stays.
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
        # informants a modifier or an adjective leaves unnamed, or who speak
        ("Norvale Foods may buy a dairy maker for $400 million, two sources familiar with the deal said.", 2),
        ("Kestrel Bank will cut 900 jobs, according to three people briefed on the plan.", 3),
        ("Hemmet Motors plans to sell its truck unit, four people with knowledge of the talks said on Monday.", 4),
        ("Two bankers involved in the sale said Brisk Air had drawn bids from 5 private equity firms.", 2),
        ("The claim that Pellam Foods has hired advisers rests on six anonymous sources.", 6),
        # small counts of a common noun that speaks or is cited
        ("Two banks said on Monday they had agreed to lend Halloway Shipping $300 million.", 2),
        ("Quorra Mining is likely to miss its output goal, three analysts told Reuters.", 3),
        ("Brisk Air has drawn interest from rival carriers, according to four traders in the bonds.", 4),
        ("Ostrava Steel may close a mill, a newspaper reported, citing five unionists.", 5),
        ("A dozen analysts said Kestrel Mining would cut jobs.", 12),
        ("Marrow Rail plans to raise fares 4 percent next year, a dozen dealers said.", 12),
    ],
)
def test_counts_of_who_tells_are_not_facts(nlp, text, amount):
    assert amount not in counts_in(nlp, text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Kestrel Bank will cut 900 jobs, according to three people briefed on the plan.", 900),
        ("Norvale Foods employs 12,000 people in 14 countries.", 12000),
        ("Hemmet Motors said 300 executives will share a $20 million bonus pool.", 300),
        ("Halloway Shipping said eight vessels were idle in the second quarter.", 8),
        ("Quorra Mining hired three analysts to its investor relations team, the company said.", 3),
        ("Brisk Air said 11 pilots had resigned since January.", 11),
    ],
)
def test_counts_that_are_the_news_stay(nlp, text, amount):
    assert amount in counts_in(nlp, text)
