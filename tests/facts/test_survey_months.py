"""Readings of a monthly survey or index are dated by the month the story reports on, even while that month is
still running; the earlier side "the month before" is the month before (extractor/facts/survey_months.py).
Stories written for these tests."""

import datetime as dt

import pytest

from tests.facts.period_facts import period_with_amount

D = dt.date
JUNE_25 = D(2019, 6, 25)
JUNE = (D(2019, 6, 1), D(2019, 6, 30))
MAY = (D(2019, 5, 1), D(2019, 5, 31))
OPENING = " date 2019-06-25 "


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the title names the running month; the reading's sentence names none
        (
            "June consumer confidence slips\n\nNEW YORK (Wirepost) - Shopper confidence in Freedonia slipped this "
            "month, a private report showed on Tuesday.\n\nThe Tallis Institute said its index of household "
            "attitudes fell to 88.4 from 91.2 the month before.",
            88.4,
            JUNE,
        ),
        (
            "June consumer confidence slips\n\nNEW YORK (Wirepost) - Shopper confidence in Freedonia slipped this "
            "month, a private report showed on Tuesday.\n\nThe Tallis Institute said its index of household "
            "attitudes fell to 88.4 from 91.2 the month before.",
            91.2,
            MAY,
        ),
        # the lead puts the running month on a change verb and speaks of sentiment
        (
            "Builders brighter\n\nOSLO (Wirepost) - Builders' sentiment in Ruritania improved in June for a third "
            "month, a trade group said on Tuesday.\n\nIts expectations gauge climbed to 54.6 from 51.9.",
            54.6,
            JUNE,
        ),
        # a month named on the reading itself, though not over at publication
        (
            "Factory mood lifts in June: survey\n\nBERLIN (Wirepost) - Factory managers in Ruritania grew more upbeat "
            "in June, a monthly survey showed.\n\nThe Grauwald business climate index rose to 103.8 in June.",
            103.8,
            JUNE,
        ),
    ],
)
def test_survey_reading_takes_the_story_month(nlp, text, amount, expected):
    assert period_with_amount(nlp, OPENING + text, amount, JUNE_25) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # no survey word: a running month in the title is not the story's (a plan, a market move)
        (
            "June retail sales to rise, says Orvane\n\nLONDON (Wirepost) - Orvane Retail said on Tuesday it expects "
            "higher sales in June.\n\nThe Halden retail index rose 2.1 percent to 1,340.",
            2.1,
            (JUNE_25, JUNE_25),
        ),
        # a stock index quoted in points keeps its session in a survey story
        (
            "June consumer confidence slips\n\nNEW YORK (Wirepost) - Shopper confidence in Freedonia slipped in June, "
            "a private report showed on Tuesday.\n\nThe Halden Composite Index fell 45.2 points to 8,120.",
            45.2,
            (JUNE_25, JUNE_25),
        ),
    ],
)
def test_no_survey_month(nlp, text, amount, expected):
    assert period_with_amount(nlp, OPENING + text, amount, JUNE_25) == expected
