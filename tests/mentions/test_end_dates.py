"""The end of a month or year as a deadline or a stock's date: the wire's short form "end-June" / "end-2013" reads
as "the end of June" / "the end of 2013" (`period_phrases._end_short`, the `by` rule), and a "by" date already gone,
in the past reading, is the date a stock or running total stood at (`span_phrases.by_date`). Sentences written
for these tests."""

import datetime as dt

import pytest

from tests.mentions.period_spans import found_spans

D = dt.date
PUBLISHED = D(2017, 7, 7)


def periods(text: str, *, future: bool) -> list[tuple]:
    return found_spans(text, PUBLISHED, future=future, extra="role")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Work on the Larch Street bridge should be finished by end-2018.", [(PUBLISHED, D(2018, 12, 31), "by")]),
        ("Lenders must raise the capital by end-September.", [(PUBLISHED, D(2017, 9, 30), "by")]),
        ("Brokers see the peso at 19.4 per dollar at end-December.", [(D(2017, 12, 1), D(2017, 12, 31), "as_of")]),
        ("Their target is 118 yen at end-March 2018.", [(D(2018, 3, 1), D(2018, 3, 31), "as_of")]),
    ],
)
def test_the_short_end_of_a_month_or_year_ahead(text, expected):
    assert periods(text, future=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund held 3.1 billion euros at end-2016.", [(D(2016, 1, 1), D(2016, 12, 31), "as_of")]),
        ("Its net debt stood at 812 million pounds at end-March.", [(D(2017, 3, 1), D(2017, 3, 31), "as_of")]),
        ("Deposits had risen to 4 billion francs by end-May.", [(D(2017, 5, 31), D(2017, 5, 31), "as_of")]),
    ],
)
def test_the_short_end_of_a_month_or_year_gone(text, expected):
    assert periods(text, future=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # read as the past: the date already gone is the point the figure was counted at
        ("Some 380 homes had been linked to the grid by the end of June.", [(D(2017, 6, 30), D(2017, 6, 30), "as_of")]),
        (
            "Its subscriber base had tripled to 9 million by the end of March.",
            [(D(2017, 3, 31), D(2017, 3, 31), "as_of")],
        ),
        ("By the end of 2014, some 2,000 workers had left the group.", [(D(2014, 12, 31), D(2014, 12, 31), "as_of")]),
        # a date still ahead stays a deadline
        ("Lenders said they had to comply by the end of the year.", [(PUBLISHED, D(2017, 12, 31), "by")]),
    ],
)
def test_a_past_by_date_is_a_stock_date(text, expected):
    assert [p for p in periods(text, future=False) if p[2] in ("by", "as_of")] == expected


def test_a_by_date_ahead_in_the_future_reading_stays_a_deadline():
    assert periods("The carrier will cut 600 jobs by the end of March.", future=True) == [
        (PUBLISHED, D(2018, 3, 31), "by")
    ]
