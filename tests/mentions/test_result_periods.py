"""Result periods named by their last month or by their length (extractor/mentions/result_periods.py).
Sentences written for these tests."""

import datetime as dt

import pytest

from extractor.mentions.periods import find_periods

PUBLISHED = dt.date(2019, 11, 12)


def periods(text: str, future: bool = False):
    return [(m.period.start, m.period.end) for m in find_periods(text, published=PUBLISHED, future=future)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("SEPT QUARTER CONSOL NET PROFIT 2.2 BILLION RUPEES", dt.date(2019, 7, 1), dt.date(2019, 9, 30)),
        ("Profit for the June quarter beat the estimate.", dt.date(2019, 4, 1), dt.date(2019, 6, 30)),
        ("Its December-quarter revenue slipped.", dt.date(2018, 10, 1), dt.date(2018, 12, 31)),
    ],
)
def test_a_quarter_named_by_its_last_month(text, start, end):
    assert periods(text) == [(start, end)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("SAYS 9-MONTH NET PROFIT UP 12 PERCENT", dt.date(2019, 1, 1), dt.date(2019, 9, 30)),
        ("Nine-month sales climbed to a record.", dt.date(2019, 1, 1), dt.date(2019, 9, 30)),
        ("9M REVENUE RMB 3.3 BLN", dt.date(2019, 1, 1), dt.date(2019, 9, 30)),
    ],
)
def test_the_first_months_of_the_year_before_a_result_noun(text, start, end):
    assert periods(text) == [(start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "The board ended a nine-month search for a chief.",
        "It raised $9M from investors.",
        "Talks followed a six-month strike at the mill.",
    ],
)
def test_a_length_that_dates_no_result_is_no_period(text):
    assert periods(text) == []


@pytest.mark.parametrize(
    "text",
    ["HY PROFIT BEFORE TAX 61.2 MLN STG", "HY REVENUE 880 MLN STG, UP 2 PCT", "SAYS HY NET DEBT FELL"],
)
def test_a_british_half_year_is_the_last_half_completed(text):
    assert periods(text) == [(dt.date(2019, 1, 1), dt.date(2019, 6, 30))]


@pytest.mark.parametrize("text", ["The Hy-Vee chain grew.", "Talks with HYB stalled.", "It paid $2 for Hy shares."])
def test_hy_inside_a_name_is_no_half_year(text):
    assert periods(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Output rose in the January-March quarter.",
        "Spending grew 2 percent in the April-June quarter.",
        "Sales in the July–September quarter were flat.",
    ],
)
def test_a_month_range_quarter_stays_one_range(text):
    found = find_periods(text, published=PUBLISHED)
    assert len(found) == 1
    assert any(dash in found[0].text for dash in "-–")  # the month range's own phrase, not "March quarter"


@pytest.mark.parametrize(
    ("text", "future", "year"),
    [
        ("SEES FY REVENUE UP ABOUT 4 PERCENT", True, 2019),
        ("FY NET PROFIT RMB 3.1 BILLION", False, 2018),
        ("Its FY results beat forecasts.", False, 2018),
    ],
)
def test_a_bare_fy_is_the_year_in_progress_for_guidance_and_the_last_one_for_results(text, future, year):
    assert periods(text, future=future) == [(dt.date(year, 1, 1), dt.date(year, 12, 31))]
