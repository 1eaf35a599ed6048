"""An event is dated on the calendar: "plans to launch foldable laptops next year" or "introduced a policy
last year" in a story whose company reports by a fiscal year is the next or last calendar year, as the gold of
the dev set and set 3 dates such events. A fiscal year the text names ("in fiscal 2016") stays fiscal: reported
figures keep the story's fiscal calendar, events happen on a date."""

from __future__ import annotations

import datetime as dt
import re

from extractor.mentions.calendars import year
from extractor.mentions.periods import PeriodMention
from extractor.models import Period

RELATIVE_YEAR = re.compile(r"\b(last|previous|this|current|next|coming)\s+year\b", re.IGNORECASE)
OFFSETS = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}


def calendar_year(period: Period | None, mentions: list[PeriodMention], published: dt.date | None) -> Period | None:
    """The calendar year a relative year phrase names, where the story's fiscal calendar read it as a fiscal
    year; any other period unchanged."""
    if period is None or published is None or not period.label.startswith("FY"):
        return period
    written = next((m.text for m in mentions if m.period == period and m.text), "")
    relative = RELATIVE_YEAR.search(written)
    if relative is None or "fiscal" in written.lower():
        return period
    return year(published.year + OFFSETS[relative.group(1).lower()])
