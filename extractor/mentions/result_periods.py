"""Result periods named by their last month or their length, as results summaries write them: "the September
quarter", "SEPT QUARTER CONSOL NET PROFIT", "nine-month net profit", "9M REVENUE", "HY REVENUE". Checked
before the general rules (periods.py), so that "Sept" is not read as a month of its own."""

from __future__ import annotations

import datetime as dt
import re

from extractor.lexicons import words
from extractor.mentions.calendars import add_months, ending, last_completed, month_end, month_year, unresolved
from extractor.mentions.period_phrases import (
    COUNT,
    MONTH,
    MONTH_NAMES,
    PhraseContext,
    Resolved,
    Resolver,
    alternation,
)
from extractor.mentions.phrase_parts import NUMBER_WORDS
from extractor.models import Period

# "nine-month net profit", "9-MONTH REVENUE": a length before a result noun; "a nine-month search" is a duration
RESULT_AHEAD = r"(?=\s+(?:[a-z]+\s+){0,2}(?:" + alternation(words("headline_measures")) + r"|results|loss)\b)"


def _month_quarter(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "the September quarter", "DEC QUARTER": the three months that end with the named month."""
    number = MONTH_NAMES[g[0].lower()]
    if ctx.published is None:
        return Resolved(unresolved(text))
    year = month_year(ctx.published, number, future=ctx.future)
    return Resolved(ending(month_end(year, number), 3, f"quarter to {g[0].title()} {year}"))


def _months_of_year(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "nine-month net profit", "9M REVENUE": the first N months of the (fiscal) year, the latest completed."""
    n = int(g[1]) if g[1] else int(g[0]) if g[0].isdigit() else NUMBER_WORDS[g[0].lower()]
    if ctx.published is None or not 1 <= n <= 11:
        return Resolved(unresolved(text))
    base = ctx.fiscal.year_containing(ctx.published)
    first_day = ctx.fiscal.year_bounds(base)[0]
    if add_months(first_day, n) > ctx.published and not ctx.future:
        first_day = ctx.fiscal.year_bounds(base - 1)[0]
    end = add_months(first_day, n) - dt.timedelta(days=1)
    return Resolved(Period(start=first_day, end=end, label=f"{n} months to {end:%B %Y}"))


def _half_year(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "HY PROFIT BEFORE TAX": a British results brief's half year, the last half completed before publication."""
    if ctx.published is None:
        return Resolved(unresolved(text))
    return Resolved(last_completed(ctx.published, 6, ctx.fiscal))


def _bare_fiscal_year(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "SEES FY REVENUE UP 5 PCT", "FY PROFIT RMB 2.4 BLN": the fiscal year in progress for guidance; for a
    result the last completed one, unless the year in progress is nearly over (as "for the year")."""
    if ctx.published is None:
        return Resolved(unresolved(text))
    base = ctx.fiscal.year_containing(ctx.published)
    months_in = (ctx.published.month - ctx.fiscal.start_month) % 12
    fiscal_year = base if ctx.future or months_in >= 11 else base - 1
    start, end = ctx.fiscal.year_bounds(fiscal_year)
    return Resolved(Period(start=start, end=end, label=f"FY {fiscal_year}"))


RESULT_RULES: list[tuple[str, re.Pattern[str], Resolver]] = [
    (
        "month_quarter",
        re.compile(r"(?<![-–/])\b(?:the\s+)?" + MONTH + r"[\s-]+(?:quarter|qtr)\b", re.I),
        _month_quarter,
    ),
    (
        "months_of_year",
        re.compile(
            r"\b" + COUNT + r"[\s-]months?" + RESULT_AHEAD + r"|(?<![\w$€£.])(?-i:([1-9])M)" + RESULT_AHEAD, re.I
        ),
        _months_of_year,
    ),
    ("half_year", re.compile(r"(?<![\w$€£.-])(?-i:HY)(?![\w-])"), _half_year),
    ("bare_fiscal_year", re.compile(r"(?<![\w$€£.-])(?-i:FY)(?![\w-])(?!\s*'?\d)"), _bare_fiscal_year),
]
