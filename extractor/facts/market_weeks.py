"""The trading week of a market move: "For the week, the index gained 3.6 percent", "fell 2 percent on the week",
"its biggest weekly gain", "shares have risen 8 percent this week" run from the Monday of the publication week to
the publication day (to the Friday for a story told at the weekend), as "this year" for a share move runs from
1 January to publication (FACTS.md). Only price moves read these: a release's "this week" keeps its whole week."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from extractor.lexicons import words
from extractor.mentions.doc_text import span_text
from extractor.mentions.periods import PeriodMention
from extractor.models import Period

FRIDAY = 4


def trading_week(published: dt.date) -> Period:
    """Monday of the publication week to the publication day, or to that Friday when told at the weekend."""
    monday = published - dt.timedelta(days=published.weekday())
    end = min(published, monday + dt.timedelta(days=FRIDAY))
    return Period(start=monday, end=end, label=f"week to {end.isoformat()}")


def week_to_date(m: PeriodMention, published: dt.date | None) -> PeriodMention:
    """ "this week" on a price move: the trading week so far, not the whole calendar week still running."""
    if published is None or THIS_WEEK.fullmatch(m.text.strip()) is None or m.point:
        return m
    return PeriodMention(m.start, m.end, trading_week(published), "to_date", False, m.text)


def market_week_phrases(sent: Span, published: dt.date | None) -> list[PeriodMention]:
    """ "for the week", "on the week", "weekly gain" in a sentence (offsets in the sentence's text), read as the
    trading week to publication. Not "the week ended May 4" (a stated week) nor "the week before"."""
    if published is None:
        return []
    text, week = span_text(sent), trading_week(published)
    found = [(m.start(), m.end()) for m in FOR_THE_WEEK.finditer(text)]
    found += [(m.start(), m.end()) for m in WEEKLY.finditer(text) if m.group(1).lower() in words("weekly_move_nouns")]
    return [PeriodMention(start, end, week, "to_date", False, text[start:end]) for start, end in found]


def is_trading_week(m: PeriodMention) -> bool:
    return m.role == "to_date" and m.period.label.startswith("week to")


def opening_week(candidates: list[PeriodMention], sent: Span) -> PeriodMention | None:
    """A trading-week phrase that opens the sentence before a comma ("For the week, A gained 3.6 percent, B
    climbed 3.7 percent") dates every move of the sentence, not only the first clause's."""
    text = span_text(sent)
    for m in candidates:
        opens = m.role == "to_date" and not text[: m.start].strip() and text[m.end :].lstrip().startswith(",")
        if opens and is_trading_week(m):
            return m
    return None


THIS_WEEK = re.compile(r"(?:so\s+far\s+)?this\s+week", re.I)
FOR_THE_WEEK = re.compile(
    r"\b(?:for|on|over)\s+the\s+(?:holiday-shortened\s+)?week\b"
    r"(?!\s+(?:ended|ending|to|through|before|after|earlier|ahead|of)\b)",
    re.I,
)
WEEKLY = re.compile(r"\bweekly\s+(?:percentage\s+)?([a-z]+)\b", re.I)
