"""periods6: a clause opened by "when" right after a period phrase ("in 2011, when it lost 12 percent", "the whole
of last year, when a strike halved output") tells of that period, whatever the rest of the sentence is dated by
and wherever the parser hangs the clause; a period phrase inside the when-clause still dates its figures."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


def _fact(nlp, body: str, amount: float):
    text = f" date 2013-06-12 Company news\n\nZURICH (Reuters) - {body}"
    [fact] = [f for f in extract(text, nlp=nlp) if f.value is not None and f.value.amount == amount]
    return fact


@pytest.mark.parametrize(
    ("body", "amount", "start", "end"),
    [
        (
            "Tarvo Capital's worst stretch came in 2011, when its stock dropped 12 percent.",
            12.0,
            D(2011, 1, 1),
            D(2011, 12, 31),
        ),
        (
            "For Tarvo Capital the hardest year came in 2011, when its shares slid 12 percent.",
            12.0,
            D(2011, 1, 1),
            D(2011, 12, 31),
        ),
        (
            "Ostland Grain AG expects a poor harvest. Unlike in 2009, when its exports reached a record 20 million "
            "tonnes, the crop needs state support this year.",
            20_000_000.0,
            D(2009, 1, 1),
            D(2009, 12, 31),
        ),
        (
            "Pellwick Mining said first-quarter output beat the level of the whole of last year, when a strike "
            "cut output by 30 percent.",
            30.0,
            D(2012, 1, 1),
            D(2012, 12, 31),
        ),
    ],
)
def test_a_when_clause_takes_the_period_it_follows(nlp, body, amount, start, end):
    fact = _fact(nlp, body, amount)
    assert (fact.period.start, fact.period.end) == (start, end)


def test_a_when_clause_with_its_own_phrase_keeps_it(nlp):
    body = "Kerrow Foods gave its outlook in March, when it forecast earnings of $2.10 a share for 2013."
    fact = _fact(nlp, body, 2.10)
    assert (fact.period.start, fact.period.end) == (D(2013, 1, 1), D(2013, 12, 31))


def test_a_day_before_when_dates_no_count(nlp):
    body = (
        "Brisco Motors holds its yearly meeting on Friday, when investors will elect five directors put up by "
        "Lena Hart."
    )
    fact = _fact(nlp, body, 5.0)
    assert fact.period is None or fact.period.start != fact.period.end  # no single day
