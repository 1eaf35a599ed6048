"""A stock's price belongs to the company whose stock it is, even when the story's main company is another one
and the tagger misses the short name at this mention (a short name opening a sentence, read as a common
noun), and the story also names the group's units ("Norvale Bank", "Norvale Insurance" beside "Norvale"): the
name written exactly wins over the longer names that begin with it. Stories written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 3, 9)


def subject_of(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface]
    assert facts, f"no fact for {surface!r}"
    return facts[0].subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            " date 2019-03-09 Quarrow to buy Velmont banking arm\n\n"
            "BRUSSELS (Reuters) - Quarrow Group SA agreed on Saturday to buy Velmont Bank from Velmont for "
            "3 billion euros, leaving Velmont with only Velmont Insurance.\n\n"
            "Quarrow said the deal would lift its earnings. Velmont shares closed up 4.2 percent at 2.10 euros.",
            "4.2 percent",
            "Velmont",
        ),
        (
            " date 2019-03-09 Ardent Capital bids for Tessaro lender\n\n"
            "LONDON (Reuters) - Ardent Capital Plc offered on Friday to buy Tessaro Finance, the lending unit of "
            "Tessaro, for 900 million pounds. Tessaro Leasing is not part of the bid.\n\n"
            "Ardent expects the purchase to add to profit next year. Tessaro shares jumped 11 percent to 85 pence "
            "in London.",
            "11 percent",
            "Tessaro",
        ),
        (
            " date 2019-03-09 Merrow agrees deal for Kalvo insurer\n\n"
            "FRANKFURT (Reuters) - Merrow AG will acquire Kalvo Life from Kalvo in a deal worth 2 billion euros, "
            "the companies said on Monday, leaving Kalvo with Kalvo Bank alone.\n\n"
            "Merrow will pay in cash. Kalvo shares ended 6.5 percent lower at 14.20 euros.",
            "6.5 percent",
            "Kalvo",
        ),
    ],
)
def test_a_stock_belongs_to_the_company_named_on_it(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject
