"""In a story on one month's data, an index noun modified by "stock", "share" or "equity" is a market quote of the
session, not a reading of the month (`survey_months.survey_reading`, lexicon `stock_index_modifiers`). Stories
written for these tests."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date
AUG_26 = D(2014, 8, 26)
JULY = (D(2014, 7, 1), D(2014, 7, 31))
SESSION = (AUG_26, AUG_26)

LEAD = (
    "July new car sales rose 2.4 pct\n\nOSLO (Wirepost) - Sales of new cars in Freedonia rose in July to an annual "
    "rate of 1.21 million, the dealers' federation said on Tuesday."
)


def period_of(nlp, text: str, amount: float):
    for fact in extract(" date 2014-08-26 " + text, published=AUG_26, nlp=nlp):
        if fact.value is not None and fact.value.amount == amount:
            return (fact.period.start, fact.period.end) if fact.period else None
    raise AssertionError(f"no fact of {amount}")


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        (LEAD + "\n\nThe main Freedonian stock index edged down 0.4 pct to 2,315.", 2315, SESSION),
        (LEAD + "\n\nAfter the figures the country's broad share index was higher by 1.1 pct at 870.", 870, SESSION),
        (LEAD + "\n\nThe national equity index climbed 2.6 pct to 412 in early dealing.", 412, SESSION),
        # an index of the month's own data is still read over the month
        (LEAD + "\n\nThe federation's dealer sentiment index rose to 57.5 from 54.1.", 57.5, JULY),
    ],
)
def test_a_stock_index_in_a_monthly_story_is_a_quote_of_the_day(nlp, text, amount, expected):
    assert period_of(nlp, text, amount) == expected
