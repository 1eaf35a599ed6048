"""Figures listed against as many listed periods, in order: "trimmed its outlook for this year and for next year to
1.6 and 2.8 percent", "sees growth at 1.4 percent and 2.1 percent in 2013 and 2014 respectively". The first figure is of
the first period, the second of the second; without this reading every figure of the list took one of the periods
(or the span that holds both).

Read on the surface, as the lists are written: figures joined by "and" (or by commas and a last "and"), and period
phrases joined the same way, or one phrase that names several periods: two years ("for 2013 and 2014"), an ordinal
elided before a quarter or half ("the third- and fourth-quarter index", "in the first and second quarters"), or the
next N quarters or years ("should drop 5 percent and 7 percent during the next two quarters": the quarters after
the current one). The lists must be of the same length. A sentence with other period phrases uses the one list with no
comma or semicolon between it and the figures, else none; a list whose phrases are comparisons or counted back ("a year
earlier") leaves the figures to the usual choice.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Span

from extractor.mentions.calendars import quarter, shifted
from extractor.mentions.doc_text import doc_text
from extractor.mentions.periods import PeriodMention
from extractor.models import Period

LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)  # " and ", ", ", ", and "
PERIOD_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:in|for)\s+)?", re.I)  # "this year and next year"
TWO_YEARS = re.compile(r"\b((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b")  # "for 2013 and 2014", not "between ..."
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
ELIDED_ORDINAL = re.compile(r"\b(first|second|third|fourth)-?\s+and\s+$", re.I)  # "the third- and " fourth-quarter
OWN_ORDINAL = re.compile(r"\b(first|second|third|fourth)\b[\s-]*(quarter|half)", re.I)
NEXT_N = re.compile(r"\bnext\s+(two|three|four|2|3|4)\s+(quarters|years)\b", re.I)
COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def respective_period(
    span: Span, figures: tuple[Span, ...], periods: list[PeriodMention], sent: Span
) -> PeriodMention | None:
    """The period phrase that holds the same place in the sentence's period list as `span` in its figure list, or
    None when the sentence lists no figures against as many periods (`periods` are offsets into `sent`)."""
    listed = _figure_list(span, figures)
    if len(listed) < 2:
        return None
    place = next(n for n, q in enumerate(listed) if q.start_char == span.start_char)
    offset = sent.start_char
    group = _period_group(
        [m for m in periods if m.period.start is not None],
        sent.text,
        (listed[0].start_char - offset, listed[-1].end_char - offset),
    )
    if group is None or any(m.role not in ("period", "by") or m.back for m in group):
        return None
    ordered = group if len(group) > 1 else _split(group[0], sent.text)
    return ordered[place] if ordered is not None and len(ordered) == len(listed) else None


def _figure_list(span: Span, figures: tuple[Span, ...]) -> list[Span]:
    """The run of figures joined by "and" or commas that holds `span`, in order."""
    ordered = sorted({q.start_char: q for q in (*figures, span)}.values(), key=lambda q: q.start_char)
    runs: list[list[Span]] = []
    for figure in ordered:
        joined = runs and _joined(runs[-1][-1], figure)
        runs[-1].append(figure) if joined else runs.append([figure])
    return next((run for run in runs if any(q.start_char == span.start_char for q in run)), [])


def _joined(first: Span, second: Span) -> bool:
    text = doc_text(first.doc)[first.end_char : second.start_char]  # Doc.text joins every token on each access
    return first.end_char <= second.start_char and LIST_JOIN.fullmatch(text) is not None


def _period_group(dated: list[PeriodMention], text: str, figures: tuple[int, int]) -> list[PeriodMention] | None:
    """The sentence's one list of period phrases (phrases joined by "and" or commas): the only one, else the only one
    with no comma or semicolon between it and the figure list ("shrink 4 and 2 percent over the next two quarters,
    a slump deeper than the one of 1991": not 1991)."""
    groups: list[list[PeriodMention]] = []
    for m in sorted(dated, key=lambda m: m.start):
        joined = groups and PERIOD_JOIN.fullmatch(text[groups[-1][-1].end : m.start]) is not None
        groups[-1].append(m) if joined else groups.append([m])
    if len(groups) == 1:
        return groups[0]
    near = [g for g in groups if not re.search(r"[,;]", _gap(text, (g[0].start, g[-1].end), figures))]
    return near[0] if len(near) == 1 else None


def _gap(text: str, first: tuple[int, int], second: tuple[int, int]) -> str:
    low, high = sorted((first, second))
    return text[low[1] : high[0]] if low[1] <= high[0] else ""


def _split(m: PeriodMention, text: str) -> list[PeriodMention] | None:
    """One phrase naming several periods, split in order ("for 2013 and 2014", "third- and fourth-quarter", "the
    next two quarters"); None for a phrase of one period."""
    return _two_years(m) or _elided_ordinal(m, text) or _next_ones(m)


def _two_years(m: PeriodMention) -> list[PeriodMention] | None:
    found = TWO_YEARS.search(m.text)
    if found is None or re.search(r"\bbetween\b", m.text, re.I):
        return None
    return [replace(m, period=_calendar_year(int(found.group(n)))) for n in (1, 2)]


def _calendar_year(number: int) -> Period:
    return Period(start=dt.date(number, 1, 1), end=dt.date(number, 12, 31), label=str(number))


def _elided_ordinal(m: PeriodMention, text: str) -> list[PeriodMention] | None:
    """ "the third- and fourth-quarter index": the quarter (or half) of the elided ordinal, in the same year."""
    own, elided = OWN_ORDINAL.search(m.text), ELIDED_ORDINAL.search(text[: m.start])
    if own is None or elided is None or m.period.end is None:
        return None
    step = 3 if own.group(2).lower() == "quarter" else 6
    back = (ORDINALS[own.group(1).lower()] - ORDINALS[elided.group(1).lower()]) * step
    if back <= 0:
        return None
    earlier = shifted(m.period, back)
    label = f"{elided.group(1).lower()} {own.group(2).lower()} of {m.period.end.year}"
    return [replace(m, period=Period(start=earlier.start, end=earlier.end, label=label)), m]


def _next_ones(m: PeriodMention) -> list[PeriodMention] | None:
    """ "in the next two quarters" from publication: each of the quarters (years) after the current one."""
    found, today = NEXT_N.search(m.text), m.period.start
    if found is None or today is None:
        return None
    count = COUNTS[found.group(1).lower()]
    if found.group(2).lower() == "years":
        return [replace(m, period=_calendar_year(today.year + n)) for n in range(1, count + 1)]
    current = today.year * 4 + (today.month - 1) // 3  # quarters counted from year 0
    return [replace(m, period=quarter((current + n) // 4, (current + n) % 4 + 1)) for n in range(1, count + 1)]
