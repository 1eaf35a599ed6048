"""Spans a phrase states to the day ("the four weeks ended March 1", "the 13 weeks to May 3"), as against
periods in whole calendar months ("February", "the second quarter"). A retailer's monthly sales and a data
service's weekly tallies are counted over such spans; a story headed "February sales" still reports the four
weeks the body states, and the year-ago side of "from $601 million a year ago" is the same four weeks a year back.
Used by `attachment._as_story`, which otherwise lets a phrase of about the story's period take the story's dates."""

from __future__ import annotations

import datetime as dt

from extractor.models import Period


def stated_span(period: Period | None) -> bool:
    """The period starts or ends inside a calendar month: its days were stated, not its months."""
    if period is None or period.start is None or period.end is None:
        return False
    return period.start.day != 1 or (period.end + dt.timedelta(days=1)).day != 1
