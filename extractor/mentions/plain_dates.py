"""Whole dates in their common written shapes ("March 3 2016", "Dec. 7, 2007", "27th of October 2023"),
read without dateparser, which is slow to load and to run.

Only a real day of the month, a month name in lower or title case, no ordinal suffix or the day's own
("3rd", not "3th"), and a year of 1900-2099 are read here: for each of these dateparser (as
`period_phrases` configures it) gives the same date, checked over every month name, day, suffix and
shape. Anything else is None, and the caller asks dateparser.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping

_PLAIN_DAY = re.compile(
    r"(?:(?P<month>[A-Za-z]+)\.? (?P<day>\d{1,2})(?P<suffix>st|nd|rd|th)?,?"
    r"|(?P<day2>\d{1,2})(?P<suffix2>st|nd|rd|th)? (?:of )?(?P<month2>[A-Za-z]+)\.?,?) (?P<year>(?:19|20)\d\d)"
)


def plain_day(text: str, month_names: Mapping[str, int]) -> dt.date | None:
    """The date `text` writes in one of the plain shapes, else None."""
    match = _PLAIN_DAY.fullmatch(text)
    if match is None:
        return None
    name = match.group("month") or match.group("month2")
    day, suffix = int(match.group("day") or match.group("day2")), match.group("suffix") or match.group("suffix2")
    number, year = month_names.get(name.lower()), int(match.group("year"))
    if number is None or name not in (name.lower(), name.capitalize()) or suffix not in (None, _ordinal_suffix(day)):
        return None
    if not 1 <= day <= calendar.monthrange(year, number)[1]:
        return None
    return dt.date(year, number, day)


def _ordinal_suffix(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
