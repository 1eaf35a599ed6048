""" "Net income was $412 million, up from $388 million last year": on the earlier side of a comparison, "last year"
is the later side's period one year back (the same quarter, the same month), as "a year earlier" is, not the whole
calendar year before publication (issue 10, point 1). Used by `attachment.period_for`."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.periods import PeriodMention
from extractor.models import Period


def last_year_on_earlier_side(m: PeriodMention, cue: Token | None, sent: Span) -> bool:
    """The phrase is "last year" (`last_year_phrases`) written after the earlier side's preposition."""
    if cue is None or m.back is not None or m.role != "period" or m.point:
        return False
    after_cue = m.start > cue.idx - sent.start_char
    return after_cue and " ".join(m.text.lower().split()) in words("last_year_phrases")


def as_year_back(m: PeriodMention) -> PeriodMention:
    """The phrase read as "a year earlier": twelve months before the period it is counted from."""
    return replace(m, period=Period(label=m.text), back=12)
