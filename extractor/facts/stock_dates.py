"""The date a stock or level is measured at (`as_of`) among the sentence's "as of" / "at the end of" phrases: the
nearest one that is not across a comparison from the figure. "Corn could end the week at $5.50, compared with $5.75
now and $4.24 at end-August": end-August dates only the $4.24; "a target of 100 yen at end-June, 102 at end-2013 and
106 at end-2014" gives each level its own date. Before, the sentence's first such phrase dated every figure."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.mentions.periods import PeriodMention

if TYPE_CHECKING:
    from extractor.facts.attachment import _Figure


def stock_date(periods: list[PeriodMention], figure: _Figure, cues: list[Token]) -> dt.date | None:
    """The end of the nearest `as_of` phrase the figure may take, or None."""
    dates = [m for m in periods if m.role == "as_of" and not _across(m, figure, cues)]
    if not dates:
        return None
    return min(dates, key=lambda m: _gap(m, figure)).period.end


def _gap(m: PeriodMention, figure: _Figure) -> int:
    """Characters between the figure and the phrase, whichever comes first."""
    end = figure.span.end_char - figure.sent.start_char
    return m.start - end if m.start >= end else max(0, figure.position - m.end)


def _across(m: PeriodMention, figure: _Figure, cues: list[Token]) -> bool:
    """A later side's phrase past a comparison word is the earlier side's; an earlier side's phrase past another
    figure of that side ("$5.75 now and $4.24 at end-August") is that figure's."""
    offset = figure.sent.start_char
    if figure.cue is None:
        return any(figure.position < c.idx - offset < m.start for c in cues)
    if m.start < figure.cue.idx - offset:
        return True  # "fell to 3.1 billion at the end of September from 3.9 billion": September is the later side's
    if m.start <= figure.position:
        return False
    # any number between, a coordinated one too ("nearly $6.95 and about $6.52 at end-August")
    between = figure.sent.doc.char_span(figure.span.end_char, offset + m.start, alignment_mode="expand")
    return between is not None and any(t.like_num for t in between)
