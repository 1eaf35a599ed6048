"""The running month or year of a market move: "shares are down 12 percent for the year", "the index has climbed 6
percent for the year so far", "the Dow has risen 5 percent for the month", "fell 9 percent this month" run from the
first day of the publication's year (month) to the publication day, as "this year" for a share move does (FACTS.md)
and as `market_weeks` reads "for the week". Only actual price moves read these: the same phrases on a result ("profit
for the year") or a forecast keep the whole period their rule resolves."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from extractor.mentions.periods import PeriodMention
from extractor.models import Period

# the phrase as the period rules match it: "for the year", "the month" (of "for the month", "ended the month"),
# "this month", "this year"; not "the first five months of this year" nor "the year before"
RUNNING = re.compile(r"(?:for\s+the|on\s+the|the|(?:so\s+far\s+)?this)\s+(year|month)", re.I)


def running_to_date(m: PeriodMention, published: dt.date | None) -> PeriodMention:
    """The move's month or year so far for a phrase naming the running one; other phrases unchanged."""
    match = RUNNING.fullmatch(" ".join(m.text.split()))
    if match is None or published is None or m.point or m.role == "comparison" or m.back not in (None, 0):
        return m
    if match.group(1).lower() == "year":
        start, label = dt.date(published.year, 1, 1), f"{published.year} to date"
    else:
        start = published.replace(day=1)
        label = f"{calendar.month_name[published.month]} {published.year} to date"
    return PeriodMention(m.start, m.end, Period(start=start, end=published, label=label), "to_date", False, m.text)
