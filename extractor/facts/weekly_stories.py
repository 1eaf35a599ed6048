"""Which figures of a story on one week's data take that week when they name no period of their own. A weekly
release (mortgage applications, jobless claims) reports on one week, yet its stories also cite other data: "housing
starts fell 12 percent in March", "values sit 20 percent under their 2007 high", a "$4,000 tax credit". A figure in
a sentence that names a longer period (a month, a quarter, a year) is about that data, not the week's; a currency
amount is a price, a payment or a credit, never a weekly release's reading (its rates, indexes and counts are
percentages, points and numbers). Used by `assembly` after `default_periods.default_period`."""

from __future__ import annotations

from extractor.facts.measure_phrases import is_money
from extractor.mentions.periods import PeriodMention
from extractor.models import Period, Quantity

WEEK_DAYS = 7  # a story period this long or shorter is a week's release


def week_for_figure(
    period: Period | None, story_period: Period | None, periods: list[PeriodMention], quantity: Quantity
) -> Period | None:
    """The period a figure keeps: the story's week only for a reading the week's release could hold."""
    if period is None or period != story_period or not _is_one_week(story_period):
        return period
    if is_money(quantity) or any(_longer_than_a_week(m.period) for m in periods):
        return None  # "a $4,000 credit", "starts fell 12 percent in March": no reading of the week
    return period


def _is_one_week(period: Period | None) -> bool:
    return period is not None and _days(period) is not None and 1 < (_days(period) or 0) <= WEEK_DAYS


def _longer_than_a_week(period: Period) -> bool:
    days = _days(period)
    return days is not None and days > WEEK_DAYS


def _days(period: Period) -> int | None:
    if period.start is None or period.end is None:
        return None
    return (period.end - period.start).days + 1
