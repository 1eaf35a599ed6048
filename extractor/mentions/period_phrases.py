"""The rules that read period phrases: one regex and one small resolver per kind of phrase.

A resolver gets the match's groups, the phrase as written (whitespace collapsed) and the context (publication
date, tense, fiscal calendar), and returns what the phrase stands for, or None when it is not a period.
The resolvers of spans ("the six months to June", "since January") are in `span_phrases`; the regex pieces and
the date parser in `phrase_parts`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from extractor.lexicons import words
from extractor.mentions.calendars import (
    CALENDAR,
    REPORTING_LAG,
    FiscalCalendar,
    day,
    half,
    holiday_season,
    month,
    month_end,
    month_year,
    nearest,
    quarter,
    unresolved,
    year,
)
from extractor.mentions.phrase_parts import (
    COUNT,
    MONTH,
    MONTH_NAMES,
    ORDINAL,
    ORDINALS,
    THIRTEEN_WEEK_PERIOD,
    YEAR,
    _full_year,
    _parse_day,
    _year_from,
    alternation,
)
from extractor.mentions.relative_phrases import (
    WEEKDAYS,
    PhraseContext,
    Resolved,
    Resolver,
    earlier_this_year,
    relative_month,
    relative_quarter,
    relative_year,
    story_period,
    today,
    week,
    weekday,
    year_ago,
)
from extractor.mentions.span_phrases import (
    by_date,
    day_range,
    first_months,
    month_range,
    month_year_range,
    named_fiscal_year,
    next_n,
    since_month,
    span_to,
    year_range,
    year_to_date,
)
from extractor.models import Period

DAY = r"(\d{1,2})(?:st|nd|rd|th)?"  # a day of the month
INDIAN_FY = re.compile(r"\bFY\s?'?(\d{2,4})\s?[-–/]\s?'?(\d{2,4})\b")


# --------------------------------------------------------------------- phrase rules


def _part(
    number: int, year_text: str | None, relative: str | None, ctx: PhraseContext, *, size: int, fiscal_named: bool
):
    """A quarter (size 3) or half (size 6), dated by its year phrase or by the publication date."""
    fiscal = ctx.fiscal if fiscal_named or ctx.fiscal.start_month != 1 else CALENDAR
    build = quarter if size == 3 else half
    name = f"{'Q' if size == 3 else 'H'}{number}"
    if year_text:
        return Resolved(build(_full_year(year_text), number, fiscal))
    if relative:
        y = _year_from(relative, ctx)
        if y is None:
            return Resolved(unresolved(f"{name} {relative.lower()}"))
        if relative.lower().strip() in ("the", "the current"):
            y = ctx.fiscal.year_containing(ctx.published)
        return Resolved(build(y, number, fiscal))
    if ctx.published is None:
        return Resolved(unresolved(name))
    return Resolved(build(nearest(ctx.published, number, size=size, future=ctx.future, fiscal=fiscal), number, fiscal))


def _quarter_phrase(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    if LATEST_QUARTER.fullmatch(text):
        return None  # "rose in the last quarter": the latest one, read by "story_period", not the fourth
    named = "fiscal" in text.lower()
    if named and ctx.fiscal.start_month == 1 and not g[1]:
        return Resolved(unresolved(f"fiscal Q{ORDINALS[g[0].lower()]}"))
    return _part(ORDINALS[g[0].lower()], g[1], g[2], ctx, size=3, fiscal_named=named)


def _q(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    named = "fy" in text.lower() or "fiscal" in text.lower()
    return _part(int(g[0] or g[1]), g[2], None, ctx, size=3, fiscal_named=named)


def _indian_fy(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    end_year = _full_year(g[1], int(_full_year(g[0])))
    label = f"FY{end_year - 1}-{str(end_year)[2:]}"
    return Resolved(Period(start=dt.date(end_year - 1, 4, 1), end=dt.date(end_year, 3, 31), label=label))


def _full_date(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    date = _parse_day(text)
    return Resolved(day(date, text), point=True) if date else None


def _month_day(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    if ctx.published is None:
        return Resolved(unresolved(text), point=True)
    number = MONTH_NAMES[(g[0] or g[3]).lower()]
    date = _parse_day(f"{text} {month_year(ctx.published, number, future=ctx.future)}")
    return Resolved(day(date, text), point=True) if date else None


def _month(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "in February", "last March", "in July this year", "in May last year"."""
    number, p = MONTH_NAMES[g[0].lower()], ctx.published
    if p is None:
        return Resolved(unresolved(calendar.month_name[number]))
    if g[1]:
        y = p.year + {"this": 0, "last": -1, "next": 1}[g[1].lower()]
        return Resolved(month(y, number))
    lead = text.split()[0].lower()
    if lead == "since":  # "since mid-March" (a plain "since November" is `since_month`'s): no stated start
        return Resolved(unresolved(text), "to_date")
    y = month_year(p, number, future=ctx.future or lead == "next")
    if lead == "last" and y == p.year and number >= p.month:
        y -= 1
    if ctx.future and lead != "next" and _just_ended(number, p):
        y = month_year(p, number, future=False)  # "the August figures come out on Friday" on September 2
    part = _month_part(text)
    if part and lead != "by" and lead not in words("deadline_preps"):  # "by late June" still ends a stretch
        return Resolved(_part_of_month(part, number, y))
    return Resolved(month(y, number))


def _month_year(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "in March 2011", "late March 2011": the month of the year named, or a label for a vague part of it."""
    part, name, year_text = g
    number, y = MONTH_NAMES[name.lower()], int(year_text)
    return Resolved(_part_of_month(part.lower(), number, y) if part else month(y, number))


def _month_part(text: str) -> str | None:
    """The word of `month_part_words` in a month phrase ("in early May", "mid-June"), if it names one."""
    return next((w for w in re.split(r"[\s-]+", text.lower()) if w in words("month_part_words")), None)


def part_of_month_end(period: Period) -> dt.date | None:
    """The last day of the month whose vague part a label-only period names ("late May 2009": May 31, 2009), None
    for any other period: a gathering planned for "late May" is still ahead of a story of April."""
    match = _PART_OF_MONTH_LABEL.fullmatch(period.label) if period.start is None else None
    if match is None:
        return None
    year, number = int(match.group(2)), MONTH_NAMES[match.group(1).lower()]
    return month(year, number).end


def _part_of_month(part: str, number: int, year: int) -> Period:
    """ "early May 2011", "mid-June 2011": a vague part of a month keeps a label with null dates, as a vague part
    of a year does (`_part_of_year`); the whole month would date a figure of a few days ("a peak in early May")."""
    joiner = "-" if part == "mid" else " "
    return unresolved(f"{part}{joiner}{calendar.month_name[number]} {year}")


# the label `_part_of_month` writes
_PART_OF_MONTH_LABEL = re.compile(
    r"(?:" + alternation(words("month_part_words")) + r")[\s-]" + MONTH + r"\s+" + YEAR, re.I
)


def _month_compared(name: str, ctx: PhraseContext) -> Resolved:
    """ "from May, when": the month named, the earlier side of a comparison."""
    return replace(_month((name, None), f"in {name}", ctx), role="comparison")


def within_n(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    """ "within two years" in a plan or forecast is a horizon from publication, as "the next two years". Told of the
    past ("output doubled within two years") it counts from an event the phrase does not name: no period."""
    if not ctx.future:
        return None
    article, count, unit = g
    return next_n(("next", "1" if article else count, _plural(unit), None), text, ctx)


def _plural(unit: str) -> str:
    return unit.lower() if unit.lower().endswith("s") else f"{unit.lower()}s"


def _end_short(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "end-June", "end-2013": the month or year whose end is meant, dated as "the end of June" is."""
    month_name, year_text, bare_year = g
    if bare_year:
        return Resolved(year(int(bare_year)))
    number = MONTH_NAMES[month_name.lower()]
    if year_text:
        return Resolved(month(int(year_text), number))
    if ctx.published is None:
        return Resolved(unresolved(calendar.month_name[number]))
    return Resolved(month(month_year(ctx.published, number, future=ctx.future), number))


def _just_ended(number: int, published: dt.date) -> bool:
    """The month ended within the reporting lag before publication: its data, polls and forecasts are still
    told in the future tense in the weeks after it ("sales in June would be near 1.4 million" on July 2)."""
    y = month_year(published, number, future=False)
    end = month_end(y, number)
    return end < published and published - end <= REPORTING_LAG


def _split_year(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "in 2016/17": a fiscal year over two calendar years (April to March unless the text names one)."""
    first = int(g[0])
    if _full_year(g[1], first) != first + 1:
        return None
    fiscal = ctx.fiscal if ctx.fiscal.start_month != 1 else FiscalCalendar(4)
    number = next(n for n in (first, first + 1) if fiscal.year_bounds(n)[0].year == first)
    start, end = fiscal.year_bounds(number)
    return Resolved(Period(start=start, end=end, label=f"FY{first}/{g[1]}"))


def _holiday_season(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "holiday shopping", "the 2007 holiday season", "last year's holiday season": the season of the
    year named, else the latest one that has begun by September (the one being told of until summer)."""
    if g[0]:
        return Resolved(holiday_season(int(g[0])))
    if ctx.published is None:
        return Resolved(unresolved(text.lower()))
    latest = ctx.published.year if ctx.published.month >= 9 else ctx.published.year - 1
    shift = {"last": -1, "next": 1}.get((g[1] or "").lower(), 0)
    return Resolved(holiday_season(latest + shift))


def _since_event(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    """ "since its release", "since the downturn last year", "since its listing in 2015": from the event,
    dated by its year when one is named (from that year's start), else a label with null dates. After a
    superlative ("the biggest drop since the crisis", "for the first time since its launch") it is a
    window, not a period."""
    superlative, year_text, relative = g
    if superlative:
        return None
    label = " ".join(text.split())
    if year_text or (relative and ctx.published is not None):
        start_year = int(year_text) if year_text else _year_from(relative, ctx)
        if ctx.published is not None and start_year <= ctx.published.year:
            return Resolved(Period(start=dt.date(start_year, 1, 1), end=ctx.published, label=label), "to_date")
    return Resolved(unresolved(label), "to_date")


def _part_of_year(g: tuple, text: str, ctx: PhraseContext) -> Resolved:
    """ "late last year", "in early 2017", "mid-2009": a vague part of a year keeps a label ("late 2008")
    with null dates (FACTS.md: we refuse rather than guess which months)."""
    part, year_text, relative = g
    y = int(year_text) if year_text else _year_from(relative, ctx)
    part = part.lower() if part.endswith("-") else f"{part.lower()} "
    return Resolved(unresolved(f"{part}{y}" if y is not None else " ".join(text.split())))


NOT_SUPERLATIVE = r"(?!(?:inter|inv|sugg|requ|prot|arr|harv|for|w|b|r|t|n|p|v)est\b)"  # "interest", "protest"
SUPERLATIVE = r"\b(" + NOT_SUPERLATIVE + r"[a-z]+est|most|least|record|first\s+time)\b"
# "the last quarter" with no year after it: the latest quarter over, as "the quarter" ("the last quarter of 2011" is
# the fourth)
LATEST_QUARTER = re.compile(r"the\s+last[\s-]quarter", re.I)
YEAR_REF = (
    r"(?:(?:of|in)\s+)?(?:(?:fiscal\s+(?:year\s+)?)?"
    + YEAR
    + r"|(this|last|next|the|the\s+current|the\s+previous|the\s+prior)\s+(?:fiscal\s+|financial\s+)?year)"
)
# "the quarter ended", "the quarter that ended", and the apposed "the quarter, ended" / ", which ended" (a comma
# only before a form of "end": "the quarter, to ..." is no span)
APPOSED_END = r"(?:,\s+(?:which\s+)?(?=end)|\s+(?:that\s+|which\s+)?)"
END_DATE = (
    r"(?:on\s+|in\s+)?(?:next\s+)?(?:end-|the\s+end\s+of\s+)?(?:"
    + MONTH
    + r"(?:\s+(\d{1,2})(?!\d))?(?:,?\s+"
    + YEAR
    + r")?"
    r"|" + YEAR + r")"
)
YEAR_AGO = (
    r"\b(?:(?:the|a)\s+)?(?:same|corresponding|comparable|like)\s+(?:period|quarter|half|months?|time)"
    r"(?:\s+(?:of\s+|in\s+)?(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:previous|prior)\s+year))?"
    r"|\b(?<!this )(?<!last )(?<!next )(?:(?:the|a)\s+)?(?:year[\s-](?:ago|earlier|before)|(?:prior|previous)[\s-]year)"
    r"(?:\s+(?:period|quarter|half|months|level|figure|results?))?"
    r"|\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b"
)
RULES: list[tuple[str, re.Pattern[str], Resolver]] = [
    (
        "by",
        re.compile(
            r"\bby\s+(?:the\s+end\s+of\s+|end-)?(?:" + MONTH + r"(?:\s+(\d{1,2})(?!\d))?(?:,?\s+" + YEAR + r")?"
            r"|" + YEAR + r"(?:\s+or\s+" + YEAR + r")?|(this|next|the)\s+year)(?![\w-])",
            re.I,
        ),
        by_date,
    ),
    (
        "next_n",
        re.compile(
            r"\b(?:the\s+)?(next|coming|past|last|previous)\s+"
            + COUNT
            + r"\s+(months|years|quarters|weeks|days|(?:trading\s+)?(?:sessions|days))\b"
            r"|\bthe\s+(next|coming|past|last)\s+()(year)\b",
            re.I,
        ),
        next_n,
    ),
    (
        # "within two years", "within the next six months": a horizon from publication, as "the next two years"; not
        # "within six months of the merger", counted from another event
        "within_n",
        re.compile(
            r"\bwithin\s+(?:the\s+(?:next\s+)?)?(?:(a)|" + COUNT + r")\s+(months?|years?|weeks?|days?)\b"
            r"(?!\s+(?:of|after|from|before)\b)",
            re.I,
        ),
        within_n,
    ),
    (
        "to_date",
        re.compile(
            r"\b(?:so\s+far\s+(?:this|in)\s+(?:the\s+)?year|year[\s-]to[\s-]date|so\s+far\s+in\s+"
            + YEAR
            + r"|since\s+the\s+(?:(?:start|beginning)\s+of\s+(?:the|this)\s+year|year\s+(?:began|started)))\b",
            re.I,
        ),
        year_to_date,
    ),
    (
        "span_to",
        # not a rate or a shift: "$2 billion a year through 2017", "extended by a month to May 9"
        re.compile(
            r"(?<!\ba\s)(?<!\bper\s)(?<!\beach\s)\b(?:the\s+)?(?:"
            + COUNT
            + r"\s+)?(?:(?:business|fiscal|financial)\s+)?(?:first\s+|second\s+|third\s+"
            r"|fourth\s+)?(years?|months?|quarter|half|"
            + THIRTEEN_WEEK_PERIOD
            + r")"
            + APPOSED_END
            + r"(?:has\s+)?(?:just\s+)?(?:ended|ending|ends|to|through)\s+"
            + END_DATE,
            re.I,
        ),
        span_to,
    ),
    (
        "named_fiscal_year",
        re.compile(
            r"\b(?:the\s+)?(?:business\s+|fiscal\s+|financial\s+)?year\s+(?:that\s+|which\s+)?(?:has\s+)?(?:just\s+)?"
            r"(?:started|starting|began|begins|starts)\s+(?:in\s+|on\s+)?"
            + MONTH
            + r"(?:\s+\d{1,2}(?!\d))?(?:,?\s+"
            + YEAR
            + r")?",
            re.I,
        ),
        named_fiscal_year,
    ),
    (
        "first_months",
        re.compile(
            r"\b(?:the\s+)?first\s+"
            + COUNT
            + r"\s+months(?:\s+of\s+(?:the\s+(?:fiscal\s+)?year|(?:fiscal\s+)?"
            + YEAR
            + r"|(this|last)\s+(?:fiscal\s+)?year))?",
            re.I,
        ),
        first_months,
    ),
    (
        # "from May 6 until August 2", "between October 20 and 24", "June 1-5, 2009": before the rules that read
        # each day alone. The text after the match is captured (last group) for `day_range`'s figure guard.
        "day_range",
        re.compile(
            r"\b(from\s+|between\s+)?" + MONTH + r"\s+" + DAY + r"(?:,?\s+" + YEAR + r")?,?"
            r"(\s*[-–]\s*|\s+(?:and|through|to|until|till)\s+)(?:" + MONTH + r"\s+)?" + DAY + r"(?:,?\s+" + YEAR + r")?"
            r"(?![\w%])(?=([^\n]{0,40}))",
            re.I,
        ),
        lambda g, text, ctx: day_range((g[0], g[1], g[2], g[3], g[4].strip(), g[5], g[6], g[7]), text, ctx, g[8]),
    ),
    (
        "month_year_range",
        re.compile(
            r"\b(?:from|between)\s+"
            + MONTH
            + r"\s+(?:of\s+)?"
            + YEAR
            + r"\s+(?:and|to|through|until)\s+"
            + MONTH
            + r"\s+(?:of\s+)?"
            + YEAR
            + r"\b",
            re.I,
        ),
        month_year_range,
    ),
    (
        "month_between",
        re.compile(r"\bbetween\s+" + MONTH + r"\s+and\s+" + MONTH + r"(?:,?\s+" + YEAR + r")?", re.I),
        month_range,
    ),
    (
        "month_range",
        re.compile(r"\b" + MONTH + r"\s*(?:-|–|through|to|until)\s*" + MONTH + r"(?:,?\s+" + YEAR + r")?", re.I),
        month_range,
    ),
    (
        "year_range",
        re.compile(
            r"\b(?:(?:between|over)\s+"
            + YEAR
            + r"\s+and\s+|from\s+"
            + YEAR
            + r"\s+(?:to|through|until)\s+)"
            + YEAR
            + r"\b",
            re.I,
        ),
        lambda g, text, ctx: year_range((g[0] or g[1], g[2]), text, ctx),
    ),
    (
        # "repay $1.6 billion in 2008 and 2009": one span over two running years; not "500 million each in 2014 and
        # 2015" nor two years apart ("in 1993 and 2000"), which are two periods
        "year_pair",
        re.compile(
            r"(?<!\beach\s)\b(?:in|for|during)\s+" + YEAR + r"\s+and\s+" + YEAR + r"\b(?!,?\s+respectively)", re.I
        ),
        lambda g, text, ctx: year_range(g, text, ctx) if int(g[1]) == int(g[0]) + 1 else None,
    ),
    ("year_range_dash", re.compile(r"(?<![\w$€£.,-])" + YEAR + r"\s*[-–]\s*" + YEAR + r"(?![\w%-])"), year_range),
    (
        "holiday_season",
        re.compile(
            r"\b(?:(?:the\s+|this\s+)?(?:" + YEAR + r"|(this|last|next)\s+year'?s?)\s+)?holiday[\s-]"
            r"(?:(?:shopping|sales|selling)[\s-])?season\b|\bholiday[\s-](?:shopping|sales)\b",
            re.I,
        ),
        _holiday_season,
    ),
    (
        "since_event",
        re.compile(
            r"(?:"
            + SUPERLATIVE
            + r"[^,;.]{0,30}?)?\bsince\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:"
            + alternation(words("since_events"))
            + r")\b(?:\s+(?:in\s+)?(?:(?:early|late|mid-?)\s*)?(?:"
            + YEAR
            + r"|(last|this)\s+year)\b)?",
            re.I,
        ),
        _since_event,
    ),
    (
        "part_of_year",
        re.compile(r"\b(early|late|mid-?)\s*(?:" + YEAR + r"|(this|last|next)\s+year)\b", re.I),
        _part_of_year,
    ),
    (
        # "at end-2013", "at end-June 2014": the wire's short form of "at the end of"; the match starts after "end-" so
        # that the cue before it (`AT_END_CUE`) reads the figure as a stock at that date ("by end-2012" is `by`'s)
        "end_short",
        re.compile(r"(?<=\bend-)(?:" + MONTH + r"(?:\s+" + YEAR + r")?|" + YEAR + r")(?![\w-])", re.I),
        _end_short,
    ),
    ("year_ago", re.compile(YEAR_AGO, re.I), year_ago),
    (
        "earlier_this_year",
        re.compile(r"\b(earlier|later)\s+(?:this\s+year|in\s+the\s+year|in\s+" + YEAR + r")\b", re.I),
        earlier_this_year,
    ),
    (
        "split_year",
        re.compile(
            r"(?<![\w$€£.,-])(?:(?:fiscal|financial|business)\s+(?:year\s+)?)?" + YEAR + r"\s*/\s*(\d{2})(?![\w%/-])"
        ),
        _split_year,
    ),
    (
        "fiscal_quarter_named",
        re.compile(r"\bfiscal\s+" + ORDINAL + r"[\s-]quarter(?!\s+of\s+(?:fiscal\s+)?(?:19|20)\d\d)\b()()", re.I),
        _quarter_phrase,
    ),
    (
        "quarter",
        re.compile(r"\b(?:the\s+)?" + ORDINAL + r"[\s-]quarter(?:\s+" + YEAR_REF + r")?", re.I),
        _quarter_phrase,
    ),
    (
        "q",
        re.compile(
            r"(?<![\w])(?:(?:fiscal\s+)?(?:FY\s?)?Q([1-4])|([1-4])Q)(?:\s*(?:FY\s?)?'?((?:19|20)?\d\d)(?![\w]))?", re.I
        ),
        _q,
    ),
    (
        "fyq",
        re.compile(r"(?<![\w])FY\s?'?(\d{2,4})\s*Q([1-4])\b", re.I),
        lambda g, t, c: _q((g[1], None, g[0]), "fy", c),
    ),
    (
        "half",
        re.compile(r"\b(?:the\s+)?(first|second|1st|2nd)[\s-]half(?:\s+" + YEAR_REF + r")?", re.I),
        lambda g, t, c: _part(ORDINALS[g[0].lower()], g[1], g[2], c, size=6, fiscal_named=False),
    ),
    (
        "h",
        re.compile(r"(?<![\w])H([12])(?:\s*'?((?:19|20)?\d\d)(?![\w]))?"),
        lambda g, t, c: _part(int(g[0]), g[1], None, c, size=6, fiscal_named=False),
    ),
    ("indian_fy", INDIAN_FY, _indian_fy),
    (
        "fy",
        re.compile(r"(?<![\w])(?:FY\s?'?|fiscal\s+(?:year\s+)?|financial\s+year\s+)((?:19|20)?\d\d)(?![\w-])", re.I),
        lambda g, t, c: Resolved(year(_full_year(g[0]), c.fiscal)),
    ),
    (
        "since_month",
        re.compile(
            r"(?:(?:"
            + SUPERLATIVE
            + r"|\b(?:best|worst))[^,;.]{0,30}?)?\bsince\s+(?:the\s+(start|beginning|end)\s+of\s+)?"
            + MONTH
            + r"(?:\s+(?:of\s+)?"
            + YEAR
            + r"|\s+(last|this)\s+year)?(?!\s+\d)",
            re.I,
        ),
        since_month,
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
        _full_date,
    ),
    (
        "month_day",
        re.compile(
            r"\b(?:" + MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r")"
            r"(?![\w])(?!,?\s+(?:19|20)\d\d)",
            re.I,
        ),
        _month_day,
    ),
    (
        "month_year",
        re.compile(
            r"\b(?:(" + alternation(words("month_part_words")) + r")[\s-]+)?" + MONTH + r"\s+(?:of\s+)?" + YEAR + r"\b",
            re.I,
        ),
        _month_year,
    ),
    (
        "month",
        re.compile(
            r"\b(?:in|during|since|for|of|until|by|through|last|this|next|early|late|mid-?)\s+(?:early\s+|late\s+|mid-?)?"
            + MONTH
            + r"(?:\s+(?:of\s+)?(this|last|next)\s+year\b)?(?!\s+\d)",
            re.I,
        ),
        _month,
    ),
    (
        # "a reversal from May, when jobs fell in 25 states": a bare month after "from" is the earlier side of a
        # comparison only where a "when" clause tells what happened in it (`attachment._when_phrase`); elsewhere
        # "from May" opens a span or a range, read by other rules
        "month_when",
        re.compile(r"\bfrom\s+" + MONTH + r"(?=\s*,\s+when\b)", re.I),
        lambda g, text, ctx: _month_compared(g[0], ctx),
    ),
    (
        "month_of_data",
        re.compile(
            r"\b(" + "|".join(calendar.month_name[1:]) + r")\s+(?:" + alternation(words("month_data_nouns")) + r")\b"
        ),
        lambda g, text, ctx: _month((g[0], None), f"in {text}", ctx),
    ),
    (
        # "after June's 0.6 percent rise", "January's figure was revised": a month's possessive names its data; not
        # "May's", which is more often a name's
        "month_possessive",
        re.compile(r"\b(" + "|".join(m for m in calendar.month_name[1:] if m != "May") + r")['’]s\b"),
        lambda g, text, ctx: _month((g[0], None), f"in {g[0]}", ctx),
    ),
    (
        "story_period",
        re.compile(
            r"\bthe\s+(?:latest\s+|reporting\s+)?(?:(?:three|six|nine|3|6|9)[\s-]months?\s+period|quarter|"
            r"period|half[\s-]year|six\s+months|three\s+months|month(?!\s+(?:of|before|earlier|ago)\b))\b|\bquarterly\b"
            # not "over the last quarter", the three months to publication
            r"|(?<!\bover\s)\bthe\s+last\s+quarter\b(?![\s-]+(?:of|in)\b)",
            re.I,
        ),
        story_period,
    ),
    (
        "relative_year",
        re.compile(
            r"\b(this|last|next|the\s+current|the\s+previous|the\s+prior)\s+(?:fiscal\s+|financial\s+|business\s+)?year\b"
            r"|\bthe\s+(?:business\s+|fiscal\s+|financial\s+)?year\s+(?:that\s+)?(?:has\s+)?just\s+ended\b"
            r"|\bfor\s+the\s+(?:full\s+|fiscal\s+|financial\s+|business\s+)?year\b|\bthe\s+(?:full|whole)[\s-]year\b|\bfull[\s-]year\b|\bannual\b(?![\s-]+(?:rate|pace|basis)\b)",
            re.I,
        ),
        relative_year,
    ),
    (
        "relative_quarter",
        # also the adjective "current-quarter profit", as "fourth-quarter profit"
        re.compile(
            r"\b(this|last|next|the\s+current|current|the\s+previous|the\s+prior|the\s+preceding)[\s-]quarter\b", re.I
        ),
        relative_quarter,
    ),
    (
        "relative_month",
        # not "over the last month" (the past 30 days), "next month-end" nor "this month to date"; "fell last
        # month to 4.1 million" and "agreed last month to buy" are the month
        re.compile(
            r"\b(earlier|later)\s+this\s+month\b"
            r"|(?<!the\s)\b(last|this|next)\s+month\b(?![\s-]+(?:of|end|to[\s-]+(?:date|end|the\s+end|" + MONTH + r")))"
            r"|\b(?:the\s+)?(previous|prior|preceding)\s+month\b|\b(?:a|one|the)\s+()month\s+(?:earlier|before|ago)\b",
            re.I,
        ),
        lambda g, t, c: relative_month(tuple(x for x in g if x is not None) or ("",), t, c),
    ),
    ("weekday", re.compile(r"\b(?:on\s+)?(" + alternation(WEEKDAYS) + r")\b", re.I), weekday),
    ("week", re.compile(r"\b(last|this|next)\s+week\b", re.I), week),
    ("today", re.compile(r"\b(today|yesterday|tomorrow)\b", re.I), today),
    ("long_term", re.compile(r"\blong[\s-]term\b", re.I), lambda g, t, c: Resolved(unresolved("long term"))),
    (
        "year",
        re.compile(r"(?<![\w$€£.,-])" + YEAR + r"(?![\w%-]|,\d|\.\d)", re.I),
        lambda g, t, c: Resolved(year(int(g[0]))),
    ),
]


_MONTH_THEN_TO = re.compile(r"(?:last|this|next)\s+month\s*$", re.I)
_TO_AFTER = re.compile(r"\s+to\b", re.I)
# "from 6.1 percent ", "from $212 ", "from 61,300 units ": a figure, and at most a few words of its unit, right
# before the month; "Imports from Velda rose" names a source, not an earlier level
_FROM_FIGURE_BEFORE = re.compile(r"\bfrom\s+[$€£¥]?\d[\d.,]*%?(?:\s+[^\s\d,;:.]+){0,3}\s*$", re.I)


def from_month_to(text: str, start: int, end: int) -> bool:
    """ "rose from 7 percent last month to 8 percent": the month belongs to the "from" figure right before it, and a
    period phrase that ends before "to" would date the new level too, so it dates neither; "slid last month to
    61,300" and "Imports from Velda rose last month to 2 million tonnes" (no figure before the month) are the month
    the level was reached."""
    return (
        _MONTH_THEN_TO.search(text[start:end]) is not None
        and _TO_AFTER.match(text, end) is not None
        and _FROM_FIGURE_BEFORE.search(text[:start]) is not None
    )
