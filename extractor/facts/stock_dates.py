"""The date a stock or level is measured at (`as_of`) among the sentence's "as of" / "at the end of" phrases: the
nearest one that is not across a comparison from the figure. In "Tin may close the month at $21,300, against
$20,900 today and $19,400 at end-May", end-May dates only the $19,400; in "it sees the peso at 19.1 at end-March,
18.7 at end-2021 and 18.2 at end-2022" each level gets its own date. Before, the sentence's first such phrase
dated every figure.

The figure comes in as plain values (its span, its sentence, the preposition that makes it the earlier side of a
comparison), so this module does not depend on how `attachment` stores figures."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from extractor.mentions.periods import PeriodMention


def stock_date(
    periods: list[PeriodMention], span: Span, sent: Span, cue: Token | None, cues: list[Token]
) -> dt.date | None:
    """The end of the nearest `as_of` phrase the figure `span` of `sent` may take, or None."""
    dated = [(m.start, m.end) for m in periods]
    dates = [m for m in periods if m.role == "as_of" and not _across(m, span, sent, cue, cues, dated)]
    if not dates:
        return None
    return min(dates, key=lambda m: _gap(m, span, sent)).period.end


def _gap(m: PeriodMention, span: Span, sent: Span) -> int:
    """Characters between the figure and the phrase, whichever comes first."""
    start, end = span.start_char - sent.start_char, span.end_char - sent.start_char
    return m.start - end if m.start >= end else max(0, start - m.end)


def _across(
    m: PeriodMention, span: Span, sent: Span, cue: Token | None, cues: list[Token], dated: list[tuple[int, int]]
) -> bool:
    """A later side's phrase past a comparison word is the earlier side's; an earlier side's phrase past another
    figure of that side ("$20,900 today and $19,400 at end-May") is that figure's. A figure after a comparison
    word is on the earlier side even when the parser gives it no cue of its own."""
    offset = sent.start_char
    position = span.start_char - offset
    if cue is not None and m.start < cue.idx - offset:
        return True  # "climbed to 8.2 million at end-June from 7.6 million": June belongs to the later side
    if cue is None and not any(c.idx - offset < position for c in cues):
        return any(position < c.idx - offset < m.start for c in cues)  # a later side: stop at the comparison
    if m.start <= position:
        return False
    # any number between, a coordinated one too ("roughly 41 and close to 39 at end-May")
    # (a number inside a period phrase, "over the past 12 months", is no figure)
    between = sent.doc.char_span(span.end_char, offset + m.start, alignment_mode="expand")
    return between is not None and any(t.like_num and not _in_phrase(t, offset, dated) for t in between)


def _in_phrase(token: Token, offset: int, dated: list[tuple[int, int]]) -> bool:
    return any(start <= token.idx - offset < end for start, end in dated)
