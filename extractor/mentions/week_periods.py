"""Spans of whole weeks up to a stated day, as weekly data releases date their figures: "in the week ended
January 5", "the week ending Dec. 12", "the four weeks to March 28", "the five weeks ended July 5". Checked
before the general rules (periods.py), so that the day is not read as a point of its own: the figure is a
flow or a reading over the week, not the day's."""

from __future__ import annotations

import datetime as dt
import re

from extractor.mentions.calendars import month_year, unresolved
from extractor.mentions.period_phrases import (
    COUNT,
    MONTH,
    MONTH_NAMES,
    YEAR,
    PhraseContext,
    Resolved,
    Resolver,
)
from extractor.mentions.phrase_parts import count_value
from extractor.models import Period

# a retailer's quarter ("the 13 weeks ended May 4") and a market researcher's period ("the 12 weeks to April 21")
# count whole weeks back from the stated day, as the few-week spans do; past a year a count of weeks is no period
MAX_WEEKS = 53


def _weeks(count: str | None) -> int:
    return count_value(count) if count else 1


def _week_span(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    """N weeks up to and including the stated day; its year is the latest one that day has passed in (a
    span that "ended" lies behind)."""
    count, month_name, day_text, year_text = g
    weeks = _weeks(count)
    if not 1 <= weeks <= MAX_WEEKS:
        return None
    number = MONTH_NAMES[month_name.lower()]
    if year_text:
        year = int(year_text)
    elif ctx.published is None:
        return Resolved(unresolved(text))
    else:
        year = month_year(ctx.published, number, future=_ahead(text, ctx))
    end = dt.date(year, number, int(day_text))
    if not year_text and ctx.published is not None and end > ctx.published and not _ahead(text, ctx):
        end = end.replace(year=year - 1)  # "in the week ended March 20" in a story of March 11: last year's
    start = end - dt.timedelta(days=7 * weeks - 1)
    return Resolved(Period(start=start, end=end, label=re.sub(r"^the\s+", "", text, flags=re.I)))


def _ahead(text: str, ctx: PhraseContext) -> bool:
    """A span that "ended" lies behind, whatever the sentence's tense."""
    return ctx.future and re.search(r"\bended\b", text, re.I) is None


WEEK_RULES: list[tuple[str, re.Pattern[str], Resolver]] = [
    (
        "week_span",
        re.compile(
            r"\b(?:the\s+)?(?:latest\s+|previous\s+|prior\s+)?(?:" + COUNT + r"[\s-])?weeks?\s+(?:period\s+)?"
            r"(?:that\s+|which\s+)?(?:ended|ending|ends|to|through)\s+(?:on\s+)?"
            + MONTH
            + r"\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+"
            + YEAR
            + r")?",
            re.I,
        ),
        _week_span,
    ),
]
