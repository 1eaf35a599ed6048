"""Plain written dates read without dateparser, and the same date as dateparser gives."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.mentions.phrase_parts import MONTH_NAMES, _day_parser
from extractor.mentions.plain_dates import plain_day


def _dateparser(text: str) -> dt.date | None:
    parsed = _day_parser().get_date_data(text)["date_obj"]
    return parsed.date() if parsed else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3 2016", dt.date(2016, 3, 3)),
        ("Sept. 30, 2015", dt.date(2015, 9, 30)),
        ("21st of october 2009", dt.date(2009, 10, 21)),
        ("29 Feb 2016", dt.date(2016, 2, 29)),  # a leap day
        ("May 12th, 1998", dt.date(1998, 5, 12)),
    ],
)
def test_plain_shapes_read_as_dateparser_reads_them(text: str, expected: dt.date) -> None:
    assert plain_day(text, MONTH_NAMES) == expected
    assert _dateparser(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "February 30 2016",  # no such day: dateparser decides
        "29 Feb 2015",  # not a leap year
        "March 3th 2016",  # a suffix that is not the day's own
        "MARCH 3 2016",  # upper case
        "Smarch 3 2016",  # no month
        "March 3 2150",  # a year outside 1900-2099
        "March  3 2016",  # two spaces: not a phrase as the period rules write it
    ],
)
def test_other_shapes_are_left_to_dateparser(text: str) -> None:
    assert plain_day(text, MONTH_NAMES) is None
