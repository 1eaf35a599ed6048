"""In a story on one week's data, a figure with no period of its own takes the week only when the week's release
could hold it: not in a sentence that names a month, a quarter or a year (other data the story cites), and not as
a currency amount (a credit, a fee, a price) (`weekly_stories.week_for_figure`). Stories written for these tests,
with invented names."""

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date
PUBLISHED = D(2015, 3, 18)
WEEK = (D(2015, 3, 9), D(2015, 3, 15))

LEAD = (
    " date 2015-03-18 Freedonia home loan requests slip in latest week\n\nLONDON (Wirepost) - Requests for home "
    "loans in Freedonia slipped 2.1 percent last week as borrowing costs climbed, the Pellam Lenders Association "
    "said on Wednesday.\n\n"
)


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a reading of the week's release keeps the week, in a point or a percent
        (LEAD + "The average rate on 25-year loans edged up 0.12 percentage point to 4.71 percent.", 0.12, WEEK),
        (LEAD + "The average rate on 25-year loans edged up 0.12 percentage point to 4.71 percent.", 4.71, WEEK),
        # a sentence naming a month, a quarter or a year cites other data
        (
            LEAD + "Builders broke ground on fewer homes in February, a separate report showed, with permits "
            "sinking about 18 percent.",
            18,
            None,
        ),
        (LEAD + "Owners have seen values erode about 25 percent, by one count, against their 2007 levels.", 25, None),
        (LEAD + "Condo prices fell 7 percent, on average, from the highs they hit in the spring of 2008.", 7, None),
        # a currency amount is no reading of a weekly release: a rebate, a fee, a sum spent
        (LEAD + "A $7,500 rebate for buyers of a first home was extended.", 7500, None),
        (LEAD + "Lenders charged fees of about $1,200 on a typical loan, the group added.", 1200, None),
        (LEAD + "Officials spent another $40 million helping owners who fell behind.", 4e7, None),
    ],
)
def test_a_weekly_story_dates_only_the_week_s_readings(nlp, text, amount, expected):
    assert periods_by_amount(nlp, text, PUBLISHED)[amount] == expected
