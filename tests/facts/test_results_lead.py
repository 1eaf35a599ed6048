"""A story whose title is about something else but whose lead reports results ("Corvane reported earnings that
topped forecasts") reports on the first quarter or half over at publication that its body names about results:
its undated results take that period (story_period.report_period). Stories written for these tests."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


def period_of(nlp, text: str, amount: float, published: dt.date):
    for fact in extract(text, published=published, nlp=nlp):
        if fact.value is not None and fact.value.amount == amount:
            return (fact.period.start, fact.period.end) if fact.period else None
    raise AssertionError(f"no fact of {amount}")


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Corvane beats forecasts, but costs a concern\n\n(Wirepost) - Corvane Industries Inc reported "
            "earnings that topped analysts' estimates on Thursday, though rising freight costs squeezed its "
            "margins.\n\nThe toolmaker said profit in the second quarter showed the strain of higher steel prices. "
            "Revenue edged up 2 percent to $4.31 billion.",
            D(2010, 7, 22),
            4310000000,
            (D(2010, 4, 1), D(2010, 6, 30)),
        ),
        (
            "Brightwater shares slide as outlook dims\n\nLONDON (Wirepost) - Brightwater Plc posted a lower "
            "profit on Tuesday and warned of a tough year ahead.\n\nChief Executive Ann Morrow said earnings in "
            "the first half had been hit by weak demand in Europe. Operating income dropped 11 percent to 212 million "
            "pounds.",
            D(2012, 8, 7),
            212000000,
            (D(2012, 1, 1), D(2012, 6, 30)),
        ),
        (
            "Halden Foods names new finance chief\n\nCHICAGO (Wirepost) - Halden Foods Corp, whose profit fell "
            "in the latest period, named a new chief financial officer on Monday.\n\nHalden's net income in the "
            "fourth quarter was hurt by a product recall. Sales were $918 million, compared with $954 million a "
            "year earlier.",
            D(2009, 2, 9),
            918000000,
            (D(2008, 10, 1), D(2008, 12, 31)),
        ),
    ],
)
def test_a_results_lead_dates_the_undated_results(nlp, text, published, amount, expected):
    assert period_of(nlp, text, amount, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "amount", "not_expected"),
    [
        # the lead is about a deal, not results: the body's quarter is no period of the story's
        (
            "Corvane to buy valve maker\n\n(Wirepost) - Corvane Industries Inc agreed on Thursday to buy a valve "
            "maker to widen its range.\n\nCorvane's profit rose in the second quarter, it said last week.\n\n"
            "The valve maker's orders climbed 9 percent, according to its owners.",
            D(2010, 7, 22),
            9,
            (D(2010, 4, 1), D(2010, 6, 30)),
        ),
    ],
)
def test_no_results_lead_is_no_story_period(nlp, text, published, amount, not_expected):
    assert period_of(nlp, text, amount, published) != not_expected
