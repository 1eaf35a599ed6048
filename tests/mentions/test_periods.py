import datetime as dt

import pytest

from extractor.mentions.periods import FiscalCalendar, find_periods, fiscal_calendar, sentence_is_future

D = dt.date
PUBLISHED = D(2017, 7, 7)


CALENDAR_YEAR = FiscalCalendar(1)


def periods(text, *, published=PUBLISHED, future=False, fiscal=CALENDAR_YEAR):
    return [
        (m.period.start, m.period.end, m.role)
        for m in find_periods(text, published=published, future=future, fiscal=fiscal)
    ]


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        # calendar quarters, named or numbered, resolved to the latest one begun (past) or not yet over (future)
        ("Deliveries rose in Q2.", False, [(D(2017, 4, 1), D(2017, 6, 30), "period")]),
        (
            "Margins improved in the second quarter of the current year.",
            False,
            [(D(2017, 4, 1), D(2017, 6, 30), "period")],
        ),
        ("Fourth-quarter income fell.", False, [(D(2016, 10, 1), D(2016, 12, 31), "period")]),
        ("The charge will be booked in the third quarter.", True, [(D(2017, 7, 1), D(2017, 9, 30), "period")]),
        ("Sales fell in the last quarter of 2015.", False, [(D(2015, 10, 1), D(2015, 12, 31), "period")]),
        ("Output rose 9 percent compared with Q1.", False, [(D(2017, 1, 1), D(2017, 3, 31), "comparison")]),
        # halves, months, years
        ("Revenue doubled in the year's first half.", False, [(D(2017, 1, 1), D(2017, 6, 30), "period")]),
        ("The plant opened in February.", False, [(D(2017, 2, 1), D(2017, 2, 28), "period")]),
        ("The plant will open in September.", True, [(D(2017, 9, 1), D(2017, 9, 30), "period")]),
        ("The firm plans to list in 2019.", True, [(D(2019, 1, 1), D(2019, 12, 31), "period")]),
        ("Orders hit a record in March 2016.", False, [(D(2016, 3, 1), D(2016, 3, 31), "period")]),
        # relative periods
        ("It aims to hire 500 staff in the next 12 months.", True, [(D(2017, 7, 7), D(2018, 7, 6), "period")]),
        ("Shares have gained 4 percent so far this year.", False, [(D(2017, 1, 1), D(2017, 7, 7), "to_date")]),
        (
            "Shares have lost 9 percent, measured since the start of the year.",
            False,
            [(D(2017, 1, 1), D(2017, 7, 7), "to_date")],
        ),
        ("Shares closed up 2 percent on Wednesday.", False, [(D(2017, 7, 5), D(2017, 7, 5), "period")]),
        ("Profit rose last year.", False, [(D(2016, 1, 1), D(2016, 12, 31), "period")]),
        ("It expects a margin above 5 percent by 2019.", True, [(D(2017, 7, 7), D(2019, 12, 31), "by")]),
        ("It will close 40 branches by the end of September.", True, [(D(2017, 7, 7), D(2017, 9, 30), "by")]),
        ("Debt should fall by the end of next year.", True, [(D(2017, 7, 7), D(2018, 12, 31), "by")]),
        # a stretch ahead to a date runs from publication, as "by" does (deadline_periods)
        ("The offer runs until July 18, 2018.", True, [(D(2017, 7, 7), D(2018, 7, 18), "by")]),
        ("The chain had 40 outlets as of July 1.", False, [(D(2017, 7, 1), D(2017, 7, 1), "as_of")]),
    ],
)
def test_periods_resolve_against_publication_date(text, future, expected):
    assert periods(text, future=future) == expected


def test_periods_fiscal_year_named_by_text():
    fiscal = fiscal_calendar("Results for the financial year to September 30 were strong.")
    assert fiscal == FiscalCalendar(10)
    found = periods("Annual profit rose 9 percent.", published=D(2007, 10, 30), fiscal=fiscal)
    assert found == [(D(2006, 10, 1), D(2007, 9, 30), "period")]


def test_periods_business_year_that_started():
    found = periods("It sees a profit in the year that started in April.", published=D(2012, 4, 27), future=True)
    assert found == [(D(2012, 4, 1), D(2013, 3, 31), "period")]


def test_periods_indian_fiscal_year_is_april_to_march():
    assert periods("Revenue in FY2021-22 grew.") == [(D(2021, 4, 1), D(2022, 3, 31), "period")]


def test_periods_fiscal_quarter_of_an_undated_fiscal_year_keeps_label_only():
    [mention] = find_periods("Its fiscal fourth quarter was weak.", published=PUBLISHED)
    assert mention.period.start is None and mention.period.end is None and "Q4" in mention.period.label


def test_periods_unknown_publication_date_keeps_label():
    [mention] = find_periods("It will hire 200 people next year.", published=None, future=True)
    assert mention.period.start is None and mention.period.label == "next year"


def test_periods_clock_times_and_amounts_are_not_years():
    assert periods("By 1740 GMT the shares traded at $2015.50.") == []


def test_periods_future_cues():
    assert sentence_is_future("The group expects sales to rise.")
    assert not sentence_is_future("Sales rose 4 percent.")


# ------------------------------------------------------------------ spans, ranges and horizons (issue 10)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a span of whole months, or up to the stated day, ending at the date named
        (
            "Its loss narrowed in the nine months to December 2015, it said.",
            D(2016, 5, 2),
            (D(2015, 4, 1), D(2015, 12, 31)),
        ),
        (
            "Ticket revenue tripled in four years to the end of 2014.",
            D(2015, 6, 1),
            (D(2011, 1, 1), D(2014, 12, 31)),
        ),
        (
            "Net loss narrowed in its fiscal third quarter that ended October 4.",
            D(2014, 11, 20),
            (D(2014, 7, 5), D(2014, 10, 4)),
        ),
        ("Guidance covers the year to next March 15.", D(2011, 7, 1), (D(2011, 3, 16), D(2012, 3, 15))),
        # the same day months earlier falls on a shorter month's last day: the span starts the day after it
        ("Margins widened in the quarter ended July 30.", D(2011, 8, 17), (D(2011, 5, 1), D(2011, 7, 30))),
        ("The chain lost money in its quarter that ended Dec. 30.", D(2012, 2, 2), (D(2011, 10, 1), D(2011, 12, 30))),
        ("Deliveries fell in the six months ended Aug. 30.", D(2015, 10, 9), (D(2015, 3, 1), D(2015, 8, 30))),
        ("Output grew in the financial year to end-September.", D(2019, 11, 5), (D(2018, 10, 1), D(2019, 9, 30))),
    ],
)
def test_periods_span_ending_at_a_date(text, published, expected):
    [mention] = find_periods(text, published=published)
    assert (mention.period.start, mention.period.end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deliveries from January through March doubled.", (D(2017, 1, 1), D(2017, 3, 31))),
        ("Freight volumes for January-June were flat.", (D(2017, 1, 1), D(2017, 6, 30))),
        ("Exports from April to June 2016 slowed.", (D(2016, 4, 1), D(2016, 6, 30))),
        ("Cement output in the first five months edged up.", (D(2017, 1, 1), D(2017, 5, 31))),
        ("Deliveries in the first nine months of 2015 were flat.", (D(2015, 1, 1), D(2015, 9, 30))),
    ],
)
def test_periods_month_ranges_and_first_months(text, expected):
    [mention] = find_periods(text, published=PUBLISHED)
    assert (mention.period.start, mention.period.end) == expected


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        # "the past (last) 12 months" mirrors "the next 12 months" (FACTS.md)
        ("Turnover in the past 12 months reached 9 million euros.", False, (D(2016, 7, 8), D(2017, 7, 7))),
        ("Its shares lost a fifth over the last twelve months.", False, (D(2016, 7, 8), D(2017, 7, 7))),
        ("The stock is down 10 percent in the past year.", False, (D(2016, 7, 8), D(2017, 7, 7))),
        ("Planemakers will deliver 9,000 jets over the next 20 years.", True, (D(2017, 7, 7), D(2037, 7, 6))),
        ("Airlines will need 4,000 freighters between 2018 and 2037.", True, (D(2018, 1, 1), D(2037, 12, 31))),
        ("Demand in 2020-2025 is seen doubling.", True, (D(2020, 1, 1), D(2025, 12, 31))),
        ("Earlier this year the group paid $40 million for a stake.", False, (D(2017, 1, 1), D(2017, 7, 7))),
    ],
)
def test_periods_horizons_and_relative_spans(text, future, expected):
    [mention] = find_periods(text, published=PUBLISHED, future=future)
    assert (mention.period.start, mention.period.end) == expected


@pytest.mark.parametrize(
    ("text", "fiscal", "expected"),
    [
        # a split year is a fiscal year over two calendar years; April to March unless the text names one
        ("It targets a 12 percent margin in 2014/15.", CALENDAR_YEAR, (D(2014, 4, 1), D(2015, 3, 31))),
        ("The fiscal 2020/21 dividend was cut.", FiscalCalendar(7), (D(2020, 7, 1), D(2021, 6, 30))),
        ("Costs will fall in 2019/20, it said.", FiscalCalendar(4), (D(2019, 4, 1), D(2020, 3, 31))),
    ],
)
def test_periods_split_years_are_fiscal_years(text, fiscal, expected):
    [mention] = find_periods(text, published=PUBLISHED, fiscal=fiscal)
    assert (mention.period.start, mention.period.end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fiscal calendar a quarter's stated end implies (a quarter ending early in a month ends, in
        # whole months, with the month before)
        ("Profit fell in the second quarter ended August 1.", FiscalCalendar(2)),
        ("Sales rose in its first quarter that ended May 22.", FiscalCalendar(3)),
        ("Net income in the third quarter ended September 30 rose.", FiscalCalendar(1)),
        ("The fiscal year ended June 30 was a record.", FiscalCalendar(7)),
    ],
)
def test_periods_fiscal_calendar_from_a_stated_end(text, expected):
    assert fiscal_calendar(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported quarter's end, written without its ordinal, dates the fiscal ordinal named elsewhere
        (
            "Fiscal second-quarter profit at Tamsin Software rose 9 percent. Revenue in the quarter ended "
            "January 31 was $2 billion.",
            FiscalCalendar(8),
        ),
        (
            "Kestrel Games swung to a loss in its fiscal fourth quarter. It earned 3 cents a share for the "
            "quarter that ended on March 31.",
            FiscalCalendar(4),
        ),
        (
            "Orders rose 12 percent in the quarter ended Nov. 25, Brindle Networks said, as its fiscal first "
            "quarter beat forecasts.",
            FiscalCalendar(9),
        ),
        # without a fiscal ordinal the bare end dates nothing, and an ordinal without an end stays calendar
        ("Revenue in the quarter ended January 31 was $2 billion.", CALENDAR_YEAR),
        ("Fiscal third-quarter profit rose 8 percent.", CALENDAR_YEAR),
    ],
)
def test_periods_fiscal_calendar_from_the_reported_quarter(text, expected):
    assert fiscal_calendar(text) == expected


def test_periods_retail_fiscal_year_is_named_after_its_first_year():
    fiscal = FiscalCalendar(2)
    assert fiscal.year_bounds(2008) == (D(2008, 2, 1), D(2009, 1, 31))
    assert fiscal.year_containing(D(2008, 8, 27)) == 2008
    assert FiscalCalendar(10).year_bounds(2007) == (D(2006, 10, 1), D(2007, 9, 30))


@pytest.mark.parametrize(
    ("text", "back", "role"),
    [
        # phrases dated relative to the story's period: a year back, or the period itself
        ("Net income was $9 million a year earlier.", 12, "period"),
        ("Revenue rose to 6 billion yen from 5 billion yen in the year-ago quarter.", 12, "period"),
        ("Unit sales grew compared with the year-ago quarter.", 12, "comparison"),
        ("Sales fell 3 percent compared with the same period last year.", 12, "comparison"),
        ("Margins widened from the same quarter.", 12, "comparison"),
        ("It added 2 million users in the same period.", 0, "period"),
        ("Profit for the six-month period rose.", 0, "period"),
        ("Costs in the quarter jumped.", 0, "period"),
    ],
)
def test_periods_relative_to_the_story(text, back, role):
    [mention] = find_periods(text, published=PUBLISHED)
    assert (mention.back, mention.role) == (back, role)


def test_periods_story_period_alone_is_the_last_completed_quarter():
    [mention] = find_periods("Quarterly profit rose.", published=D(2019, 8, 27), fiscal=FiscalCalendar(2))
    assert (mention.period.start, mention.period.end) == (D(2019, 5, 1), D(2019, 7, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at the end of" a period dates a stock: the as-of role, read at the period's end
        ("The bank had 4,100 branches at the end of 2016.", "as_of"),
        ("Its workforce was 900 at the end of the year 2016.", "as_of"),
        ("Stores numbered 120 as of June 30.", "as_of"),
        ("The insurer counted 3 million members at September 30.", "as_of"),
        # a bare month, whose rule reads its own "of"
        ("Deposits reached $9 billion at the end of March.", "as_of"),
        ("Its debt stood at 2 billion euros at the end of May.", "as_of"),
        ("The fund held 40 percent in bonds at the end of February.", "as_of"),
    ],
)
def test_periods_at_the_end_of_is_as_of(text, expected):
    [mention] = find_periods(text, published=PUBLISHED)
    assert mention.role == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a plan or estimate of a quarter that ended weeks ago is of that quarter, not of next year's
        (
            "It expects to report first-quarter earnings of 80 cents a share.",
            D(2019, 4, 16),
            (D(2019, 1, 1), D(2019, 3, 31)),
        ),
        (
            "The group will publish fourth-quarter results next month.",
            D(2019, 1, 20),
            (D(2018, 10, 1), D(2018, 12, 31)),
        ),
        ("Analysts expect second-quarter sales to rise.", D(2019, 4, 16), (D(2019, 4, 1), D(2019, 6, 30))),
    ],
)
def test_periods_future_quarter_allows_the_one_just_ended(text, published, expected):
    mention, *_ = find_periods(text, published=published, future=True)  # "next month" is a period of its own
    assert (mention.period.start, mention.period.end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare month naming the month of the data ("June sales") is that month; "may" the verb is not
        ("Tarvel Motors said its June sales fell 3 percent.", [(D(2017, 6, 1), D(2017, 6, 30), "period")]),
        ("The March exports figure beat forecasts.", [(D(2017, 3, 1), D(2017, 3, 31), "period")]),
        ("Sales may slow, the retailer said.", []),
    ],
)
def test_periods_month_of_the_data(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the retail holiday season: the Friday after Thanksgiving through December 24 of the year named,
        # else of the latest season begun by September
        ("Toy sales rose 5 percent in holiday shopping.", D(2014, 12, 27), (D(2014, 11, 28), D(2014, 12, 24))),
        ("Spending in the 2019 holiday shopping season was weak.", D(2020, 3, 2), (D(2019, 11, 29), D(2019, 12, 24))),
        ("Its holiday sales disappointed investors.", D(2016, 1, 12), (D(2015, 11, 27), D(2015, 12, 24))),
        ("Gains beat last year's holiday season.", D(2012, 12, 30), (D(2011, 11, 25), D(2011, 12, 24))),
    ],
)
def test_periods_holiday_season(text, published, expected):
    assert [(start, end) for start, end, _ in periods(text, published=published)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" an event: from the start of the year it is dated by, else a label with null dates
        ("The film has earned $90 million since its release.", [(None, None, "to_date")]),
        ("Its shares have lost half their value since the flotation.", [(None, None, "to_date")]),
        ("The group has shed 900 jobs since the downturn last year.", [(D(2016, 1, 1), PUBLISHED, "to_date")]),
        ("Volumes doubled since its launch in 2015.", [(D(2015, 1, 1), PUBLISHED, "to_date")]),
        # after a superlative it is a window, not a period
        ("It was the deepest slide since the crisis.", []),
        ("Sales rose for the first time since its debut.", []),
    ],
)
def test_periods_since_an_event(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a vague part of a year keeps a label with null dates
        ("The plant shut late last year.", "late 2016"),
        ("Deliveries start in early 2019.", "early 2019"),
        ("Talks should end by mid-2018.", "mid-2018"),
        ("The brand was sold in late 2015.", "late 2015"),
    ],
)
def test_periods_part_of_a_year_is_a_label(text, label):
    [mention] = find_periods(text, published=PUBLISHED)
    assert (mention.period.start, mention.period.end, mention.period.label) == (None, None, label)


@pytest.mark.parametrize(
    "text",
    [
        "Tamsin Foods expects current-quarter profit of 18 to 26 cents a share.",
        "Kestrel said its current-quarter sales would fall short of forecasts.",
        "Brindle warned that margins in its current quarter would shrink.",
    ],
)
def test_periods_current_quarter_also_as_an_adjective(text):
    [mention] = find_periods(text, published=D(2013, 10, 16))
    assert (mention.period.start, mention.period.end) == (D(2013, 10, 1), D(2013, 12, 31))
