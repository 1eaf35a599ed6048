"""A fiscal calendar the text implies by naming one report twice: by its ordinal ("Q3 profit surges", "second-quarter
results", "the second half") and by its months ("October-December earnings", "for January through March").

Two pairings count. An ordinal and a month span written together ("the October-March second half", "third-quarter
(October-December) profit") name the same part of the year. Otherwise the story's first ordinal quarter or half
and its first month span of that length name the same report when the span is the latest one of its length over at
publication and the ordinal, read on the calendar year, is another span: a results story does not report a quarter
that ended two quarters ago, nor one still running. A story that names its quarter both ways on the calendar year
("first-quarter GDP ... the January-March quarter") implies nothing, nor does a span still running ("growth should
return in the July-September quarter").
"""

from __future__ import annotations

import datetime as dt
import re

from extractor.mentions.calendars import CALENDAR, FiscalCalendar, add_months, month_end, nearest
from extractor.mentions.phrase_parts import MONTH, MONTH_NAMES, ORDINALS, YEAR, alternation
from extractor.mentions.regex_gate import lowered_text

# the ordinals that number a part of the year ("the last quarter" is the previous one as often as the fourth)
_NUMBERED = {name: number for name, number in ORDINALS.items() if name not in ("last", "final")}
_PART_SIZES = {"quarter": 3, "half": 6}
ORDINAL_PART = re.compile(
    r"\b(" + alternation(_NUMBERED) + r")[\s-]+(quarter|half)\b|\b(?-i:Q([1-4])|([1-4])Q|H([12])|([12])H)\b", re.I
)
# "October-December", "January through March 2008": a span named by its first and last months
MONTH_SPAN = re.compile(MONTH + r"\s*(?:-|–|\s+through\s+)\s*" + MONTH + r"(?:\s+" + YEAR + r")?", re.I)
# The same pattern without IGNORECASE, for the lower-cased text: it finds the same spans at the same offsets (every
# character but the four `lowered_text` refuses matches its pieces as its lower case does) about seven times faster
# over a whole story, where IGNORECASE folds every character tried. Only the groups' case differs; they are read
# lower-cased.
LOWERED_MONTH_SPAN = re.compile(MONTH_SPAN.pattern)
# "the October-March second half", "third-quarter (October-December)": the two names side by side
APPOSED_GAP = re.compile(r"[\s,(]*(?:fiscal\s+|financial\s+|business\s+)?", re.I)
ORDINAL_THEN_OPENING = re.compile(r"[\s-]*(?:\(|,)\s*")  # "third-quarter (", "its fourth quarter, "


def month_span_calendar(text: str, published: dt.date | None) -> FiscalCalendar | None:
    """The fiscal calendar under which the text's ordinal and its month span are the same part of the year, when
    they are not under the calendar year; None when the text pairs none."""
    spans = _month_spans(text)
    apposed = _apposed_calendar(text, spans)
    if apposed is not None or published is None:
        return apposed
    ordinal = ORDINAL_PART.search(text)
    if ordinal is None:
        return None
    number, size = _ordinal_part(ordinal)
    span = _first_span(spans, size)
    if span is None:
        return None
    start, end = _span_dates(span, published)
    latest_over = end <= published < add_months(end + dt.timedelta(days=1), size)
    if not latest_over or _calendar_start(number, size, published) == start:
        return None
    return _calendar_for(number, size, start.month)


def _calendar_start(number: int, size: int, published: dt.date) -> dt.date:
    """The first day of the ordinal's part read on the calendar year, as a past-tense report reads it."""
    year = nearest(published, number, size=size, future=False, fiscal=CALENDAR)
    return add_months(dt.date(year, 1, 1), size * (number - 1))


def _month_spans(text: str) -> list[re.Match[str]]:
    """`MONTH_SPAN`'s matches in the text, scanned once for both pairings."""
    lowered = lowered_text(text)
    return list(MONTH_SPAN.finditer(text) if lowered is None else LOWERED_MONTH_SPAN.finditer(lowered))


def _apposed_calendar(text: str, spans: list[re.Match[str]]) -> FiscalCalendar | None:
    """An ordinal and a month span of its length written side by side, in either order."""
    for span in spans:
        size = _span_months(span)
        after = ORDINAL_PART.match(text, span.end() + _gap(text, span.end()))
        before = _ordinal_before(text, span.start())
        for ordinal in (after, before):
            if ordinal is not None and _ordinal_part(ordinal)[1] == size:
                return _calendar_for(_ordinal_part(ordinal)[0], size, MONTH_NAMES[span.group(1).lower()])
    return None


def _gap(text: str, at: int) -> int:
    return APPOSED_GAP.match(text, at).end() - at  # the pattern matches the empty string too


def _ordinal_before(text: str, at: int) -> re.Match[str] | None:
    """ "third-quarter (October-December)": an ordinal part right before the span, an opening bracket between."""
    window = text[max(0, at - 30) : at]
    ordinals = list(ORDINAL_PART.finditer(window))
    if not ordinals or not ORDINAL_THEN_OPENING.fullmatch(window[ordinals[-1].end() :]):
        return None
    return ordinals[-1]


def _ordinal_part(match: re.Match[str]) -> tuple[int, int]:
    """The number of the quarter or half an ordinal names, and the part's length in months."""
    word, part, q_first, q_last, h_first, h_last = match.groups()
    if word is not None:
        return _NUMBERED[word.lower()], _PART_SIZES[part.lower()]
    if q_first or q_last:
        return int(q_first or q_last), 3
    return int(h_first or h_last), 6


def _span_months(span: re.Match[str]) -> int:
    first, last = (MONTH_NAMES[span.group(i).lower()] for i in (1, 2))
    return (last - first) % 12 + 1


def _first_span(spans: list[re.Match[str]], size: int) -> re.Match[str] | None:
    """The first month span of the part's length: the one that names the report, as the ordinal does first."""
    return next((span for span in spans if _span_months(span) == size), None)


def _span_dates(span: re.Match[str], published: dt.date) -> tuple[dt.date, dt.date]:
    """The span's first and last day: in its stated year, else the latest that ended by publication."""
    last = MONTH_NAMES[span.group(2).lower()]
    year = int(span.group(3)) if span.group(3) else published.year
    end = month_end(year, last)
    if span.group(3) is None and end > published:
        end = month_end(year - 1, last)
    return add_months(end + dt.timedelta(days=1), -_span_months(span)), end


def _calendar_for(number: int, size: int, first_month: int) -> FiscalCalendar | None:
    """The calendar whose part `number` of `size` months starts in `first_month`; None when that is the calendar
    year, which the text then only confirms."""
    start_month = (first_month - 1 - size * (number - 1)) % 12 + 1
    return None if start_month == 1 else FiscalCalendar(start_month, implied=True)
