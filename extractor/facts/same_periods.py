""" "The same period" by itself is the period named just before it, not the period the story reports on.

"Output fell 4 percent in the first quarter. Average oil prices rose 12 percent over the same period": the
first quarter. "Storage capacity doubled since 2006, while demand stayed at 5 million tons during the same period":
since 2006. "The cuts would save $9.8 billion over ten years ... would save $570 million over the same period": the
ten years. The phrase looks back to the last span its own sentence names before it, else to the span the sentence
before names (`Story.named_before`). With a year-back word ("the same period a year earlier") it is the story's
period a year back, which `attachment` resolves as before."""

from __future__ import annotations

import re

from extractor.mentions.periods import PeriodMention
from extractor.models import Period

SAME = re.compile(r"\bsame\b", re.I)


def is_same_period(m: PeriodMention) -> bool:
    """ "the same period", "the same quarter": resolved against a base with no shift (`back` 0)."""
    return m.back == 0 and SAME.search(m.text) is not None


def period_named_before(m: PeriodMention, periods: list[PeriodMention], named_before: Period | None) -> Period | None:
    """The last dated span the sentence names before the phrase, else the one the sentence before names."""
    before = [
        p
        for p in periods
        if p.end <= m.start and p.back is None and p.role in ("period", "to_date") and not p.point and p.period.start
    ]
    return before[-1].period if before else named_before
