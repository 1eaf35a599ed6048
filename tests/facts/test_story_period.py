"""The period a story reports on, and what it dates: rules of round 3 (issue 10, periods3)."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


def dated(facts, amount):
    """(start, end) of the first fact whose signed amount is `amount`."""
    for fact in facts:
        if fact.value is not None and fact.value.amount == amount:
            return fact.period.start if fact.period else None, fact.period.end if fact.period else None
    raise AssertionError(f"no fact of {amount} in {[f.value.amount for f in facts if f.value]}")


@pytest.mark.parametrize(
    ("published", "title", "lead", "expected"),
    [
        # a title on the year ahead over a lead on the year just closed: the results are of the closed year
        (
            "2015-02-26",
            "Tellmark upbeat on 2015 after record year",
            "Tellmark Group reported higher earnings for 2014 on Thursday and said it saw further gains this year.",
            (D(2014, 1, 1), D(2014, 12, 31)),
        ),
        # a title naming the quarter ahead and the quarter reported on
        (
            "2016-11-03",
            "Brackley sees weak Q4 after Q3 miss",
            "Brackley Inc shares fell after the maker of valves posted results that missed forecasts.",
            (D(2016, 7, 1), D(2016, 9, 30)),
        ),
        (
            "2013-03-12",
            "Ostrava Steel wary on 2013",
            "Ostrava Steel said on Tuesday that its operating profit for 2012 had fallen, and it gave a cautious "
            "view of the current year.",
            (D(2012, 1, 1), D(2012, 12, 31)),
        ),
        # a story on the year ahead only keeps it: no period that is over is named
        (
            "2015-02-26",
            "Tellmark sees profit growth in 2015",
            "Tellmark Group expects its operating profit to rise this year, its chief executive said.",
            (D(2015, 1, 1), D(2015, 12, 31)),
        ),
    ],
)
def test_story_period_prefers_a_period_that_is_over(nlp, published, title, lead, expected):
    text = f" date {published} {title}\n\nLONDON (Reuters) - {lead} Sales rose 11 percent to 95 million euros."
    assert dated(extract(text, nlp=nlp), 95_000_000.0) == expected
