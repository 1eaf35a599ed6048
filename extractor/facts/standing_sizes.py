"""Figures that size a standing term rather than report a result: a buyback program's size and a payout rate
paid each quarter. FACTS.md gives a figure the period the story reports on only when it is one of those results,
so these take a period only from a phrase of their own ("over two years", "by 2015")."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from extractor.facts.attachment_clauses import is_clause_verb, phrase_span
from extractor.facts.predicate_forms import is_per_share, predicate_head
from extractor.lexicons import words
from extractor.mentions.periods import PeriodMention
from extractor.models import Period

YEAR_DAYS = 300  # a fiscal or calendar year, or longer


def sizes_a_standing_term(predicate: str, measured: Token | None, span: Span) -> bool:
    """ "a $2 billion share repurchase program", "lifted its quarterly payout to 30 cents per share": the size of
    a program, plan or authorization, or the per-share rate of a dividend paid each quarter; not "dividends paid
    in the quarter", "$55 million in quarterly dividends" (a total paid) nor a "final dividend" of a year's
    results."""
    head = predicate_head(predicate)
    if head in words("standing_size_nouns"):
        return True
    if measured is None or measured.lemma_.lower() not in words("payout_nouns"):
        return False
    each_time = any(c.dep_ == "amod" and c.lower_ in words("payment_rate_modifiers") for c in measured.children)
    return each_time and (is_per_share(predicate) or _stated_per_unit(span))


def _stated_per_unit(span: Span) -> bool:
    # "20 cents a share", "4 cents per unit", "8 cents per ordinary share": a rate, not the sum paid out
    after = span.doc[span.end : min(span.end + 3, span.sent.end)]
    if len(after) < 2 or after[0].lower_ not in words("rate_openers"):
        return False
    unit = after[2] if after[1].pos_ == "ADJ" and len(after) == 3 else after[1]
    return unit.lemma_.lower() in words("payout_rate_units")


def dated_as_its_own(dating: list, sent: Span, measured: Token | None, published: dt.date | None) -> bool:
    """ "its capital program for the quarter was $450 million", "the quarterly dividend was 20 cents a share in
    the third quarter", "the plan held $2 billion of assets at Sept. 30": a past phrase on the term's own noun,
    or in the clause the term is the subject of, dates the figure itself (not an approval or another figure), so
    the figure is dated as any other."""
    if measured is None:
        return False
    subject_of = measured.head.i if measured.dep_ == "nsubj" else None  # "the plan was approved in May": not
    for m in dating:
        if _rate_word(m) or _dates_beyond(m, published):
            continue
        phrase = phrase_span(sent.doc, sent, m)
        if phrase is None:
            continue
        ancestors = list(phrase.root.ancestors)
        verb = next((a for a in ancestors if is_clause_verb(a)), None)
        below_verb = ancestors[: ancestors.index(verb)] if verb is not None else ancestors
        on_noun = any(a.i == measured.i for a in below_verb)
        if on_noun or (verb is not None and verb.i == subject_of):
            return True
    return False


def standing_dating(dating: list, published: dt.date | None) -> list:
    """The period phrases that can date a standing term: a span it runs over, which ends after publication
    ("over the next two years", "through 2015"). "Quarterly" says how often a dividend is paid; a past phrase dates
    the approval or a figure beside it ("approved last month", "bought back $300 million in the quarter under its
    $1 billion program"), not the size."""
    return [m for m in dating if not _rate_word(m) and _dates_beyond(m, published)]


def _rate_word(m: PeriodMention) -> bool:
    return m.text.strip().lower() in words("payment_rate_modifiers")  # how often it is paid, not when


def _dates_beyond(m: PeriodMention, published: dt.date | None) -> bool:
    # a span past publication or a named year, not a past month, quarter or day
    return published is None or m.period.end is None or m.period.end > published or _names_a_year(m.period)


def _names_a_year(period: Period) -> bool:
    # "its 2009 spending plan of $2 billion": a year the plan is for, past or not; a month or a quarter told
    # beside a standing term dates its approval or another figure
    return period.start is not None and (period.end - period.start).days >= YEAR_DAYS
