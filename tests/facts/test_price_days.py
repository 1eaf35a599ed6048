"""periods6: a price or yield stated with a day of its own clause ("closed at $22.60 on June 12", "from 4.1 percent
at an auction on March 6", "a record $1,410 hit on May 2") is that day's, not the publication day's; a day in
another clause does not date it."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


def _fact(nlp, body: str, amount: float):
    text = f" date 2012-06-20 Markets\n\nNEW YORK (Reuters) - {body}"
    [fact] = [f for f in extract(text, nlp=nlp) if f.value is not None and f.value.amount == amount]
    return fact


@pytest.mark.parametrize(
    ("body", "amount", "day"),
    [
        (
            "Shares of Tolland Energy closed at $22.60 on June 12, the day before it warned on liquidity, and "
            "ended Tuesday at $8.10.",
            22.60,
            D(2012, 6, 12),
        ),
        (
            "The yield on the Ostland three-year note rose to 4.38 percent from 4.12 percent at an auction on March 6.",
            4.12,
            D(2012, 3, 6),
        ),
        ("Palladium touched $1,410 an ounce on May 2, a record, before sliding in June.", 1410.0, D(2012, 5, 2)),
    ],
)
def test_a_price_takes_the_day_of_its_clause(nlp, body, amount, day):
    fact = _fact(nlp, body, amount)
    assert (fact.period.start, fact.period.end, fact.as_of) == (day, day, day)


def test_a_day_of_another_clause_leaves_the_move_its_own_day(nlp):
    body = (
        "Platinum fell 2 percent to $1,480 an ounce, off a record of $2,190 hit on March 4, while palladium "
        "dropped 6 percent to $610 an ounce."
    )
    fact = _fact(nlp, body, 6.0)
    assert (fact.period.start, fact.period.end) == (D(2012, 6, 20), D(2012, 6, 20))
