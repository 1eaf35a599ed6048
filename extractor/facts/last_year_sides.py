""" "Operating profit was $96 million, against $81 million last year": on the earlier side of a comparison, "last
year" is the later side's period one year back (the same quarter, the same month), as "a year earlier" is, not the whole
calendar year before publication (issue 10, point 1). Used by `attachment.period_for`."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.doc_text import span_text
from extractor.mentions.periods import PeriodMention
from extractor.models import Period


def last_year_on_earlier_side(m: PeriodMention, cue: Token | None, sent: Span) -> bool:
    """The phrase is "last year" (`last_year_phrases`) written after the earlier side's preposition."""
    if cue is None or m.back is not None or m.role != "period" or m.point:
        return False
    after_cue = m.start > cue.idx - sent.start_char
    return after_cue and " ".join(m.text.lower().split()) in words("last_year_phrases") and not _whole(m, sent)


def _whole(m: PeriodMention, sent: Span) -> bool:
    """ "versus 70 plants over the whole of last year": the phrase names the whole year, so it stays that year."""
    before = span_text(sent)[: m.start].lower().split()[-2:]
    return len(before) == 2 and before[1] == "of" and before[0] in words("whole_span_words")


def as_year_back(m: PeriodMention) -> PeriodMention:
    """The phrase read as "a year earlier": twelve months before the period it is counted from."""
    return replace(m, period=Period(label=m.text), back=12)


def part_of_a_year(period: Period | None) -> bool:
    """A dated span shorter than a year (a quarter, a half, a month): only then does "last year" on the earlier side
    mean the same part of the year before. Against a whole year or a deadline ("targets 5 billion euros by 2020,
    against 3.8 billion last year") it is the calendar year before publication."""
    return (
        period is not None
        and period.start is not None
        and period.end is not None
        and ((period.end - period.start).days < SHORTER_THAN_A_YEAR)
    )


SHORTER_THAN_A_YEAR = 300  # days: a half of 181 days is part of a year, a fiscal year of 364 is not
