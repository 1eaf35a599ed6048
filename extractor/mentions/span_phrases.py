"""Resolvers of the phrases that name a span of time by its ends or its length: "by March", "the next 12
months", "year to date", "since January", "the six months to November", "the year that started in April",
"the first nine months", "January through March", "2020-2035", "from May 6 until August 2". Their regexes are
in `period_phrases.RULES`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from extractor.mentions.calendars import add_months, ending, month_end, month_year, unresolved
from extractor.mentions.phrase_parts import MONTH_NAMES, _parse_day, _year_from, count_value
from extractor.mentions.relative_phrases import PhraseContext, Resolved
from extractor.models import Period


def by_date(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "by March 3, 2016", "by the end of June", "by 2018", "by the end of next year"; "by 2010 or 2011" reaches
    the end of the later year."""
    month_name, day_text, year_text, bare_year, later_year, relative = g[:6]
    p, end = ctx.published, None
    if bare_year:
        end = dt.date(max(int(bare_year), int(later_year or 0)), 12, 31)
    elif relative and p is not None:
        end = dt.date(p.year + (1 if relative.lower() == "next" else 0), 12, 31)
    elif month_name and (year_text or p is not None):
        number = MONTH_NAMES[month_name.lower()]
        year_ = int(year_text) if year_text else month_year(p, number, future=ctx.future)
        end = _parse_day(f"{month_name} {day_text} {year_}") if day_text else month_end(year_, number)
    if end is None:
        return Resolved(unresolved(text), "by")
    if not ctx.future and p is not None and end < p:
        # read as the past ("by the end of March the chain had 412 outlets", "by end-2010 it had
        # cut 900 jobs"): a date already gone is the point the stock or running total was measured at
        return Resolved(Period(start=end, end=end, label=text.rstrip(".")), "as_of")
    return Resolved(Period(start=p if p and p <= end else None, end=end, label=text.rstrip(".")), "by")


def next_n(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "the next 12 months" runs from publication; its mirror "the past 12 months" up to it."""
    if g[3]:  # "over the past year": the 12 months up to publication, unlike "last year"
        g = (g[3], "1", "years")
    p, n, unit = ctx.published, count_value(g[1]), " ".join(g[2].lower().split())
    label = f"{g[0].lower()} {n} {unit}"
    if p is None:
        return Resolved(unresolved(label))
    ahead = g[0].lower() in ("next", "coming")
    if "session" in unit or "trading" in unit:  # trading days: no calendar to count them back on
        return Resolved(unresolved(label), "to_date" if not ahead else "period")
    if unit == "days":
        delta = dt.timedelta(days=n)
        start, end = (p, p + delta - dt.timedelta(days=1)) if ahead else (p - delta + dt.timedelta(days=1), p)
    elif unit == "weeks":
        delta = dt.timedelta(weeks=n)
        start, end = (p, p + delta - dt.timedelta(days=1)) if ahead else (p - delta + dt.timedelta(days=1), p)
    else:
        months = {"months": n, "years": 12 * n, "quarters": 3 * n}[unit]
        if ahead:
            start, end = p, add_months(p, months) - dt.timedelta(days=1)
        else:
            start, end = add_months(p, -months) + dt.timedelta(days=1), p
    return Resolved(Period(start=start, end=end, label=label))


def year_to_date(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    if ctx.published is None:
        return Resolved(unresolved("year to date"), "to_date")
    y = int(g[0]) if g[0] else ctx.published.year
    return Resolved(Period(start=dt.date(y, 1, 1), end=ctx.published, label=f"{y} to date"), "to_date")


def since_month(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    """ "since January", "since the beginning of March 2008": from the month's start (or after its end) to
    publication. After a superlative ("the highest since January") it is a window, not a period."""
    superlative, edge, month_name, year_text, relative = g
    number = MONTH_NAMES[month_name.lower()]
    if superlative or not text.lower().startswith("since") or ctx.published is None:
        return None  # "the best rate since December 2007": a window
    y = int(year_text) if year_text else _year_from(relative, ctx) if relative else None
    y = y if y is not None else month_year(ctx.published, number, future=False)
    start = month_end(y, number) + dt.timedelta(days=1) if (edge or "").lower() == "end" else dt.date(y, number, 1)
    if start > ctx.published:
        return None
    label = f"since {calendar.month_name[number]} {y}"
    return Resolved(Period(start=start, end=ctx.published, label=label), "to_date")


def span_to(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "the six months to November 2015", "the three years to the end of 2016", "the year to next
    January 31", "the fiscal quarter that ended July 29": a span of whole months (or up to the
    stated day) ending at the date named."""
    count, unit, month_name, day_text, year_text, bare_year = g
    unit = "quarter" if "week" in unit.lower() else unit.lower().rstrip("s")  # "thirteen week period": a quarter
    months = {"year": 12, "half": 6, "quarter": 3, "month": 1}.get(unit, 12) * (count_value(count) if count else 1)
    if bare_year:
        end = dt.date(int(bare_year), 12, 31)
    else:
        number = MONTH_NAMES[month_name.lower()]
        if year_text:
            end_year = int(year_text)
        elif ctx.published is None:
            return Resolved(unresolved(text))
        else:
            end_year = month_year(ctx.published, number, future=_ahead(text, ctx))
        end = dt.date(end_year, number, int(day_text)) if day_text else month_end(end_year, number)
    return Resolved(ending(end, months, text))


def _ahead(text: str, ctx: PhraseContext) -> bool:
    """ "the year to next February" lies ahead; a span that "ended" lies behind, whatever the sentence's tense."""
    lower = f" {text.lower()} "
    return " next " in lower or (ctx.future and " ended " not in lower)


def named_fiscal_year(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "the year that started in April", "the fiscal year starting in October 2014"."""
    month_number = MONTH_NAMES[g[0].lower()]
    if g[1]:
        anchor_year = int(g[1])
    elif ctx.published is None:
        return Resolved(unresolved(text))
    else:
        anchor_year = month_year(ctx.published, month_number, future=False)
    start = dt.date(anchor_year, month_number, 1)
    end = add_months(start, 12) - dt.timedelta(days=1)
    return Resolved(Period(start=start, end=end, label=f"fiscal year {start.year}/{str(end.year)[2:]}"))


def first_months(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "the first seven months (of the year | of 2015 | of this year | of last year)": from the start of the
    (fiscal) year."""
    n, year_text, relative = count_value(g[0]), g[1], (g[2] or "").lower()
    if year_text and year_text.isdigit():
        first_day = ctx.fiscal.year_bounds(int(year_text))[0]
    elif ctx.published is None:
        return Resolved(unresolved(text))
    else:
        base = ctx.fiscal.year_containing(ctx.published) - (relative == "last")
        first_day = ctx.fiscal.year_bounds(base)[0]
        if not relative and not ctx.future and add_months(first_day, n) > ctx.published:
            # results "for the first nine months" told in February are last year's: the span must be over
            first_day = ctx.fiscal.year_bounds(base - 1)[0]
    return Resolved(Period(start=first_day, end=add_months(first_day, n) - dt.timedelta(days=1), label=text))


def month_range(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "January through March", "January-June 2016", "from April to September"."""
    first, last = MONTH_NAMES[g[0].lower()], MONTH_NAMES[g[1].lower()]
    if g[2]:
        end_year = int(g[2])
    elif ctx.published is None:
        return Resolved(unresolved(text))
    else:
        end_year = month_year(ctx.published, last, future=ctx.future)
    start_year = end_year if first <= last else end_year - 1
    return Resolved(Period(start=dt.date(start_year, first, 1), end=month_end(end_year, last), label=text))


def year_range(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "between 2020 and 2035", "2020-2035", "from 2014 to 2016"."""
    first, last = int(g[0]), int(g[1])
    if last <= first:
        return None
    return Resolved(Period(start=dt.date(first, 1, 1), end=dt.date(last, 12, 31), label=f"{first}-{last}"))


def day_range(g: tuple, text: str, ctx: PhraseContext, after: str = "") -> Resolved | None:
    """ "from May 6 until August 2", "between October 20 and October 24", "June 1-5": one period with both
    ends. The end's year is the one written, else the nearest in the sentence's tense; the start falls in the same
    year unless its month comes after the end's. "May 6 and August 2" with no "between" names two days, and a
    second number that begins a figure ("on June 1 to 40 cents") is no day: `after` is the text that follows."""
    lead, first_month, first_day, first_year, connector, last_month, last_day, last_year = g
    if not lead and connector.lower() == "and":
        return None
    if not last_year and begins_a_figure(last_day + after):
        return None
    start_number = MONTH_NAMES[first_month.lower()]
    end_number = MONTH_NAMES[(last_month or first_month).lower()]
    if last_year:
        end_year = int(last_year)
    elif first_year:
        end_year = int(first_year) + (end_number < start_number)
    elif ctx.published is None:
        return Resolved(unresolved(text))
    else:
        end_year = month_year(ctx.published, end_number, future=ctx.future)
    start_year = int(first_year) if first_year else end_year - (start_number > end_number)
    start, end = dt.date(start_year, start_number, int(first_day)), dt.date(end_year, end_number, int(last_day))
    return Resolved(Period(start=start, end=end, label=_range_label(text))) if start < end else None


def begins_a_figure(text: str) -> bool:
    """ "24 cents", "12 million tonnes", "7,150 points", "18.40 euros", "9 percent": the quantity layer reads more
    than a bare day at the start of `text` (a unit, a currency, a scale, a decimal or a thousands group)."""
    from extractor.mentions.quantities import find_quantities  # it reads this module's rules: a cycle

    day = re.match(r"\d+", text)
    first = next((q for q in find_quantities(text) if q.start == 0), None)
    return first is not None and (first.quantity.unit is not None or first.quantity.amount != float(day.group(0)))


def _range_label(text: str) -> str:
    """ "between March 2001 and April 2003" is labelled "March 2001 and April 2003"."""
    return re.sub(r"^(?:from|between)\s+", "", text, flags=re.I).rstrip(".")


def month_year_range(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    """ "between March 2001 and April 2003", "from September 1997 until May 1999": from the first month's start to
    the last month's end."""
    first_month, first_year, last_month, last_year = g
    start = dt.date(int(first_year), MONTH_NAMES[first_month.lower()], 1)
    end = month_end(int(last_year), MONTH_NAMES[last_month.lower()])
    return Resolved(Period(start=start, end=end, label=_range_label(text))) if start < end else None
