"""Calendar arithmetic for periods: fiscal calendars, quarters, halves, years, months, days and shifts."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from extractor.models import Period


@dataclass(frozen=True)
class FiscalCalendar:
    """The fiscal year a document names: the month its year starts in."""

    start_month: int  # 1 = calendar year
    # implied only by a quarter or half named both by ordinal and by months ("Q3 ... October-December"): that dates
    # the company's quarters, halves and results years, not a plain "last year" or "this year"
    implied: bool = False

    def year_bounds(self, fiscal_year: int) -> tuple[dt.date, dt.date]:
        """Fiscal year N is named after the calendar year it ends in (FY2016 to September = Oct 2015..Sep
        2016), except a year starting in February or March (retailers'), named after the year it starts in,
        which holds ten or eleven of its months (fiscal 2015 = Feb 2015..Jan 2016)."""
        if self.start_month == 1:
            return dt.date(fiscal_year, 1, 1), dt.date(fiscal_year, 12, 31)
        start_year = fiscal_year if self.start_month in (2, 3) else fiscal_year - 1
        start = dt.date(start_year, self.start_month, 1)
        return start, add_months(start, 12) - dt.timedelta(days=1)

    def year_containing(self, day: dt.date) -> int:
        for candidate in (day.year - 1, day.year, day.year + 1):
            start, end = self.year_bounds(candidate)
            if start <= day <= end:
                return candidate
        return day.year


CALENDAR = FiscalCalendar(1)
REPORTING_LAG = dt.timedelta(days=45)  # results of a quarter are reported, and pre-announced, within weeks


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def shifted(period: Period, months: int) -> Period:
    """The period of the same length `months` earlier ("a year earlier" of Q2 2016 is Q2 2015)."""
    if period.start is None or period.end is None or months == 0:
        return period
    start = add_months(period.start, -months)
    end = add_months(period.end + dt.timedelta(days=1), -months) - dt.timedelta(days=1)
    label = f"{period.label} ({months // 12} year earlier)" if months % 12 == 0 else f"{period.label} - {months} months"
    return Period(start=start, end=end, label=label)


def quarter(year: int, number: int, fiscal: FiscalCalendar = CALENDAR) -> Period:
    start = add_months(fiscal.year_bounds(year)[0], 3 * (number - 1))
    end = add_months(start, 3) - dt.timedelta(days=1)
    label = f"Q{number} {year}" if fiscal.start_month == 1 else f"fiscal Q{number} {year}"
    return Period(start=start, end=end, label=label)


def half(year: int, number: int, fiscal: FiscalCalendar = CALENDAR) -> Period:
    start = add_months(fiscal.year_bounds(year)[0], 6 * (number - 1))
    end = add_months(start, 6) - dt.timedelta(days=1)
    label = f"H{number} {year}" if fiscal.start_month == 1 else f"fiscal H{number} {year}"
    return Period(start=start, end=end, label=label)


def year(number: int, fiscal: FiscalCalendar = CALENDAR) -> Period:
    start, end = fiscal.year_bounds(number)
    label = str(number) if fiscal.start_month == 1 else f"FY{number}"
    return Period(start=start, end=end, label=label)


def month(year_: int, number: int) -> Period:
    return Period(
        start=dt.date(year_, number, 1), end=month_end(year_, number), label=f"{calendar.month_name[number]} {year_}"
    )


def day(date: dt.date, label: str | None = None) -> Period:
    return Period(start=date, end=date, label=label or date.isoformat())


def holiday_season(year_: int) -> Period:
    """The US retail holiday season: the Friday after Thanksgiving (the fourth Thursday of November)
    through December 24, the span retail data services report holiday sales for."""
    first_thursday = 1 + (calendar.THURSDAY - dt.date(year_, 11, 1).weekday()) % 7
    start = dt.date(year_, 11, first_thursday + 22)
    return Period(start=start, end=dt.date(year_, 12, 24), label=f"{year_}{SEASON_SUFFIX}")


SEASON_SUFFIX = " holiday season"


def is_season(period: Period) -> bool:
    """A selling season is reported on like a quarter although it is a month long."""
    return (period.label or "").endswith(SEASON_SUFFIX)


def unresolved(label: str) -> Period:
    return Period(label=" ".join(label.split()))


def ending(end: dt.date, months: int, label: str) -> Period:
    """The `months` up to and including `end` ("the quarter ended April 28": Jan 29..Apr 28). A span
    that ends on a month's last day runs over whole months; any other span starts the day after the
    same day `months` earlier, so "the quarter ended July 30" starts May 1, not April 30 (counting
    back from July 31 would clamp to April's last day)."""
    if end.day == calendar.monthrange(end.year, end.month)[1]:
        start = add_months(end + dt.timedelta(days=1), -months)
    else:
        start = add_months(end, -months) + dt.timedelta(days=1)
    return Period(start=start, end=end, label=label)


def nearest(published: dt.date, number: int, *, size: int, future: bool, fiscal: FiscalCalendar) -> int:
    """The year of part `number` (quarter size 3, half 6) nearest the publication date:
    in past-tense text the latest one that has started, in future-tense text the first not over more than
    REPORTING_LAG before publication ("expects to report first-quarter earnings of ..." in April: the
    quarter just ended, not one a year away)."""
    fy = fiscal.year_containing(published)
    for candidate in (fy - 1, fy, fy + 1) if future else (fy + 1, fy, fy - 1):
        start = add_months(fiscal.year_bounds(candidate)[0], size * (number - 1))
        end = add_months(start, size) - dt.timedelta(days=1)
        if future and end >= published - REPORTING_LAG:
            return candidate
        if not future and start <= published:
            return candidate
    return fy


def month_year(published: dt.date, number: int, *, future: bool) -> int:
    if future:
        return published.year if number >= published.month else published.year + 1
    return published.year if number <= published.month else published.year - 1


def last_completed(published: dt.date, months: int, fiscal: FiscalCalendar = CALENDAR) -> Period:
    """The last quarter (months 3) or half (6) of the fiscal year that ended before the publication date."""
    start = fiscal.year_bounds(fiscal.year_containing(published))[0]
    while add_months(start, months) <= published:
        start = add_months(start, months)
    start = add_months(start, -months)
    end = add_months(start, months) - dt.timedelta(days=1)
    number = ((start.month - fiscal.start_month) % 12) // months + 1
    name = "Q" if months == 3 else "H"
    fiscal_year = fiscal.year_containing(start)
    label = f"{name}{number} {fiscal_year}" if fiscal.start_month == 1 else f"fiscal {name}{number} {fiscal_year}"
    return Period(start=start, end=end, label=label)
