"""In a story on one month's data, a figure of an index noun modified by "stock", "share" or "equity" is a market
quote of the session, not a reading of the month (`survey_months.survey_reading`, lexicon
`stock_index_modifiers`); the figure's own index noun decides, so a survey index in the same sentence keeps the
month. Stories written for these tests, with invented names; each starts with the date line stories carry."""

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date
AUG_26 = D(2014, 8, 26)
JULY = (D(2014, 7, 1), D(2014, 7, 31))
SESSION = (AUG_26, AUG_26)

LEAD = (
    " date 2014-08-26 July new car sales rose 2.4 pct\n\nOSLO (Wirepost) - Sales of new cars in Freedonia rose in "
    "July to an annual rate of 1.21 million, the dealers' federation said on Tuesday."
)


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        (LEAD + "\n\nThe main Freedonian stock index edged down 0.4 pct to 2,315.", 2315, SESSION),
        (LEAD + "\n\nAfter the figures the country's broad share index was higher by 1.1 pct at 870.", 870, SESSION),
        (LEAD + "\n\nThe national equity index climbed 2.6 pct to 412 in early dealing.", 412, SESSION),
        # an index of the month's own data is still read over the month
        (LEAD + "\n\nThe federation's dealer sentiment index rose to 57.5 from 54.1.", 57.5, JULY),
        # one sentence, two indexes: each figure goes by its own index noun
        (
            LEAD + "\n\nThe dealers' sentiment index climbed to 61.2, and the main stock index in the region "
            "was 0.3 pct lower at 1,940 by midday.",
            61.2,
            JULY,
        ),
        (
            LEAD + "\n\nThe dealers' sentiment index climbed to 61.2, and the main stock index in the region "
            "was 0.3 pct lower at 1,940 by midday.",
            1940,
            SESSION,
        ),
    ],
)
def test_a_stock_index_in_a_monthly_story_is_a_quote_of_the_day(nlp, text, amount, expected):
    assert periods_by_amount(nlp, text, AUG_26)[amount] == expected
