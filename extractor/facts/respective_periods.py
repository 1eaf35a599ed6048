"""Figures listed against as many listed periods, in order: "cut its forecasts for this year and next year to 0.9
and 2.2 percent", "sees growth at 1.4 percent and 2.1 percent in 2013 and 2014 respectively". The first figure is of
the first period, the second of the second; without this reading every figure of the list took one of the periods
(or the span that holds both).

Read on the surface, as the lists are written: figures joined by "and" (or by commas and a last "and"), and period
phrases joined the same way, or one phrase naming two years ("for 2013 and 2014"). The lists must be of the same
length, and the sentence must date nothing else, so a third phrase ("in May") leaves the figures to the usual choice.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Span

from extractor.mentions.periods import PeriodMention
from extractor.models import Period

LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)  # " and ", ", ", ", and "
PERIOD_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:in|for)\s+)?", re.I)  # "this year and next year"
TWO_YEARS = re.compile(r"\b((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b")  # "for 2013 and 2014", not "between ..."


def respective_period(
    span: Span, figures: tuple[Span, ...], periods: list[PeriodMention], sent: Span
) -> PeriodMention | None:
    """The period phrase that holds the same place in the sentence's period list as `span` in its figure list, or
    None when the sentence lists no figures against as many periods (`periods` are offsets into `sent`)."""
    listed = _figure_list(span, figures)
    if len(listed) < 2:
        return None
    place = next(n for n, q in enumerate(listed) if q.start_char == span.start_char)
    dated = [m for m in periods if m.period.start is not None]
    if not dated or any(m.role not in ("period", "by") or m.back for m in dated):
        return None
    ordered = _period_list(dated, sent.text)
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
    text = first.doc.text[first.end_char : second.start_char]
    return first.end_char <= second.start_char and LIST_JOIN.fullmatch(text) is not None


def _period_list(dated: list[PeriodMention], text: str) -> list[PeriodMention] | None:
    """The sentence's period phrases as one list: phrases joined by "and" or commas, or a single "2013 and 2014"
    split into its years. None when the phrases are not one list."""
    ordered = sorted(dated, key=lambda m: m.start)
    if len(ordered) == 1:
        return _two_years(ordered[0])
    for first, second in zip(ordered, ordered[1:], strict=False):
        if PERIOD_JOIN.fullmatch(text[first.end : second.start]) is None:
            return None
    return ordered


def _two_years(m: PeriodMention) -> list[PeriodMention] | None:
    found = TWO_YEARS.search(m.text)
    if found is None or re.search(r"\bbetween\b", m.text, re.I):
        return None
    return [replace(m, period=_calendar_year(int(found.group(n)))) for n in (1, 2)]


def _calendar_year(number: int) -> Period:
    return Period(start=dt.date(number, 1, 1), end=dt.date(number, 12, 31), label=str(number))
