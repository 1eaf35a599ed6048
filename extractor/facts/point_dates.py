"""A figure dated by a point of its own ("35 branches at the start of 2010", "3 percent at the end of 2009"):
the stated day is its `as_of`, and a period phrase that follows another figure of the sentence ("40 branches in
June and 35 branches at the start of 2010") dates that figure, not this one. Left among the candidates it would
win, being the only period phrase, and the stated day would give way to the end of June. Split from
`attachment`, which scores the period phrases of a sentence for each figure; the figure comes in as plain
values, as in `stock_dates`.

A level told with a verb that ends or starts a period ("closed the year with $5 billion of debt", "opened the
year at $61") is likewise of a point: the period's last (first) day, not the whole period."""

from __future__ import annotations

from spacy.tokens import Span

from extractor.facts.attachment_clauses import phrase_span
from extractor.facts.syntax import figure_head
from extractor.lexicons import words
from extractor.mentions.periods import PeriodMention
from extractor.models import Period

MONTH_DAYS = 27  # the shortest month, February, spans 27 days from its first to its last


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
    2010"), else the first after it ("At the start of 2019 its fund held $14 billion")."""
    phrase_start = sent.start_char + m.start
    before = [q.start_char for q in listed if q.start_char < phrase_start]
    return before[-1] if before else listed[0].start_char


def bounded_level(span: Span, sent: Span, periods: list[PeriodMention]) -> tuple[PeriodMention, bool] | None:
    """The period phrase a verb ends or starts when the figure is the level told with that verb, and whether the
    verb ends it: "closed the year with $5 billion of debt", "opened 2019 at $61", "ended the quarter at 52"
    (`lexicons/period_end_verbs`, `period_start_verbs`; the figure after `point_level_prepositions`). A move
    told with the verb ("finished the year up 23 percent") is of the whole period, and is no level."""
    head = figure_head(span.root)
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words("point_level_prepositions"):
        return None
    verb = prep.head
    ends = verb.lower_ in words("period_end_verbs")
    if not ends and verb.lower_ not in words("period_start_verbs"):
        return None
    for m in periods:
        phrase = phrase_span(span.doc, sent, m)
        if phrase is not None and phrase.root.dep_ in ("dobj", "npadvmod") and phrase.root.head.i == verb.i:
            return m, ends
    return None


def boundary_day(period: Period | None, ends: bool) -> Period | None:
    """The last (first) day of a dated period of a month or longer, labelled as such; None for an undated one, and
    for a week or a day ("ended last week at $40": the week's last session, not its Sunday, is no calendar day)."""
    if period is None or period.start is None or period.end is None or (period.end - period.start).days < MONTH_DAYS:
        return None
    day = period.end if ends else period.start
    return Period(start=day, end=day, label=f"{'end' if ends else 'start'} of {period.label}")


def verb_bounded_year(m: PeriodMention) -> bool:
    """A bare "the year", which only a verb that ends or starts it makes a period phrase (`bounded_years`)."""
    return " ".join(m.text.lower().split()) == "the year"


def own_bounded_years(periods: list[PeriodMention], bounded: tuple[PeriodMention, bool] | None) -> list[PeriodMention]:
    """The phrases a figure may take: a bare "the year" of a verb that ends or starts it dates only the level told
    with that verb (`bounded`, the figure's own), not another figure of the sentence."""
    return [m for m in periods if not verb_bounded_year(m) or (bounded is not None and m is bounded[0])]
