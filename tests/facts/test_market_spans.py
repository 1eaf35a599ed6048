"""A market move "for the year", "for the month" or "this month" runs from the first day of the publication's year
(month) to the publication day (`facts/market_spans.py`); the same phrase on a result keeps its whole period.
Sentences written for these tests."""

import datetime as dt

import pytest

from tests.facts.period_facts import period_with_surface

D = dt.date
PUBLISHED = D(2014, 3, 25)
LEAD = "Stocks slip\n\nNEW YORK (Reuters) - Stocks fell on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "The Kestrel 300 index had climbed 7 percent for the year, near its record high.",
            "7 percent",
            (D(2014, 1, 1), PUBLISHED),
        ),
        ("The Brixton Composite Index has risen 4 percent for the month.", "4 percent", (D(2014, 3, 1), PUBLISHED)),
        ("Shares of Wendle Corp fell 11 percent this month.", "11 percent", (D(2014, 3, 1), PUBLISHED)),
        ("Vantor Mining stock is up 15 percent for the year so far.", "15 percent", (D(2014, 1, 1), PUBLISHED)),
    ],
)
def test_a_market_move_in_the_running_month_or_year_runs_to_publication(nlp, text, surface, expected):
    assert period_with_surface(nlp, LEAD + text, surface, PUBLISHED) == expected


def test_a_result_for_the_year_keeps_the_whole_year(nlp):
    text = "Wendle Corp reported net income of $2.1 billion for the year."
    assert period_with_surface(nlp, LEAD + text, "$2.1 billion", PUBLISHED) == (D(2013, 1, 1), D(2013, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        (
            "The Brixton Composite Index gained 4 percent for the month.",
            "4 percent",
            D(2014, 4, 1),
            (D(2014, 3, 1), D(2014, 3, 31)),
        ),
        (
            "For the year, the Kestrel 300 index advanced 21 percent.",
            "21 percent",
            D(2014, 1, 2),
            (D(2013, 1, 1), D(2013, 12, 31)),
        ),
        (
            "Vantor Mining shares ended the month 9 percent lower.",
            "9 percent",
            D(2014, 6, 3),
            (D(2014, 5, 1), D(2014, 5, 31)),
        ),
        # "this month" is the running month whatever the day
        (
            "Shares of Wendle Corp fell 11 percent this month.",
            "11 percent",
            D(2014, 4, 2),
            (D(2014, 4, 1), D(2014, 4, 2)),
        ),
        # later in the month "for the month" runs to date
        (
            "The Brixton Composite Index gained 4 percent for the month.",
            "4 percent",
            D(2014, 4, 9),
            (D(2014, 4, 1), D(2014, 4, 9)),
        ),
    ],
)
def test_a_wrap_in_the_first_days_reports_the_period_just_ended(nlp, text, surface, published, expected):
    assert period_with_surface(nlp, LEAD + text, surface, published) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Analysts expect Vantor Mining shares to average $42 for the year.", "$42"),
        (
            "The Brixton index is seen averaging 5,200 points for the year, a poll of strategists showed.",
            "5,200 points",
        ),
        ("Dealers predict the Kestrel 300 index will gain 8 percent for the year.", "8 percent"),
    ],
)
def test_a_forecast_price_for_the_year_is_not_the_year_so_far(nlp, text, surface):
    # only actual moves run to date; the year of a forecast is not the part of it already gone
    assert period_with_surface(nlp, LEAD + text, surface, PUBLISHED) != (D(2014, 1, 1), PUBLISHED)
