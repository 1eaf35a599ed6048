"""Stretches that end ahead of publication in the wordings the "by" rule does not read ("until 2016", "through next
year", "by the end of the third quarter", "by the end of the decade") run from publication to the end of X, as "by
X" does (FACTS.md); a date already gone, a span with both ends and a deferral ("not until 2015") keep their old
reading (extractor/mentions/deadline_periods.py). Sentences written for these tests."""

import datetime as dt

import pytest

from extractor.mentions.periods import find_periods

D = dt.date
PUBLISHED = D(2014, 5, 20)


def periods(text, *, future=True):
    return [(m.period.start, m.period.end, m.role) for m in find_periods(text, published=PUBLISHED, future=future)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insurers have until 2017 to hold reserves of 8 percent of premiums.", (PUBLISHED, D(2017, 12, 31))),
        ("The tolling deal with Brantmoor Gas now runs until the end of next year.", (PUBLISHED, D(2015, 12, 31))),
        ("Volumes should climb about 6 percent a year through 2016.", (PUBLISHED, D(2016, 12, 31))),
        ("Workers at the Tessly mill will be kept on till March 2015.", (PUBLISHED, D(2015, 3, 31))),
        ("Rates are seen on hold through the end of this year.", (PUBLISHED, D(2014, 12, 31))),
        ("Brokers see the yield at 3.1 percent by the end of the third quarter.", (PUBLISHED, D(2014, 9, 30))),
        ("Output is to reach 90,000 tonnes by the end of the first quarter of 2016.", (PUBLISHED, D(2016, 3, 31))),
        ("Quelby wants to triple its fleet by the end of the decade.", (PUBLISHED, D(2019, 12, 31))),
        ("The regulator wants the buffer in place until the end of the decade.", (PUBLISHED, D(2019, 12, 31))),
        # "no" inside a word or an abbreviation is no negation
        ("The No. 2 grocer will keep the depot open until 2016.", (PUBLISHED, D(2016, 12, 31))),
        ("Its no-frills unit is to run the route until the end of next year.", (PUBLISHED, D(2015, 12, 31))),
    ],
)
def test_a_stretch_ahead_runs_from_publication(text, expected):
    assert periods(text) == [(*expected, "by")]


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        # a date gone: the old readings (a year, a quarter), no stretch
        ("Ms Oduya ran the bank's Asian arm until 2009.", False, [(D(2009, 1, 1), D(2009, 12, 31), "period")]),
        (
            "By the end of the first quarter it had opened 75 stores.",
            False,
            [(D(2014, 1, 1), D(2014, 3, 31), "period")],
        ),
        # a span with both ends is read whole
        (
            "Tax years 2008 through 2011 are under audit.",
            False,
            [(D(2008, 1, 1), D(2008, 12, 31), "period"), (D(2011, 1, 1), D(2011, 12, 31), "period")],
        ),
        ("The contract ran from 2012 until 2016.", False, [(D(2012, 1, 1), D(2016, 12, 31), "period")]),
        # a deferral or a negation: X is when something starts
        ("The new smelter will not open until 2016.", True, [(D(2016, 1, 1), D(2016, 12, 31), "period")]),
        ("Economists don't expect a rate rise until 2015.", True, [(D(2015, 1, 1), D(2015, 12, 31), "period")]),
        ("The listing was postponed until next year.", True, [(D(2015, 1, 1), D(2015, 12, 31), "period")]),
        ("The board vote was pushed back until March 2015.", True, [(D(2015, 3, 1), D(2015, 3, 31), "period")]),
        (
            "The central bank is unlikely to lift rates until the second quarter of 2015.",
            True,
            [(D(2015, 4, 1), D(2015, 6, 30), "period")],
        ),
        # a rate or a shift is no span ending at the date: "a year through 2016" is read as a stretch above
        (
            "The tender deadline was pushed back by a month to June 30.",
            True,
            [(D(2014, 6, 30), D(2014, 6, 30), "period")],
        ),
    ],
)
def test_no_stretch_when_past_spanned_or_deferred(text, future, expected):
    assert periods(text, future=future) == expected


@pytest.mark.parametrize(
    ("text", "future"),
    [
        # a past narrative: the decade ended is the one the sentence names, or one told before
        ("Perrow expanded fast in the 1980s and ran 90 mills by the end of the decade.", False),
        ("Lundy Foods, which grew through the '90s, sold 2 million jars a year by the end of the decade.", False),
        ("Halm's sales had tripled by the end of the decade.", False),
        # a future cue elsewhere in the sentence does not revive a decade the sentence names as past
        ("Carvex doubled its staff in the 2000s by the end of the decade and says it will hire more.", True),
    ],
)
def test_no_decade_stretch_in_a_past_narrative(text, future):
    assert all(end != D(2019, 12, 31) for _, end, _ in periods(text, future=future))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pellam Steel pledged to keep its dividend at 30 cents a share until at least 2016.", D(2016, 12, 31)),
        ("The regulator will hold the levy at 2 percent through at least the end of next year.", D(2015, 12, 31)),
        ("Korvin said it would run the Ashby line at 40,000 units a month till at least March 2015.", D(2015, 3, 31)),
        ("Brokers see the yield holding at 3.1 percent until at least the end of the third quarter.", D(2014, 9, 30)),
        # a half-year ends the stretch at the half's last day
        ("Tarrow expects to hold its fee at 1.5 percent until at least the second half of next year.", D(2015, 12, 31)),
        ("The Fenwick plant will run at 80 percent of capacity through the first half of 2015.", D(2015, 6, 30)),
        ("Lindqvist Air will keep 12 jets parked till the end of the second half.", D(2014, 12, 31)),
    ],
)
def test_a_floor_or_a_half_year_on_a_stretch_ahead_ends_it_at_x(text, expected):
    assert periods(text) == [(PUBLISHED, expected, "by")]


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        # a deferral with a floor: X is still when something starts
        (
            "The Dunmore smelter will not reopen until at least 2016.",
            True,
            [(D(2016, 1, 1), D(2016, 12, 31), "period")],
        ),
        ("The listing was postponed until at least June 2015.", True, [(D(2015, 6, 1), D(2015, 6, 30), "period")]),
        (
            "Traders do not expect the Orlan bank to lift rates until at least the second half of next year.",
            True,
            [(D(2015, 7, 1), D(2015, 12, 31), "period")],
        ),
        (
            "Sales at Brisko slipped 4 percent through the first half of 2012.",
            False,
            [(D(2012, 1, 1), D(2012, 6, 30), "period")],
        ),
        # a date gone with a floor: the old reading of the year
        ("Ms Oduya led the Asian arm until at least 2009.", False, [(D(2009, 1, 1), D(2009, 12, 31), "period")]),
    ],
)
def test_a_floor_or_a_half_keeps_deferrals_and_dates_gone(text, future, expected):
    assert periods(text, future=future) == expected
