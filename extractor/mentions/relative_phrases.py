"""Period phrases read relative to the publication date or to the story's period: "this year", "last
month", "a year earlier", "the quarter", "the previous quarter", weekdays, "last week", "today".

Each resolver gets a rule's match groups, the phrase as written and the context (publication date, tense,
fiscal calendar) and returns what the phrase stands for; the rules themselves are in `period_phrases`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from extractor.mentions.calendars import CALENDAR, FiscalCalendar, day, last_completed, quarter, unresolved, year
from extractor.mentions.calendars import month as month_of
from extractor.models import Period

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


@dataclass(frozen=True)
class PhraseContext:
    published: dt.date | None
    future: bool
    fiscal: FiscalCalendar
    report: Period | None = None  # the quarter, half or year the story reports on, when known


@dataclass(frozen=True)
class Resolved:
    """What a rule's match stands for."""

    period: Period
    role: str = "period"
    point: bool = False
    back: int | None = None


Resolver = Callable[[tuple, str, PhraseContext], "Resolved | None"]


def relative_year(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "this year", "last year", "next fiscal year", "for the full year", "annual"."""
    lower = " ".join(text.lower().split())
    if ctx.published is None or (lower.startswith("for the fiscal") and ctx.fiscal.start_month == 1):
        return Resolved(unresolved(lower))  # "for the fiscal year" of a calendar the text never states
    which = (g[0] or "").lower()
    if ctx.fiscal.implied and not re.search(r"\b(?:fiscal|financial|business|full|whole|for\s+the|annual)\b", lower):
        ctx = replace(ctx, fiscal=CALENDAR)  # "last year's purchase": a calendar year, as the text dates no other
    base = ctx.fiscal.year_containing(ctx.published)
    if any(w in which for w in ("last", "previous", "prior")) or "just ended" in lower:
        return Resolved(year(base - 1, ctx.fiscal))
    if "next" in which:
        return Resolved(year(base + 1, ctx.fiscal))
    if lower == "annual" or any(w in lower for w in ("full", "whole", "for the")):
        if not ctx.future and lower != "annual" and ctx.report is not None and ctx.report.end is not None:
            # a results story's full year is the one its quarter or half belongs to: guidance restated in the past
            # tense in a first-quarter report, or a cover bought "for the full year" told in a third-quarter one
            return Resolved(year(ctx.fiscal.year_containing(ctx.report.end), ctx.fiscal))
        # Past-tense annual results are those of the last completed year, unless the year is nearly over.
        months_in = (ctx.published.month - ctx.fiscal.start_month) % 12
        if not ctx.future and months_in < 11:
            return Resolved(year(base - 1, ctx.fiscal))
    return Resolved(year(base, ctx.fiscal))


def year_ago(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "a year earlier", "the year-ago quarter", "the same period last year": the story's period a year
    back. "The same period" alone is the period just named (a year back after "compared with")."""
    same_as_named = re.search(r"\b(?:year|ago|earlier|before)\b", text, re.I) is None
    return Resolved(unresolved(text), back=0 if same_as_named else 12)


def earlier_this_year(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "earlier this year", "earlier in 2016": from January to the publication date; its mirror "later this
    year", "later in the year": from the publication date to December 31 (like "by the end of the year")."""
    p, later = ctx.published, g[0].lower() == "later"
    y = int(g[1]) if g[1] else p.year if p else None
    if p is None or y is None or y != p.year:
        return Resolved(year(y) if y else unresolved(text))
    if later:
        return Resolved(Period(start=p, end=dt.date(y, 12, 31), label=f"later in {y}"))
    return Resolved(Period(start=dt.date(y, 1, 1), end=p, label=f"earlier in {y}"))


def story_period(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "the quarter", "the six-month period", "quarterly", "the month": the period the story reports on; by
    itself, the last quarter, half or month completed before publication."""
    lower = text.lower()
    months = 6 if re.search(r"six|\b6\b|half", lower) else 3 if re.search(r"quarter|three|\b3\b", lower) else None
    if lower.endswith("month") and ctx.published is not None:
        index = ctx.published.year * 12 + ctx.published.month - 2
        return Resolved(month_of(index // 12, index % 12 + 1), back=0)
    if months is None or ctx.published is None:
        return Resolved(unresolved(text), back=0)
    return Resolved(last_completed(ctx.published, months, ctx.fiscal), back=0)


def relative_quarter(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    p = ctx.published
    if p is None:
        return Resolved(unresolved(text.lower()))
    which = g[0].lower()
    offset = -1 if any(w in which for w in ("last", "previous", "prior", "preceding")) else 1 if "next" in which else 0
    index = p.year * 4 + (p.month - 1) // 3 + offset
    return Resolved(quarter(index // 4, index % 4 + 1), back=3 if offset < 0 else None)


def weekday(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    p = ctx.published
    if p is None:
        return Resolved(unresolved(g[0].capitalize()), point=True)
    target = WEEKDAYS[g[0].lower()]
    if ctx.future:
        date = p + dt.timedelta(days=(target - p.weekday()) % 7)
    else:
        date = p - dt.timedelta(days=(p.weekday() - target) % 7)
    return Resolved(day(date, g[0].capitalize()), point=True)


def week(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "last week" is Monday to Sunday of the week before publication (FACTS.md)."""
    if ctx.published is None:
        return Resolved(unresolved(text.lower()))
    monday = ctx.published - dt.timedelta(days=ctx.published.weekday())
    monday += dt.timedelta(weeks={"last": -1, "this": 0, "next": 1}[g[0].lower()])
    return Resolved(Period(start=monday, end=monday + dt.timedelta(days=6), label=text.lower()))


def today(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    if ctx.published is None:
        return Resolved(unresolved(g[0].lower()), point=True)
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[g[0].lower()]
    return Resolved(day(ctx.published + dt.timedelta(days=shift), g[0].lower()), point=True)


def relative_month(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "last month" is the calendar month before publication, "this month" and "next month" the month of
    publication and the one after, "earlier (later) this month" its part before (after) publication. "The
    previous month", "the prior month", "a month earlier" are the month before the period they follow ("rose
    in July after falling in the prior month": June), resolved in `attachment` (back 1)."""
    which = g[0].lower()
    if which not in ("last", "this", "next", "earlier", "later"):
        return Resolved(unresolved(" ".join(text.lower().split())), back=1)
    if ctx.published is None:
        return Resolved(unresolved(text.lower()))
    if which in ("earlier", "later"):  # "earlier this month": from the month's start to publication
        whole = month_of(ctx.published.year, ctx.published.month)
        start, end = (whole.start, ctx.published) if which == "earlier" else (ctx.published, whole.end)
        return Resolved(Period(start=start, end=end, label=f"{which} in {whole.label}"))
    index = ctx.published.year * 12 + ctx.published.month - 1 + {"last": -1, "this": 0, "next": 1}[which]
    return Resolved(month_of(index // 12, index % 12 + 1))
