"""The running month or year of a market move: "shares are down 12 percent for the year", "the index has climbed 6
percent for the year so far", "the Dow has risen 5 percent for the month", "fell 9 percent this month" run from the
first day of the publication's year (month) to the publication day, as "this year" for a share move does (FACTS.md)
and as `market_weeks` reads "for the week". Only actual price moves read these: the same phrases on a result ("profit
for the year") or a forecast keep the whole period their rule resolves.

A wrap written in the first days of a month or year ("the gauge added 3 percent for the month" on June 2, "lost 8
percent for the year" on January 3) reports on the period that has just ended, not on one or two days of the new
one: there "the month" and "the year" keep the rule's reading, the period just gone. "This month" and "so far this
year" always run to date."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from extractor.facts.point_dates import verb_bounded_year
from extractor.mentions.periods import PeriodMention
from extractor.models import Period

# the phrase as the period rules match it: "for the year", "the month" (of "for the month", "ended the month"),
# "this month", "this year"; not "the first five months of this year" nor "the year before"
RUNNING = re.compile(r"(?:for\s+the|on\s+the|the|((?:so\s+far\s+)?this))\s+(year|month)", re.I)
# a month's or year's closing wrap is dated the next working day: one or two days on, three over a weekend
JUST_STARTED_DAYS = 3


def running_to_date(m: PeriodMention, published: dt.date | None) -> PeriodMention:
    """The move's month or year so far for a phrase naming the running one; other phrases unchanged."""
    match = RUNNING.fullmatch(" ".join(m.text.split()))
    if match is None or published is None or m.point or m.role == "comparison" or m.back not in (None, 0):
        return m
    if not match.group(1) and _just_started(match.group(2).lower(), published):
        return m  # "for the month" on June 2: May, as the rule reads it
    if _year_gone(m, published):
        return m  # "finished the year up 23 percent" in April: the year gone, as `bounded_years` reads it
    if match.group(2).lower() == "year":
        start, label = dt.date(published.year, 1, 1), f"{published.year} to date"
    else:
        start = published.replace(day=1)
        label = f"{calendar.month_name[published.month]} {published.year} to date"
    return PeriodMention(m.start, m.end, Period(start=start, end=published, label=label), "to_date", False, m.text)


def _year_gone(m: PeriodMention, published: dt.date) -> bool:
    """A bare "the year" (the object of a verb that ends it) read as a year over by publication."""
    return verb_bounded_year(m) and m.period.end is not None and m.period.end < published


def _just_started(unit: str, published: dt.date) -> bool:
    """The publication day falls in the first days of the month (or of the year, for "the year")."""
    return published.day <= JUST_STARTED_DAYS and (unit == "month" or published.month == 1)
