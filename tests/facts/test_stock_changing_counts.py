"""A count that a verb adds to or takes from a stock ("added 40,000 subscribers", "gained 900 customers", "lost
3,000 members") is a flow of the story's period, on both sides of a comparison and in every member of a list
(`default_periods.changes_the_stock`); the level such a change ends at, and a stock told with its additions,
stay levels as of a day. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.period_facts import datings_by_amount

D = dt.date

Q2_2013, Q2_2012 = (D(2013, 4, 1), D(2013, 6, 30)), (D(2012, 4, 1), D(2012, 6, 30))
Q3_2011, Q3_2010 = (D(2011, 7, 1), D(2011, 9, 30)), (D(2010, 7, 1), D(2010, 9, 30))


@pytest.mark.parametrize(
    ("text", "published", "amounts", "expected"),
    [
        # the earlier side of the count the verb adds or loses (`level_of_stock`)
        (
            "Brightwave Cable second-quarter results\n\n"
            "Over the April-June quarter Brightwave Cable added roughly 48,000 fibre customers, versus almost "
            "9,000 a year earlier.",
            D(2013, 8, 1),
            (48000, 9000),
            (Q2_2013, Q2_2012),
        ),
        (
            "Pennock Bank second-quarter profit dips\n\n"
            "Pennock Bank gained 12,000 current accounts, up from 7,500 a year earlier, its finance chief said.",
            D(2013, 7, 24),
            (12000, 7500),
            (Q2_2013, Q2_2012),
        ),
        (
            "Corvel Mobile third-quarter results\n\n"
            "As users went wireless, Corvel Mobile lost 6,400 landline accounts, down from 9,100 a year earlier.",
            D(2011, 10, 27),
            (6400, 9100),
            (Q3_2011, Q3_2010),
        ),
        (
            "Ardley Energy third-quarter results\n\n"
            "Ardley Energy, which sells gas to homes, said it lost about 2,300 retail customers, up from 1,600 a "
            "year ago.",
            D(2011, 10, 27),
            (2300, 1600),
            (Q3_2011, Q3_2010),
        ),
        # every member of the list the verb adds or loses (`new_additions`)
        (
            "Halden Telecom third-quarter profit rises\n\n"
            "Halden Telecom said it gained 70,000 fibre customers, 52,000 mobile customers and 8,000 landline "
            "customers.",
            D(2011, 10, 27),
            (70000, 52000, 8000),
            (Q3_2011, Q3_2011, Q3_2011),
        ),
        (
            "Marrow Utilities third-quarter results\n\n"
            "Marrow Utilities added 31,000 gas accounts, 18,500 power accounts and 2,700 solar accounts, it said.",
            D(2011, 10, 27),
            (31000, 18500, 2700),
            (Q3_2011, Q3_2011, Q3_2011),
        ),
        (
            "Vessant Broadband second-quarter results\n\n"
            "As rivals cut prices, Vessant Broadband lost 4,200 satellite subscribers and 1,900 dial-up "
            "subscribers.",
            D(2013, 8, 1),
            (4200, 1900),
            (Q2_2013, Q2_2013),
        ),
    ],
)
def test_counts_a_verb_adds_or_loses_are_flows(nlp, text, published, amounts, expected):
    dating = datings_by_amount(nlp, text, published)
    assert [dating[a] for a in amounts] == [(period, None) for period in expected]


@pytest.mark.parametrize(
    ("text", "published", "amount", "as_of"),
    [
        # the level a change of the stock ends at is the stock, not what the verb added
        (
            "Brightwave Cable second-quarter results\n\n"
            "Brightwave Cable's subscriber base gained 3 percent to 2.1 million in the second quarter.",
            D(2013, 8, 1),
            2.1e6,
            D(2013, 6, 30),
        ),
        (
            "Tollan Bank second-quarter results\n\n"
            "Deposits at Tollan Bank gained 4 percent to $30 billion in the quarter, helped by new branches.",
            D(2013, 7, 24),
            3e10,
            D(2013, 6, 30),
        ),
        (
            "Ferrow Fitness third-quarter results\n\n"
            "In the third quarter, Ferrow Fitness's membership lost 2 percent to 480,000 as two clubs shut.",
            D(2011, 10, 27),
            480000,
            D(2011, 9, 30),
        ),
        # a stock told next to its additions stays a level
        (
            "Brightwave Cable second-quarter results\n\n"
            "Brightwave Cable has 2.1 million broadband subscribers, after it added 48,000 in the second quarter.",
            D(2013, 8, 1),
            2.1e6,
            D(2013, 8, 1),
        ),
    ],
)
def test_the_level_a_change_ends_at_stays_a_level(nlp, text, published, amount, as_of):
    assert datings_by_amount(nlp, text, published)[amount] == (None, as_of)
