""" "The same period" standing alone points back to the span just named: "Exports climbed 40 percent in the first
half. Imports rose 12 percent in the same period." or "the index is up 9 percent since 2010, against 4 percent
for the benchmark over the same period". With a year word ("the same period last year") it is a year back and is
left to the comparison rules; alone, it takes the dates of the last dated span before it in its own sentence, else
of the first dated span the sentence before named (a period, or a span up to publication), else it stays as it was
(the story's period, as for any phrase relative to the story).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.mentions.periods import PeriodMention
from extractor.models import Period

SAME_PERIOD = re.compile(r"(?:the\s+)?same\s+(?:period|span|time\s+span|timeframe|time\s+frame)", re.I)
SPAN_ROLES = ("period", "to_date")


def is_same_period(m: PeriodMention) -> bool:
    """A bare "the same period": relative to what was just named (no year back, no dates of its own)."""
    return m.back == 0 and m.period.start is None and SAME_PERIOD.fullmatch(" ".join(m.text.split())) is not None


def named_span(periods: list[PeriodMention]) -> Period | None:
    """The first dated span a sentence names itself (a period or a span to publication; not a day, not a phrase
    relative to the story, not a comparison's earlier side): what "the same period" in the next sentence means."""
    return next((m.period for m in periods if _dated_span(m)), None)


def anchor_same_period(periods: list[PeriodMention], span_before: Period | None) -> list[PeriodMention]:
    """The sentence's phrases, each bare "the same period" given the dates it points back to, when there are any."""
    if not any(is_same_period(m) for m in periods):
        return periods
    return [_anchored(m, periods, span_before) if is_same_period(m) else m for m in periods]


def _anchored(m: PeriodMention, periods: list[PeriodMention], span_before: Period | None) -> PeriodMention:
    earlier = [q.period for q in periods if q.end <= m.start and _dated_span(q)]
    base = earlier[-1] if earlier else span_before
    if base is None:
        return m
    return replace(m, period=Period(start=base.start, end=base.end, label=base.label), back=None, role="period")


def _dated_span(m: PeriodMention) -> bool:
    return m.role in SPAN_ROLES and m.back is None and not m.point and m.period.start is not None
