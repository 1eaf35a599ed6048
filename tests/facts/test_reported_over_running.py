"""Round 27 (periods27): the quarter a results story reports on when its lead names only a period still running,
and the year-ago side of a result compared with no period of its own. Every sentence is invented."""

import datetime as dt

import pytest

from extractor import extract
from tests.facts.period_facts import dates_among

D = dt.date


def _story(published: str, title: str, body: str) -> str:
    return f" date {published} {title}\n\nLONDON (Reuters) - {body}"


@pytest.mark.parametrize(
    ("published", "title", "body", "amount", "expected"),
    [
        # a lead on next year's forecast; the body reports the quarter just ended
        (
            "2011-02-03",
            "Corvane warns on costs",
            "Corvane Inc gave an outlook for 2011 that left investors cold, and its stock slid on Thursday. "
            "The parts maker booked fourth-quarter net income of $50 million. "
            "Earnings per share climbed to 61 cents.",
            0.61,
            (D(2010, 10, 1), D(2010, 12, 31)),
        ),
        # "quarterly" (the quarter over) and "the current quarter" in the lead: the quarter over is reported
        (
            "2009-01-26",
            "Norbeck to shed staff",
            "Norbeck Corp said its quarterly earnings shrank by a third, a milder slide than Wall Street feared. "
            "The toolmaker expects to lose money in the current quarter as orders dry up. "
            "Sales fell 20 percent to $2.1 billion.",
            2_100_000_000.0,
            (D(2008, 10, 1), D(2008, 12, 31)),
        ),
        # a lead on the quarter under way; the body names the first quarter's results
        (
            "2012-04-25",
            "Aldenby cautious",
            "Aldenby Group said it expects second-quarter sales to slow as buyers hold back. "
            "First-quarter net income was $12 million, the company said. "
            "Revenue rose 4 percent to $300 million.",
            300_000_000.0,
            (D(2012, 1, 1), D(2012, 3, 31)),
        ),
        # near miss: a story on the year ahead with no quarter over in its body keeps the year
        (
            "2015-02-26",
            "Tellmark confident",
            "Tellmark Group sees its operating profit growing this year, its chief executive said. "
            "Sales rose 11 percent to 95 million euros.",
            95_000_000.0,
            (D(2015, 1, 1), D(2015, 12, 31)),
        ),
        # near miss: a forecast for the quarter ahead, with no result over in the body, keeps that quarter
        (
            "2016-11-03",
            "Brackley outlook",
            "Brackley Inc said it expects fourth-quarter revenue to rise as holiday orders pick up. "
            "Sales rose 3 percent to $400 million.",
            400_000_000.0,
            (D(2016, 10, 1), D(2016, 12, 31)),
        ),
        # near miss: a title naming the year under way decides as before (the rule reads leads only)
        (
            "2013-03-12",
            "Ostrava Steel wary on 2013",
            "Ostrava Steel's operating profit for 2012 fell, the group told investors on Tuesday, giving a "
            "guarded view of the current year. Sales rose 11 percent to 95 million euros.",
            95_000_000.0,
            (D(2012, 1, 1), D(2012, 12, 31)),
        ),
    ],
)
def test_a_running_lead_period_yields_to_the_quarter_reported(nlp, published, title, body, amount, expected):
    assert dates_among(extract(_story(published, title, body), nlp=nlp), amount) == expected


@pytest.mark.parametrize(
    ("published", "title", "body", "amount", "expected"),
    [
        # a quarterly report: the bare earlier side is the quarter a year before, not the quarter before
        (
            "2014-10-22",
            "Pellham third-quarter profit falls",
            "Pellham Corp said third-quarter profit fell. Net income slipped to $8 million from $11 million.",
            11_000_000.0,
            (D(2013, 7, 1), D(2013, 9, 30)),
        ),
        (
            "2010-02-04",
            "Quorra Q4 earnings beat",
            "Quorra Inc posted higher fourth-quarter earnings. Earnings per share improved to 52 cents from 47 cents.",
            0.47,
            (D(2008, 10, 1), D(2008, 12, 31)),
        ),
        # a half-year report, written with "versus"-free wording and a revenue measure
        (
            "2011-08-10",
            "Marlowe first-half profit up",
            "Marlowe Plc reported a higher first-half profit on Wednesday. Revenue climbed to 410 million pounds "
            "from 380 million pounds.",
            380_000_000.0,
            (D(2010, 1, 1), D(2010, 6, 30)),
        ),
        # near miss: a monthly release compares with the month before
        (
            "2011-03-01",
            "Factory index rises in February",
            "Norland's factory index rose in February, a survey showed. The index rose to 53.1 from 51.4.",
            51.4,
            (D(2011, 1, 1), D(2011, 1, 31)),
        ),
        # near miss: the earlier side's own phrase decides ("in the second quarter")
        (
            "2014-10-22",
            "Pellham third-quarter profit falls",
            "Pellham Corp said third-quarter profit fell. Net income slipped to $8 million from $9 million in the "
            "second quarter.",
            9_000_000.0,
            (D(2014, 4, 1), D(2014, 6, 30)),
        ),
        # near miss: a rate of growth slowing from an earlier rate is compared with the period just before
        (
            "2013-10-17",
            "Vantor third-quarter sales up",
            "Vantor AG posted higher sales for the third quarter. Its organic growth eased to 3 percent from "
            "5 percent as revenue in Latin America stalled.",
            5.0,
            (D(2013, 4, 1), D(2013, 6, 30)),
        ),
        # the fact's own measure is a result though no result noun is written: a year back
        (
            "2014-10-22",
            "Pellham third-quarter profit falls",
            "Pellham Corp said third-quarter profit fell. The toolmaker earned $1.10 a share, down from $1.32.",
            1.32,
            (D(2013, 7, 1), D(2013, 9, 30)),
        ),
        # near misses: a rate of change slowing or quickening from an earlier rate is the period just before
        (
            "2015-10-20",
            "Hallam third-quarter profit up",
            "Hallam Stores Inc said third-quarter profit rose. Comparable sales grew 3 percent, easing from 5 percent.",
            5.0,
            (D(2015, 4, 1), D(2015, 6, 30)),
        ),
        (
            "2016-07-27",
            "Dunmore Q2 results",
            "Dunmore Foods reported higher second-quarter earnings. Revenue rose 6 percent, accelerating from "
            "4 percent.",
            4.0,
            (D(2016, 1, 1), D(2016, 3, 31)),
        ),
        (
            "2016-07-27",
            "Dunmore Q2 results",
            "Dunmore Foods reported higher second-quarter earnings. Its sales climbed 7 percent, up from 5 percent.",
            5.0,
            (D(2016, 1, 1), D(2016, 3, 31)),
        ),
        (
            "2016-07-27",
            "Dunmore Q2 results",
            "Dunmore Foods reported higher second-quarter earnings. Revenue grew by $30 million, quickening from "
            "$20 million.",
            20_000_000.0,
            (D(2016, 1, 1), D(2016, 3, 31)),
        ),
        # near misses: a result word elsewhere in the sentence does not make a price, a count or a ratio a result
        (
            "2012-04-26",
            "Kestrel first-quarter sales up",
            "Kestrel Fitness said first-quarter sales rose. The chain lowered its entry fee to $40 from $55 to win "
            "back sales.",
            55.0,
            (D(2011, 10, 1), D(2011, 12, 31)),
        ),
        (
            "2012-04-26",
            "Kestrel first-quarter sales up",
            "Kestrel Shipping said first-quarter profit rose. Its fleet grew to 62 ships from 58 while profit rose.",
            58.0,
            (D(2011, 10, 1), D(2011, 12, 31)),
        ),
        (
            "2012-04-26",
            "Kestrel first-quarter profit up",
            "Kestrel Bank said first-quarter profit rose. Its core capital ratio improved to 11.2 percent from "
            "10.4 percent, and earnings climbed.",
            10.4,
            (D(2011, 10, 1), D(2011, 12, 31)),
        ),
        # near miss: a full-year report's earlier side is the year before either way
        (
            "2012-02-20",
            "Daltry 2011 profit up",
            "Daltry AG said 2011 profit rose. Sales rose to 5 billion euros from 4.6 billion euros.",
            4_600_000_000.0,
            (D(2010, 1, 1), D(2010, 12, 31)),
        ),
    ],
)
def test_a_result_compared_with_no_period_is_the_year_before(nlp, published, title, body, amount, expected):
    assert dates_among(extract(_story(published, title, body), nlp=nlp), amount) == expected
