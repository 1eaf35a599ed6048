"""A deed told in the present perfect over the running year or month: "has cut 900 jobs this year", "has opened 14
stores this month", "its sales have risen 6 percent this year".

The present perfect tells what has been done up to the time of telling, so "this year" on it is the year so far:
from the first day of the publication's year (month) to the publication day, as FACTS.md reads "this year" for a
share-price move and as "so far this year" is read already (`market_spans.running_to_date`). The whole year stays
for a plan, a target or a forecast ("expects to earn $2 a share this year"; FACTS.md), for a deed in the simple past
or the past perfect, and for a phrase of another clause. Changes and metrics alike; only actual figures.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from extractor.facts.attachment_clauses import phrase_clause, phrase_span
from extractor.facts.market_spans import running_to_date
from extractor.facts.syntax import own_clause
from extractor.lexicons import any_words, words
from extractor.mentions.periods import PeriodMention

# the running year or month named by "this": "this year", "so far this month"; not "for the year" (a result's
# year) nor "the first half of this year" (which ends where it says)
THIS_RUNNING = re.compile(r"(?:so\s+far\s+)?this\s+(?:year|month)", re.I)


def perfect_to_date(
    dating: list[PeriodMention],
    verb: Token | None,
    kind: str,
    modality: str,
    span: Span,
    sent: Span,
    published: dt.date | None,
) -> list[PeriodMention]:
    """The period phrases of a figure, with "this year"/"this month" of its own present-perfect clause run to
    the publication day; other phrases and other figures unchanged."""
    if kind not in ("metric", "change") or modality != "actual" or published is None or not present_perfect(verb):
        return dating
    if told_level(span, verb):
        return dating  # "has kept its dividend at 50 cents this year": a level, as of a day, not a running deed
    own = own_clause(span.root)
    return [
        running_to_date(m, published) if THIS_RUNNING.fullmatch(" ".join(m.text.split())) and _of(m, own, sent) else m
        for m in dating
    ]


def present_perfect(verb: Token | None) -> bool:
    """ "has cut", "have risen", "has been reduced": a participle with a present "have" (not "had", not "will
    have", not "would have"), and no negation ("has not sold any this year" tells of no deed)."""
    if verb is None or verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    have = [c for c in children if c.dep_ == "aux" and c.lemma_.lower() == "have"]
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)
    negated = any(c.dep_ == "neg" for c in children)
    return bool(have) and have[0].lower_ in words("present_have_forms") and not modal and not negated


def told_level(span: Span, verb: Token) -> bool:
    """A level held ("has kept its rate at 1 percent", `level_verbs`, `holding_verbs`) or a level a move started
    from or reached ("has fallen to 2 million tons", `level_prepositions`): a level is as of a day, neither a span
    since an event nor the year so far."""
    level = span.root.dep_ == "pobj" and span.root.head.lower_ in words("level_prepositions")
    return level or verb.lemma_.lower() in any_words("level_verbs", "holding_verbs")


def _of(m: PeriodMention, own: Token | None, sent: Span) -> bool:
    """The phrase sits in the figure's own clause."""
    phrase = phrase_span(sent.doc, sent, m)
    verb = phrase_clause(phrase) if phrase is not None else None
    return own is not None and verb is not None and verb.i == own.i
