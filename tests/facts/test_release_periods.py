"""The period an economic-data release reports on dates its later figures that name none
(extractor/facts/release_periods.py, story_period). Stories written for these tests."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


def period_of(nlp, text: str, amount: float) -> tuple[dt.date, dt.date] | None:
    for fact in extract(text, nlp=nlp):
        if fact.value is not None and fact.value.amount == amount and fact.kind in ("metric", "change"):
            return (fact.period.start, fact.period.end) if fact.period else None
    raise AssertionError(f"no fact of {amount}")


Q3_2019 = (D(2019, 7, 1), D(2019, 9, 30))
Q1_2022 = (D(2022, 1, 1), D(2022, 3, 31))


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a change verb with the economy as its subject
        (
            " date 2019-11-14 Freedonia slips into contraction\n\nVELDA (Wirepost) - Freedonia's economy contracted "
            "in the third quarter as farm output slumped, the statistics bureau said on Thursday.\n\nHousehold "
            "spending slipped 0.4 percent, while business investment dropped 1.3 percent.",
            1.3,
            Q3_2019,
        ),
        # a verb that is no change verb, whose object is a change noun of the economy
        (
            " date 2019-12-05 Ruritania output weak\n\nSTREL (Wirepost) - Weak demand for timber deepened "
            "Ruritania's economic decline in the July-September quarter, revised data showed.\n\nExports of "
            "timber were down 6.5 percent.",
            6.5,
            Q3_2019,
        ),
        # a statistic of an economy, a first estimate a month after the quarter
        (
            " date 2022-04-28 Moravian GDP grows\n\nBRNO (Wirepost) - Gross domestic product in Moravia expanded "
            "at a 2.4 percent annual pace in the first quarter, the finance ministry reported.\n\nMoravia's "
            "factory production advanced 0.9 percent.",
            0.9,
            Q1_2022,
        ),
    ],
)
def test_a_release_quarter_dates_later_figures(nlp, text, amount, expected):
    assert period_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # no release measure: a company's shares are no economy
        (
            " date 2019-10-10 Halvard shares\n\nOSLO (Wirepost) - Halvard Steel's shares tumbled in the third "
            "quarter after a mill fire, the company said.\n\nHalvard Steel cut its dividend by 12 percent.",
            12,
        ),
        # a quarter long over is history, not the release
        (
            " date 2019-11-14 Freedonia budget\n\nVELDA (Wirepost) - Freedonia's economy contracted in the first "
            "quarter of 2017, officials recalled as they presented a budget.\n\nThe budget deficit will narrow "
            "to 2.1 percent.",
            2.1,
        ),
        # no change is stated on the quarter
        (
            " date 2019-11-14 Freedonia talks\n\nVELDA (Wirepost) - Freedonia's finance minister met lenders in the "
            "third quarter to discuss the economy, aides said.\n\nThe loan totals 300 million dollars.",
            300e6,
        ),
    ],
)
def test_no_release_quarter(nlp, text, amount):
    period = period_of(nlp, text, amount)
    assert period is None or (period[1] - period[0]).days not in range(88, 93)


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a month release whose lead states its change with a noun ("posted their sharpest drop in June")
        (
            " date 2021-07-20 Freedonia building slumps\n\nVELDA (Wirepost) - Freedonia's building approvals posted "
            "their sharpest drop in a decade in June, the housing ministry said.\n\nApprovals for flats numbered "
            "14,200.",
            14200,
            (D(2021, 6, 1), D(2021, 6, 30)),
        ),
        (
            " date 2021-04-15 Ruritania trade\n\nSTREL (Wirepost) - A surge in grain shipments produced a record "
            "increase in Ruritania's exports in March, the customs office reported.\n\nThe country's imports "
            "climbed 4 percent to $3.3 billion.",
            3.3e9,
            (D(2021, 3, 1), D(2021, 3, 31)),
        ),
        # a results lead in the plural ("second-quarter profits") names the quarter reported on
        (
            " date 2021-07-29 Halvard, Ostrava profits climb\n\nOSLO (Wirepost) - Miners Halvard and Ostrava posted "
            "sharp gains in second-quarter profits on Thursday as metal prices rose.\n\nHalvard said its net income "
            "rose 9 percent to $2.1 billion.",
            2.1e9,
            (D(2021, 4, 1), D(2021, 6, 30)),
        ),
    ],
)
def test_a_lead_states_the_period_with_a_change_noun(nlp, text, amount, expected):
    assert period_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the phrase hangs on the comparison ("more than forecast in August"): the change is the verb's
        (
            " date 2021-09-24 Freedonia orders\n\nVELDA (Wirepost) - Freedonia's factory orders fell far more than "
            "forecast in August, the trade ministry said.\n\nThe country's orders for machinery sank 7 percent.",
            7,
            (D(2021, 8, 1), D(2021, 8, 31)),
        ),
        # a change adverb on a verb that is no change verb ("inched higher", "edged lower")
        (
            " date 2021-09-16 Velda gauge\n\nVELDA (Wirepost) - Freedonia's index of shipping activity inched higher "
            "last week, a freight group said on Thursday.\n\nThe country's container bookings climbed 3 percent.",
            3,
            (D(2021, 9, 6), D(2021, 9, 12)),
        ),
        # the quarter on a change noun that is the clause's subject
        (
            " date 2019-08-29 Ruritania output\n\nSTREL (Wirepost) - Faster economic expansion in the second quarter "
            "gave Ruritania room to cut taxes, officials said.\n\nThe country's exports climbed 2.7 percent.",
            2.7,
            (D(2019, 4, 1), D(2019, 6, 30)),
        ),
    ],
)
def test_a_change_told_around_the_period(nlp, text, amount, expected):
    assert period_of(nlp, text, amount) == expected
