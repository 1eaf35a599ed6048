"""Periods and points in time, resolved against the publication date.

Quarter, half, month, year, fiscal and relative phrases are read by the rules here;
dateparser reads absolute dates ("July 18, 2008", "March 1") inside candidate spans
only (a period phrase or a spaCy DATE entity), with RELATIVE_BASE set to the
publication date, never as a scan of the whole text. A phrase that cannot be
dated keeps its label with null dates: we refuse rather than guess.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from extractor.models import Period

MONTH_NAMES = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_NAMES.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTH_NAMES["sept"] = 9
MONTH = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "last": 4,
    "final": 4,
}
ORDINAL = r"(first|second|third|fourth|1st|2nd|3rd|4th|last|final)"
YEAR = r"((?:19|20)\d\d)"
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
}


@dataclass(frozen=True)
class FiscalCalendar:
    """The fiscal year a document names: the month its year starts in."""

    start_month: int  # 1 = calendar year

    def year_bounds(self, fiscal_year: int) -> tuple[dt.date, dt.date]:
        """Fiscal year N ends in calendar year N (FY2007 to September = Oct 2006..Sep 2007)."""
        if self.start_month == 1:
            return dt.date(fiscal_year, 1, 1), dt.date(fiscal_year, 12, 31)
        start = dt.date(fiscal_year - 1, self.start_month, 1)
        return start, _add_months(start, 12) - dt.timedelta(days=1)

    def year_containing(self, day: dt.date) -> int:
        return day.year + (1 if self.start_month != 1 and day.month >= self.start_month else 0)


CALENDAR = FiscalCalendar(1)


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase at [start, end) of the text it was found in, and its resolution."""

    start: int
    end: int
    period: Period
    role: str = "period"  # period | comparison | as_of | by | to_date
    point: bool = False  # a single day ("on Tuesday", "March 1")
    text: str = ""  # the phrase as written


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter(year: int, number: int, fiscal: FiscalCalendar = CALENDAR) -> Period:
    start = _add_months(fiscal.year_bounds(year)[0], 3 * (number - 1))
    end = _add_months(start, 3) - dt.timedelta(days=1)
    label = f"Q{number} {year}" if fiscal.start_month == 1 else f"fiscal Q{number} {year}"
    return Period(start=start, end=end, label=label)


def half(year: int, number: int, fiscal: FiscalCalendar = CALENDAR) -> Period:
    start = _add_months(fiscal.year_bounds(year)[0], 6 * (number - 1))
    end = _add_months(start, 6) - dt.timedelta(days=1)
    label = f"H{number} {year}" if fiscal.start_month == 1 else f"fiscal H{number} {year}"
    return Period(start=start, end=end, label=label)


def year(number: int, fiscal: FiscalCalendar = CALENDAR) -> Period:
    start, end = fiscal.year_bounds(number)
    label = str(number) if fiscal.start_month == 1 else f"FY{number}"
    return Period(start=start, end=end, label=label)


def month(year_: int, number: int) -> Period:
    return Period(
        start=dt.date(year_, number, 1), end=_month_end(year_, number), label=f"{calendar.month_name[number]} {year_}"
    )


def day(date: dt.date, label: str | None = None) -> Period:
    return Period(start=date, end=date, label=label or date.isoformat())


def unresolved(label: str) -> Period:
    return Period(label=label)


def _nearest(published: dt.date, number: int, *, size: int, future: bool, fiscal: FiscalCalendar) -> int:
    """The year of part `number` (quarter size 3, half 6) nearest the publication date:
    in past-tense text the latest one that has started, in future-tense text the first not yet over."""
    fy = fiscal.year_containing(published)
    for candidate in (fy - 1, fy, fy + 1) if future else (fy + 1, fy, fy - 1):
        start = _add_months(fiscal.year_bounds(candidate)[0], size * (number - 1))
        end = _add_months(start, size) - dt.timedelta(days=1)
        if future and end >= published:
            return candidate
        if not future and start <= published:
            return candidate
    return fy


def _month_year(published: dt.date, number: int, *, future: bool) -> int:
    if future:
        return published.year if number >= published.month else published.year + 1
    return published.year if number <= published.month else published.year - 1


# --------------------------------------------------------------------- fiscal calendar

FISCAL_END = re.compile(
    r"(?:fiscal|financial|business)\s+year\s+(?:that\s+)?(?:ended|ending|ends|to|through)\s+(?:in\s+)?(?:on\s+)?"
    + MONTH,
    re.IGNORECASE,
)
FISCAL_START = re.compile(
    r"(?:fiscal|financial|business)?\s*year\s+(?:that\s+)?(?:started|starting|starts|began|begins)\s+(?:in\s+|on\s+)?"
    + MONTH,
    re.IGNORECASE,
)
INDIAN_FY = re.compile(r"\bFY\s?'?(\d{2,4})\s?[-–/]\s?'?(\d{2,4})\b")


def fiscal_calendar(text: str) -> FiscalCalendar:
    """The fiscal calendar a text names or dates; calendar years when it names none."""
    match = FISCAL_END.search(text)
    if match:
        return FiscalCalendar(MONTH_NAMES[match.group(1).lower()] % 12 + 1)
    match = FISCAL_START.search(text)
    if match:
        return FiscalCalendar(MONTH_NAMES[match.group(1).lower()])
    if INDIAN_FY.search(text):
        return FiscalCalendar(4)
    return CALENDAR


# --------------------------------------------------------------------- phrase rules


@dataclass(frozen=True)
class _Context:
    published: dt.date | None
    future: bool
    fiscal: FiscalCalendar


def _year_from(text: str | None, ctx: _Context, *, default_offset: int = 0) -> int | None:
    if text:
        text = text.lower()
        if text.isdigit():
            return int(text) if len(text) == 4 else 2000 + int(text)
        if ctx.published is None:
            return None
        base = ctx.fiscal.year_containing(ctx.published) if "fiscal" in text else ctx.published.year
        if "last" in text or "previous" in text or "prior" in text:
            return base - 1
        if "next" in text:
            return base + 1
        return base
    return None if ctx.published is None else ctx.published.year + default_offset


YEAR_REF = (
    r"(?:(?:of|in)\s+)?(?:(?:fiscal\s+(?:year\s+)?)?"
    + YEAR
    + r"|(this|last|next|the|the\s+current|the\s+previous|the\s+prior)\s+(?:fiscal\s+|financial\s+)?year)"
)
RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "by",
        re.compile(
            r"\bby\s+(?:the\s+end\s+of\s+)?(?:" + MONTH + r"(?:\s+(\d{1,2}))?(?:,?\s+" + YEAR + r")?"
            r"|" + YEAR + r"|(this|next|the)\s+year)(?![\w-])",
            re.I,
        ),
    ),
    (
        "next_n",
        re.compile(
            r"\b(?:the\s+)?(next|coming|past|last|previous)\s+(\d+|"
            + "|".join(NUMBER_WORDS)
            + r")\s+(months|years|quarters|weeks)\b",
            re.I,
        ),
    ),
    (
        "to_date",
        re.compile(
            r"\b(?:so\s+far\s+(?:this|in)\s+(?:the\s+)?year|year[\s-]to[\s-]date|so\s+far\s+in\s+"
            + YEAR
            + r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)\b",
            re.I,
        ),
    ),
    ("year_to", re.compile(r"\b(?:the\s+)?year\s+to\s+(?:end-|the\s+end\s+of\s+)" + MONTH, re.I)),
    (
        "named_fiscal_year",
        re.compile(
            r"\b(?:the\s+)?(?:business\s+|fiscal\s+|financial\s+)?year\s+(?:that\s+|which\s+)?(?:has\s+)?(?:just\s+)?(started|starting|began|begins|starts|ended|ending|ends|to|through)\s+(?:in\s+|on\s+)?"
            + MONTH
            + r"(?:\s+(\d{1,2}))?(?:,?\s+"
            + YEAR
            + r")?",
            re.I,
        ),
    ),
    (
        "quarter_ended",
        re.compile(
            r"\b(?:the\s+)?(?:fiscal\s+)?quarter\s+(?:that\s+)?(?:ended|ending|ends|to|through)\s+(?:on\s+)?"
            + MONTH
            + r"\s+(\d{1,2})?,?\s*"
            + YEAR
            + r"?",
            re.I,
        ),
    ),
    (
        "fiscal_quarter_named",
        re.compile(r"\bfiscal\s+" + ORDINAL + r"[\s-]quarter(?!\s+of\s+(?:fiscal\s+)?(?:19|20)\d\d)\b", re.I),
    ),
    ("quarter", re.compile(r"\b(?:the\s+)?" + ORDINAL + r"[\s-]quarter(?:\s+" + YEAR_REF + r")?", re.I)),
    (
        "q",
        re.compile(
            r"(?<![\w])(?:(?:fiscal\s+)?(?:FY\s?)?Q([1-4])|([1-4])Q)(?:\s*(?:FY\s?)?'?((?:19|20)?\d\d)(?![\w]))?", re.I
        ),
    ),
    ("fyq", re.compile(r"(?<![\w])FY\s?'?(\d{2,4})\s*Q([1-4])\b", re.I)),
    ("half", re.compile(r"\b(?:the\s+)?(first|second|1st|2nd)[\s-]half(?:\s+" + YEAR_REF + r")?", re.I)),
    ("h", re.compile(r"(?<![\w])H([12])(?:\s*'?((?:19|20)?\d\d)(?![\w]))?")),
    ("indian_fy", re.compile(r"\bFY\s?'?(\d{2,4})\s?[-–/]\s?'?(\d{2,4})\b")),
    (
        "fy",
        re.compile(r"(?<![\w])(?:FY\s?'?|fiscal\s+(?:year\s+)?|financial\s+year\s+)((?:19|20)?\d\d)(?![\w-])", re.I),
    ),
    (
        "full_date",
        re.compile(
            r"\b(?:"
            + MONTH
            + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+"
            + YEAR
            + r"|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + MONTH
            + r",?\s+"
            + YEAR
            + r")\b",
            re.I,
        ),
    ),
    (
        "month_day",
        re.compile(
            r"\b(?:"
            + MONTH
            + r"\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + MONTH
            + r")(?![\w])(?!,?\s+(?:19|20)\d\d)",
            re.I,
        ),
    ),
    ("month_year", re.compile(r"\b" + MONTH + r"\s+(?:of\s+)?" + YEAR + r"\b", re.I)),
    (
        "month",
        re.compile(
            r"\b(?:in|during|since|for|of|until|by|through|last|this|next|early|late|mid-?)\s+(?:early\s+|late\s+|mid-?)?"
            + MONTH
            + r"(?![\w])(?!\s+\d)",
            re.I,
        ),
    ),
    (
        "relative_year",
        re.compile(
            r"\b(this|last|next|the\s+current|the\s+previous|the\s+prior|a)\s+(?:fiscal\s+|financial\s+|business\s+)?year(?:\s+(earlier|ago|before))?\b|\bfor\s+the\s+(?:full\s+)?year\b|\bthe\s+(?:full|whole)[\s-]year\b|\bfull[\s-]year\b|\bannual\b",
            re.I,
        ),
    ),
    (
        "relative_quarter",
        re.compile(
            r"\b(this|last|next|the\s+current|the\s+previous|the\s+prior|a\s+year[\s-]earlier)\s+quarter\b", re.I
        ),
    ),
    ("weekday", re.compile(r"\b(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("today", re.compile(r"\b(today|yesterday|tomorrow)\b", re.I)),
    ("long_term", re.compile(r"\blong[\s-]term\b", re.I)),
    ("year", re.compile(r"(?<![\w$€£.,-])" + YEAR + r"(?![\w%-]|,\d|\.\d)", re.I)),
]


def _resolve(rule: str, m: re.Match[str], ctx: _Context) -> tuple[Period, str, bool] | None:
    """The Period a rule's match stands for, its role, and whether it is a single day."""
    p, g = ctx.published, m.groups()
    text = m.group(0)
    if rule == "by":
        end = _by_end(g, p)
        if end is None:
            return unresolved(" ".join(text.split())), "by", False
        return (
            Period(start=p if p and p <= end else None, end=end, label=" ".join(text.split()).rstrip(".")),
            "by",
            False,
        )
    if rule == "next_n":
        n = int(g[1]) if g[1].isdigit() else NUMBER_WORDS[g[1].lower()]
        unit = g[2].lower()
        label = f"{g[0].lower()} {n} {unit}"
        if p is None:
            return unresolved(label), "period", False
        months = {"months": n, "years": 12 * n, "quarters": 3 * n}.get(unit)
        if months is None:
            delta = dt.timedelta(weeks=n)
            span = (p, p + delta - dt.timedelta(days=1)) if g[0].lower() in ("next", "coming") else (p - delta, p)
        elif g[0].lower() in ("next", "coming"):
            span = (p, _add_months(p, months) - dt.timedelta(days=1))
        else:
            span = (_add_months(p, -months), p)
        return Period(start=span[0], end=span[1], label=label), "period", False
    if rule == "to_date":
        if p is None:
            return unresolved("year to date"), "to_date", False
        y = int(g[0]) if g[0] else p.year
        return Period(start=dt.date(y, 1, 1), end=p, label=f"{y} to date"), "to_date", False
    if rule == "year_to":
        if p is None:
            return unresolved(text), "period", False
        end_month = MONTH_NAMES[g[0].lower()]
        y = _month_year(p, end_month, future=False)
        return (
            Period(
                start=dt.date(y, 1, 1),
                end=_month_end(y, end_month),
                label=f"{y} to end-{calendar.month_abbr[end_month]}",
            ),
            "period",
            False,
        )
    if rule == "quarter_ended":
        end_month = MONTH_NAMES[g[0].lower()]
        if g[2]:
            end_year = int(g[2])
        elif p is not None:
            end_year = _month_year(p, end_month, future=False)
        else:
            return unresolved(" ".join(text.split())), "period", False
        start = _add_months(dt.date(end_year, end_month, 1), -2)
        return (
            Period(
                start=start,
                end=_month_end(end_year, end_month),
                label=f"quarter to {calendar.month_abbr[end_month]} {end_year}",
            ),
            "period",
            False,
        )
    if rule == "named_fiscal_year":
        return _named_fiscal_year(g, ctx, text), "period", False
    if rule == "fiscal_quarter_named" and ctx.fiscal.start_month == 1:
        return unresolved(f"fiscal Q{ORDINALS[g[0].lower()]}"), "period", False
    if rule in ("quarter", "fiscal_quarter_named"):
        number = ORDINALS[g[0].lower()]
        return (
            _part(
                number,
                g[1] if len(g) > 1 else None,
                g[2] if len(g) > 2 else None,
                ctx,
                size=3,
                fiscal_named="fiscal" in text.lower(),
            ),
            "period",
            False,
        )
    if rule == "q":
        number = int(g[0] or g[1])
        return (
            _part(number, g[2], None, ctx, size=3, fiscal_named="fy" in text.lower() or "fiscal" in text.lower()),
            "period",
            False,
        )
    if rule == "fyq":
        return _part(int(g[1]), g[0], None, ctx, size=3, fiscal_named=True), "period", False
    if rule == "half":
        return _part(ORDINALS[g[0].lower()], g[1], g[2], ctx, size=6, fiscal_named=False), "period", False
    if rule == "h":
        return _part(int(g[0]), g[1], None, ctx, size=6, fiscal_named=False), "period", False
    if rule == "indian_fy":
        end_year = _full_year(g[1], int(_full_year(g[0])))
        start = dt.date(end_year - 1, 4, 1)
        return (
            Period(start=start, end=dt.date(end_year, 3, 31), label=f"FY{end_year - 1}-{str(end_year)[2:]}"),
            "period",
            False,
        )
    if rule == "fy":
        y = _full_year(g[0])
        return year(y, ctx.fiscal), "period", False
    if rule == "full_date":
        date = _parse_day(text)
        return (day(date, text), "period", True) if date else None
    if rule == "month_day":
        if p is None:
            return unresolved(text), "period", True
        number = MONTH_NAMES[(g[0] or g[3]).lower()]
        date = _parse_day(f"{text} {_month_year(p, number, future=ctx.future)}")
        return (day(date, text), "period", True) if date else None
    if rule == "month_year":
        return month(int(g[1]), MONTH_NAMES[g[0].lower()]), "period", False
    if rule == "month":
        number = MONTH_NAMES[g[0].lower()]
        if p is None:
            return unresolved(calendar.month_name[number]), "period", False
        lead = text.split()[0].lower()
        future = ctx.future or lead == "next"
        y = _month_year(p, number, future=future)
        if lead == "last" and y == p.year and number >= p.month:
            y -= 1
        return month(y, number), "period", False
    if rule == "relative_year":
        return _relative_year(text, g, ctx), "period", False
    if rule == "relative_quarter":
        if p is None:
            return unresolved(text.lower()), "period", False
        current = (p.month - 1) // 3 + 1
        which = g[0].lower()
        offset = -1 if ("last" in which or "previous" in which or "prior" in which) else 1 if "next" in which else 0
        if "year" in which:
            return quarter(p.year - 1, current), "comparison", False
        number, y = current + offset, p.year
        if number == 0:
            number, y = 4, y - 1
        if number == 5:
            number, y = 1, y + 1
        return quarter(y, number), "period", False
    if rule == "weekday":
        if p is None:
            return unresolved(g[0].capitalize()), "period", True
        target = WEEKDAYS[g[0].lower()]
        delta = (p.weekday() - target) % 7
        date = p - dt.timedelta(days=delta) if not ctx.future else p + dt.timedelta(days=(target - p.weekday()) % 7)
        return day(date, g[0].capitalize()), "period", True
    if rule == "today":
        if p is None:
            return unresolved(g[0].lower()), "period", True
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[g[0].lower()]
        return day(p + dt.timedelta(days=shift), g[0].lower()), "period", True
    if rule == "long_term":
        return unresolved("long term"), "period", False
    if rule == "year":
        return year(int(g[0])), "period", False
    return None


def _named_fiscal_year(g: tuple[str | None, ...], ctx: _Context, text: str) -> Period:
    """ "the year that started in April", "the business year ended in March", "year ended June 30, 2024"."""
    verb, month_number = g[0].lower(), MONTH_NAMES[g[1].lower()]
    starts = verb.startswith(("start", "began", "begin"))
    if g[3]:
        anchor_year = int(g[3])
    elif ctx.published is None:
        return unresolved(" ".join(text.split()))
    else:
        anchor_year = _month_year(ctx.published, month_number, future=False)
    if starts:
        start = dt.date(anchor_year, month_number, 1)
        end = _add_months(start, 12) - dt.timedelta(days=1)
    else:
        end = _month_end(anchor_year, month_number)
        start = _add_months(dt.date(anchor_year, month_number, 1), -11)
    return Period(start=start, end=end, label=f"fiscal year {start.year}/{str(end.year)[2:]}")


def _by_end(g: tuple[str | None, ...], published: dt.date | None) -> dt.date | None:
    """The last day of "by X": "by July 18, 2008", "by the end of June", "by 2009", "by the end of next year"."""
    month_name, day_text, month_year, bare_year, relative = g[:5]
    if bare_year:
        return dt.date(int(bare_year), 12, 31)
    if relative:
        if published is None:
            return None
        return dt.date(published.year + (1 if relative.lower() == "next" else 0), 12, 31)
    number = MONTH_NAMES[month_name.lower()]
    if month_year:
        year_ = int(month_year)
    elif published is not None:
        year_ = _month_year(published, number, future=True)
    else:
        return None
    if day_text:
        return _parse_day(f"{month_name} {day_text} {year_}")
    return _month_end(year_, number)


def _full_year(text: str, after: int | None = None) -> int:
    digits = int(text)
    if digits >= 100:
        return digits
    century = (after // 100) * 100 if after else 2000
    y = century + digits
    return y + 100 if after and y < after else y


def _part(
    number: int, year_text: str | None, relative: str | None, ctx: _Context, *, size: int, fiscal_named: bool
) -> Period:
    """A quarter (size 3) or half (size 6), dated by its year phrase or by the publication date."""
    fiscal = ctx.fiscal if fiscal_named or ctx.fiscal.start_month != 1 else CALENDAR
    build = quarter if size == 3 else half
    name = f"{'Q' if size == 3 else 'H'}{number}"
    if year_text:
        return build(_full_year(year_text), number, fiscal)
    if relative:
        y = _year_from(relative, ctx)
        if y is None:
            return unresolved(f"{name} {relative.lower()}")
        if relative.lower().strip() in ("the", "the current"):
            y = ctx.fiscal.year_containing(ctx.published) if ctx.published else y
        return build(y, number, fiscal)
    if ctx.published is None:
        return unresolved(name)
    return build(_nearest(ctx.published, number, size=size, future=ctx.future, fiscal=fiscal), number, fiscal)


def _relative_year(text: str, g: tuple[str | None, ...], ctx: _Context) -> Period:
    lower = text.lower()
    label = " ".join(lower.split())
    if ctx.published is None:
        return unresolved(label)
    base = ctx.fiscal.year_containing(ctx.published)
    which = (g[0] or "").lower()
    if which.startswith("a") and (g[1] or "").lower() in ("earlier", "ago", "before"):
        return year(base - 1, ctx.fiscal)  # "a year earlier": the comparison year
    if "last" in which or "previous" in which or "prior" in which:
        return year(base - 1, ctx.fiscal)
    if "next" in which:
        return year(base + 1, ctx.fiscal)
    if lower == "annual" or "full" in lower or "whole" in lower or "for the" in lower:
        # Past-tense annual results are those of the last completed year, unless the year is nearly over.
        months_in = (ctx.published.month - ctx.fiscal.start_month) % 12
        if not ctx.future and months_in < 11:
            return year(base - 1, ctx.fiscal)
        return year(base, ctx.fiscal)
    return year(base, ctx.fiscal)


@cache
def _dateparser():
    import dateparser

    return dateparser


def _parse_day(text: str) -> dt.date | None:
    """An absolute date by dateparser, or None; only whole dates with a day and month."""
    parsed = _dateparser().parse(
        text.strip(" ,."),
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month"], "STRICT_PARSING": False},
    )
    return parsed.date() if parsed else None


COMPARISON_CUE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|from|than(?:\s+in)?|against|over|relative\s+to|on)\s+(?:the\s+)?(?:(?:same|corresponding|prior|previous|year-ago|comparable)\s+)?(?:(?:period|quarter)\s+(?:of|in)\s+)?$",
    re.I,
)
AS_OF_CUE = re.compile(r"\b(?:as\s+of|as\s+at|at\s+the\s+end\s+of|at\s+end-?|on)\s+$", re.I)


def find_periods(
    text: str, *, published: dt.date | None, future: bool = False, fiscal: FiscalCalendar = CALENDAR
) -> list[PeriodMention]:
    """Period phrases in `text` (one sentence), left to right and without overlaps."""
    ctx = _Context(published, future, fiscal)
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    for rule, pattern in RULES:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            resolved = _resolve(rule, match, ctx)
            if resolved is None:
                continue
            period, role, point = resolved
            before = text[max(0, match.start() - 40) : match.start()]
            if role == "period" and COMPARISON_CUE.search(before) and not before.rstrip().lower().endswith(" on"):
                role = "comparison"
            elif AS_OF_CUE.search(before) and point:
                role = "as_of"
            found.append(PeriodMention(match.start(), match.end(), period, role, point, match.group(0)))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


FUTURE_CUES = re.compile(
    r"\b(will|would|shall|expects?|expected|expecting|plans?|planned|planning|aims?|aiming|targets?|forecasts?|"
    r"projects?|projected|intends?|goal|outlook|guidance|sees|anticipates?|hopes?|going\s+to|is\s+to|are\s+to|"
    r"next|coming|should)\b",
    re.I,
)


def sentence_is_future(sentence: str) -> bool:
    """Whether a sentence speaks of what is to come, which decides "in February" and "the first quarter"."""
    return FUTURE_CUES.search(sentence) is not None
