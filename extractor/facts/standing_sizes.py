"""Figures that size a standing term rather than report a result: a buyback program's size and a payout rate
paid each quarter. FACTS.md gives a figure the period the story reports on only when it is one of those results,
so these take a period only from a phrase of their own ("over two years", "by 2015")."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from extractor.facts.predicate_forms import predicate_head
from extractor.lexicons import words
from extractor.models import Period

YEAR_DAYS = 300  # a fiscal or calendar year, or longer


def sizes_a_standing_term(predicate: str, measured: Token | None) -> bool:
    """ "a $2 billion share repurchase program", "raised its quarterly dividend to 30 cents": the size of a
    program, plan or authorization, or a dividend paid each quarter; not "dividends paid in the quarter" nor a
    "final dividend" of a year's results."""
    head = predicate_head(predicate)
    if head in words("standing_size_nouns"):
        return True
    if measured is None or measured.lemma_.lower() not in words("payout_nouns"):
        return False
    return any(c.dep_ == "amod" and c.lower_ in words("payment_rate_modifiers") for c in measured.children)


def standing_dating(dating: list, published: dt.date | None) -> list:
    """The period phrases that can date a standing term: a span it runs over, which ends after publication
    ("over the next two years", "through 2015"). "Quarterly" says how often a dividend is paid; a past phrase dates
    the approval or a figure beside it ("approved last month", "bought back $300 million in the quarter under its
    $1 billion program"), not the size."""
    return [
        m
        for m in dating
        if m.text.strip().lower() not in words("payment_rate_modifiers")
        and (published is None or m.period.end is None or m.period.end > published or _names_a_year(m.period))
    ]


def _names_a_year(period: Period) -> bool:
    # "its 2009 spending plan of $2 billion": a year the plan is for, past or not; a month or a quarter told
    # beside a standing term dates its approval or another figure
    return period.start is not None and (period.end - period.start).days >= YEAR_DAYS
