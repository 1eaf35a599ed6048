"""Horizons of a plan or a forecast written without "next": "cut $400 billion over 10 years", "spend $3 billion
over three years", "over the next decade". Read ahead from publication, as "the next 10 years" is (FACTS.md:
"over the next 20 years"); in a sentence read as about the past ("$65 billion over 20 years") the phrase has no
anchor, so it dates nothing and a figure keeps what it had."""

from __future__ import annotations

import datetime as dt
import re

from extractor.lexicons import words
from extractor.mentions.calendars import add_months, unresolved
from extractor.mentions.period_phrases import COUNT, PhraseContext, Resolved, Resolver, alternation
from extractor.mentions.phrase_parts import count_value
from extractor.mentions.span_phrases import next_n
from extractor.models import Period


def _months(count: str | None, unit: str) -> int | None:
    if unit.lower().startswith("decade"):
        return 120
    if not count:
        return None
    number = count_value(count)
    if not 1 <= number <= 50:
        return None
    return number * (12 if unit.lower().startswith("year") else 1)


def _horizon(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    """N years (months, a decade) from publication, in a sentence about what is to come."""
    count, unit = (g[0], g[1]) if g[1] else (None, "decade")
    months = _months(count, unit)
    if months is None or not ctx.future:
        return None
    label = f"next {months // 12} years" if months % 12 == 0 else f"next {months} months"
    if ctx.published is None:
        return Resolved(unresolved(label))
    end = add_months(ctx.published, months) - dt.timedelta(days=1)
    return Resolved(Period(start=ctx.published, end=end, label=label))


def _past_decades(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    """ "Over the past decade", "in the last two decades": the years up to publication, the mirror of "the
    past 12 months" (FACTS.md), whatever the sentence's tense: "the past N years" read by `next_n`."""
    return next_n(("past", str(10 * (count_value(g[0]) if g[0] else 1)), "years", None), text, ctx)


def _vague_horizon(g: tuple, text: str, ctx: PhraseContext) -> Resolved | None:
    """ "over the next few years", "within the next 4-5 years", "in coming months": a horizon whose length is not
    one number. FACTS.md gives it a label with null dates; read as a phrase of its own it keeps a coordinated figure
    from borrowing its neighbour's dated horizon ("200 by the end of 2024 and 1,000 in the next few years")."""
    if not ctx.future:
        return None
    return Resolved(unresolved(" ".join(text.split()[1:])))


_VAGUE_COUNT = r"(?:" + alternation(words("vague_counts")) + r")(?:\s+of)?|" + COUNT + r"\s*(?:-|to|or)\s*" + COUNT
_SPAN_UNIT = r"(?:years|months|quarters|weeks)"

HORIZON_RULES: list[tuple[str, re.Pattern[str], Resolver]] = [
    (
        "vague_horizon",
        re.compile(
            r"\b(?:over|in|during|within)\s+the\s+(?:next|coming)\s+(?:" + _VAGUE_COUNT + r")\s+" + _SPAN_UNIT + r"\b"
            r"|\b(?:over|in|during|within)\s+(?:the\s+)?coming\s+" + _SPAN_UNIT + r"\b",
            re.I,
        ),
        _vague_horizon,
    ),
    (
        "horizon",
        re.compile(
            r"\bover\s+(?:the\s+)?(?:following\s+)?" + COUNT + r"\s+(years|months)\b(?!\s+(?:ago|earlier|before|of))"
            r"|\b(?:over|in|during|within)\s+(?:the\s+)?(?:next|coming|following)\s+decade\b|\bover\s+a\s+decade\b",
            re.I,
        ),
        _horizon,
    ),
    (
        "past_decades",
        re.compile(r"\b(?:the\s+)?(?:past|last|previous)\s+(?:(" + COUNT + r")\s+)?decades?\b", re.I),
        _past_decades,
    ),
]
