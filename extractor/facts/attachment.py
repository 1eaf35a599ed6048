"""Which period phrase of a sentence dates which figure, and the periods a document implies
(the period a results report covers)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from extractor.facts.syntax import clause_tokens, governing_verb, own_clause
from extractor.lexicons import words
from extractor.mentions.periods import FiscalCalendar, PeriodMention, find_periods
from extractor.models import Period


@dataclass(frozen=True)
class SentencePeriods:
    """A sentence's period phrases read as about the past (actual results) and as about the future (plans)."""

    past: list[PeriodMention]
    future: list[PeriodMention]

    def for_modality(self, modality: str) -> list[PeriodMention]:
        return self.past if modality == "actual" else self.future


def _phrase_span(doc: Doc, sent: Span, m: PeriodMention) -> Span | None:
    """The tokens of a period phrase, without trailing punctuation ("in June." ends a sentence)."""
    phrase = doc.char_span(sent.start_char + m.start, sent.start_char + m.end, alignment_mode="expand")
    while phrase is not None and len(phrase) > 1 and phrase[-1].is_punct:
        phrase = phrase[:-1]
    return phrase


def _is_this_year(m: PeriodMention) -> bool:
    return re.search(r"\bthis\s+year\b", m.text, re.I) is not None and m.period.start is not None


def _to_date(m: PeriodMention, published: dt.date | None) -> PeriodMention:
    """ "Shares have fallen 24 percent this year": a price move this year runs to the publication date."""
    if not _is_this_year(m) or m.role == "to_date" or m.point or published is None:
        return m
    end = min(m.period.end, published)
    return PeriodMention(
        m.start,
        m.end,
        Period(start=m.period.start, end=end, label=f"{m.period.start.year} to date"),
        "to_date",
        False,
        m.text,
    )


def _dates_the_statement(m: PeriodMention, span: Span, sent: Span) -> bool:
    """ "BMO said in November it was targeting ...": the phrase dates the saying, not the figure."""
    phrase = _phrase_span(span.doc, sent, m)
    if phrase is None:
        return False
    clause = own_clause(phrase.root)
    return (
        clause is not None and clause.lemma_.lower() in words("reporting_verbs") and clause.i != own_clause(span.root).i
        if own_clause(span.root) is not None
        else False
    )


def _clause_covers(m: PeriodMention, span: Span, sent: Span) -> bool:
    phrase = _phrase_span(span.doc, sent, m)
    if phrase is None:
        return True
    clause = own_clause(phrase.root)
    return clause is None or clause.i in {a.i for a in span.root.ancestors} | {span.root.i}


def period_for(
    span: Span,
    periods: list[PeriodMention],
    sent: Span,
    *,
    quantity_starts: tuple[int, ...] = (),
    days: bool = True,
    same_clause: bool = False,
    days_only: bool = False,
    other_quantities: tuple[Span, ...] = (),
    published: dt.date | None = None,
) -> tuple[Period | None, Period | None, dt.date | None]:
    """(period, comparison, as_of) for a quantity, from the period phrases of its sentence.

    A phrase belongs to the quantity when no other quantity stands between them ("rose 1.6 percent
    on Tuesday, adding to 4 percent gained so far this year": the year-to-date is the 4 percent's);
    a single day ("on Tuesday") dates prices and events, not the figures a company announced that day."""
    position = span.start_char - sent.start_char
    others = [q - sent.start_char for q in quantity_starts if q != span.start_char]

    def reachable(m: PeriodMention) -> bool:
        low, high = sorted((position, m.start))
        return not any(low < q < high for q in others)

    def owned_elsewhere(m: PeriodMention) -> bool:
        """ "the 4 percent gained so far this year", "take a $5 million charge in the first quarter": the
        phrase hangs on another quantity, or on a clause that holds another quantity and not this one."""
        phrase = _phrase_span(span.doc, sent, m)
        if phrase is None:
            return False
        if phrase.root.dep_ in ("compound", "nummod", "amod", "poss", "nmod"):
            return True  # "its 2007 targets": the year dates the targets, not this figure
        ancestors = {a.i for a in phrase.root.ancestors}
        if any(q.root.i in ancestors for q in other_spans):
            return True
        clause = governing_verb(phrase.root)
        if clause is None or clause.i in {a.i for a in span.root.ancestors}:
            return False
        clause_tokens = {t.i for t in clause.subtree}
        return any(q.root.i in clause_tokens for q in other_spans)

    other_spans = [q for q in other_quantities if q.start_char != span.start_char]
    candidates = [m for m in periods if reachable(m) and (days or not m.point)]
    if not candidates:
        candidates = [m for m in periods if not owned_elsewhere(m) and (days or not m.point)]
    if days_only:
        candidates = [_to_date(m, published) for m in candidates if m.point or m.role == "to_date" or _is_this_year(m)]
    clause = clause_tokens(span)

    def inside(m: PeriodMention) -> bool:
        phrase = _phrase_span(span.doc, sent, m)
        return phrase is not None and phrase.root.i in clause

    candidates = [m for m in candidates if not _dates_the_statement(m, span, sent)]
    in_clause = [m for m in candidates if inside(m)]
    if in_clause or same_clause:
        candidates = in_clause
    else:
        # a phrase outside the figure's clause dates it only from a clause above it, not from a sibling
        # ("volumes rose 7 percent ..., helped by the acquisition in April of X": April is the acquisition's)
        candidates = [m for m in candidates if _clause_covers(m, span, sent)]
    own = [m for m in candidates if m.role in ("period", "by", "to_date")]
    comparisons = [m for m in candidates if m.role == "comparison"]
    as_of = next((m.period.start for m in periods if m.role == "as_of"), None)
    period = None
    if own:
        # the nearest phrase, preferring one after the quantity in the same clause ("23 million in Q2")
        nearest = min(own, key=lambda m: abs(m.start - position) + (0 if m.start >= position else 15))
        period = nearest.period
    comparison = comparisons[0].period if comparisons else None
    return period, comparison, as_of


def _reportable(period: Period) -> bool:
    """Results are reported for a quarter, a half or a year, not for a month or a day."""
    return (period.end - period.start).days >= 80


def report_period(doc: Doc, title: str | None, published: dt.date | None, fiscal: FiscalCalendar) -> Period | None:
    """The period a results report covers: the first quarter, half or fiscal year named in its title or lead."""
    sents = list(doc.sents)
    lead = " ".join(s.text for s in sents[:2])
    for text in (title or "", lead):
        mentions = [
            m
            for m in find_periods(text, published=published, fiscal=fiscal)
            if m.role == "period" and m.period.start is not None and _reportable(m.period)
        ]
        # the shortest period is the one reported on ("Q3 sales jump, full-year outlook raised"); a phrase
        # with a number in it ("2016", "Q1") says more than "annual"
        mentions.sort(key=lambda m: (m.period.end - m.period.start, not re.search(r"\d", m.text), m.start))
        if mentions:
            return mentions[0].period
    return None


RESULT_WORDS = re.compile(
    r"\b(results?|profit|earnings|revenue|sales|shipments|loss|quarter|quarterly|annual|half|turnover|income)\b", re.I
)
