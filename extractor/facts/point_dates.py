"""A figure dated by a point of its own ("35 branches at the start of 2010", "3 percent at the end of 2009"):
the stated day is its `as_of`, and a period phrase that follows another figure of the sentence ("40 branches in
June and 35 branches at the start of 2010") dates that figure, not this one. Left among the candidates it would
win, being the only period phrase, and the stated day would give way to the end of June. Split from
`attachment`, which scores the period phrases of a sentence for each figure; the figure comes in as plain
values, as in `stock_dates`."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.mentions.periods import PeriodMention


def past_own_point(
    candidates: list[PeriodMention], periods: list[PeriodMention], span: Span, sent: Span, figures: tuple[Span, ...]
) -> list[PeriodMention]:
    """The candidates of a figure with a point of its own, less the phrases of other figures; all of them when
    the figure has no point of its own (`figures`: the sentence's figures, this one among them or not)."""
    listed = sorted({q.start_char: q for q in (*figures, span)}.values(), key=lambda q: q.start_char)
    if not any(m.role == "as_of" and _owner(m, listed, sent) == span.start_char for m in periods):
        return candidates
    return [m for m in candidates if _owner(m, listed, sent) == span.start_char]


def _owner(m: PeriodMention, listed: list[Span], sent: Span) -> int:
    """The start of the figure a phrase goes with: the nearest before it ("40 in June and 35 at the start of
    2010"), else the first after it ("At the start of 2007 its assets stood at $29 billion")."""
    phrase_start = sent.start_char + m.start
    before = [q.start_char for q in listed if q.start_char < phrase_start]
    return before[-1] if before else listed[0].start_char
