"""The earlier side of a company's result compared with no period of its own: the matching period one year back.

A results report compares its quarter or half with the matching period one year back, and the wire writes the
comparison on its own as often as with "a year ago": "Net income slipped to $8 million from $11 million", "Earnings
per share improved to 52 cents from 47 cents" in a quarterly report compare with the year-ago quarter, not with the
quarter before (the gold of three readable results stories agrees). Only the fact's own measure counts (its
predicate's head: "net income", "earnings per share"), not a result word elsewhere in the sentence ("cut prices to
$199 from $249 to lift revenue" compares prices). A rate of change is compared with the rate just before ("sales
growth slowed to 4 percent from 6 percent", "sales rose 2 percent, easing from 4 percent") and keeps that reading.
An economic release compares the other way ("the index rose to 53.1 from 51.4" is last month's reading), and its
story period is a month or a release quarter whose facts measure no company result; those keep the period just
before (`_previous`).
"""

from __future__ import annotations

from spacy.tokens import Span

from extractor.facts.predicate_forms import predicate_head
from extractor.facts.syntax import clause_subject, own_clause
from extractor.lexicons import words
from extractor.mentions.periods import shifted
from extractor.models import Period

QUARTER_DAYS, YEAR_DAYS = 85, 360
RESULT_MEASURES = words("result_measures")
RATE_NOUNS = words("growth_rate_nouns") | words("move_rate_nouns")
PACE_VERBS = words("pace_change_verbs")
PERCENT_WORDS = words("percent_words")


def year_before_result(
    base: Period | None, story_period: Period | None, figure: Span, measure: str | None
) -> Period | None:
    """The year-ago period of a result's earlier side: `base` is the story's own quarter or half (the later side
    names no other period) and `measure`, the fact's predicate, is a result ("revenue", "net income")."""
    if base is None or base != story_period or base.start is None or base.end is None:
        return None
    if not QUARTER_DAYS <= (base.end - base.start).days < YEAR_DAYS:
        return None  # a year's earlier side is the year before either way; a month is a release's
    if measure is None or predicate_head(measure).lower() not in RESULT_MEASURES:
        return None
    return None if _rate_of_change(figure) else shifted(base, 12)


def _rate_of_change(figure: Span) -> bool:
    """The earlier side is a speed of change: a percent of a result (never a level: "revenue rose 2 percent,
    slowing from 4 percent"), a figure a verb of pace compares ("accelerating from $3 million a month"), or one
    whose clause's subject is a growth or pace noun ("the pace eased to 2 percent from 3")."""
    if any(t.lower_ in PERCENT_WORDS for t in figure):
        return True
    verb = own_clause(figure.root)
    if verb is not None and verb.lemma_.lower() in PACE_VERBS:
        return True
    subject = clause_subject(verb)
    return subject is not None and subject.lemma_.lower() in RATE_NOUNS
