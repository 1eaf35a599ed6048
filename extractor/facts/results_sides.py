"""The earlier side of a company's result compared with no period of its own: the matching period one year back.

A results report compares its quarter or half with the matching period one year back, and the wire writes the
comparison on its own as often as with "a year ago": "Net income slipped to $8 million from $11 million", "Earnings
per share improved to 52 cents from 47 cents" in a quarterly report compare with the year-ago quarter, not with the
quarter before (the gold of three readable results stories agrees). A rate of growth is compared with the rate
just before ("sales growth slowed to 4 percent from 6 percent" after a first half), and keeps that reading.
An economic release compares the other way
("the index rose to 53.1 from 51.4" is last month's reading), and its story period is a month or a release
quarter whose sentences name no company result measure; those keep the period just before (`_previous`).
"""

from __future__ import annotations

from spacy.tokens import Span

from extractor.facts.syntax import own_clause
from extractor.lexicons import words
from extractor.mentions.periods import shifted
from extractor.models import Period

QUARTER_DAYS, YEAR_DAYS = 85, 360


def year_before_result(base: Period | None, story_period: Period | None, figure: Span) -> Period | None:
    """The year-ago period of a result's earlier side: `base` is the story's own quarter or half (the later side
    names no other period) and the sentence names a result measure ("revenue", "profit", "earnings")."""
    if base is None or base != story_period or base.start is None or base.end is None:
        return None
    if not QUARTER_DAYS <= (base.end - base.start).days < YEAR_DAYS:
        return None  # a year's earlier side is the year before either way; a month is a release's
    sent = figure.sent
    if not any(t.lower_ in RESULT_MEASURES or t.lemma_.lower() in RESULT_MEASURES for t in sent):
        return None
    return None if _rate_of_growth(figure) else shifted(base, 12)


def _rate_of_growth(figure: Span) -> bool:
    """The figure's clause measures a speed of change ("growth slowed to 4 percent from 6 percent", "the pace
    eased to 2 percent from 3"): its subject is a growth or pace noun."""
    verb = own_clause(figure.root)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    return any(c.lemma_.lower() in RATE_NOUNS for c in subjects)


RATE_NOUNS = words("growth_rate_nouns") | words("move_rate_nouns")


RESULT_MEASURES = words("result_measures")
