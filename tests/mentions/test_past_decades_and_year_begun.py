"""periods9 (round 10, probe 2): "the past decade" is the ten years up to publication, the mirror of "the past
12 months"; "since the year began" is the year to date, as "since the start of the year" is."""

import datetime as dt

import pytest

from extractor.mentions.periods import find_periods

PUBLISHED = dt.date(2013, 6, 14)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Over the past decade, Ranfield has spent 20 trillion won on new mills.", dt.date(2003, 6, 15)),
        ("Exports have tripled over the last decade as the port grew.", dt.date(2003, 6, 15)),
        ("The lender doubled its branch network in the past two decades.", dt.date(1993, 6, 15)),
        ("Prices climbed 40 percent during the previous decade.", dt.date(2003, 6, 15)),
    ],
)
def test_a_past_decade_runs_up_to_publication(sentence, start):
    [mention] = find_periods(sentence, published=PUBLISHED)
    assert (mention.period.start, mention.period.end) == (start, PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        "Perlan's shares have dropped 14 percent since the year began.",
        "Since the year started, the index has gained 9 percent.",
        "Copper has lost a fifth of its value since the year began, traders said.",
    ],
)
def test_since_the_year_began_is_the_year_to_date(sentence):
    [mention] = find_periods(sentence, published=PUBLISHED)
    assert (mention.period.start, mention.period.end) == (dt.date(2013, 1, 1), PUBLISHED)
    assert mention.role == "to_date"
