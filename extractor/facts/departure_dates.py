"""Announced departures: "Ann Lee quits her post at the end of the month", "Lee hands over the job at the end of
the year". A departure told in the present progressive or the future is a plan (modality target, as
docs/DECISIONS.md records), and "at the end of" a month, quarter or year dates it to that period's last day."""

from __future__ import annotations

import calendar
import datetime as dt

from spacy.tokens import Token

from extractor.facts.syntax import prep_object
from extractor.lexicons import table
from extractor.mentions.periods import PeriodMention
from extractor.models import Period


def announced(verb: Token) -> bool:
    """ "is stepping down", "are leaving", "will retire", "said it would step down": a departure told in the
    present progressive or with a modal of the future is announced, not done (nor someone else's forecast)."""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    progressive = verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in aux)
    return progressive or any(a.lower_ in FUTURE_MODALS for a in aux)


FUTURE_MODALS = ("will", "would", "'ll", "shall")


def end_of_period(verb: Token, published: dt.date | None) -> Period | None:
    """The last day of the period named in "at the end of June / of the month / of the year / of the quarter"."""
    end = prep_object(verb, ("at",))
    if end is None or end.lower_ != "end" or published is None:
        return None
    named = prep_object(end, ("of",))
    if named is None:
        return None
    day = _last_day(named, published)
    if day is None:
        return None
    label = f"end of {day.year}" if named.lower_ == "year" else f"end of {day.strftime('%B %Y')}"
    return Period(start=day, end=day, label=label)


def _last_day(named: Token, published: dt.date) -> dt.date | None:
    """The last day of the publication's month, quarter or year, or of the next month of that name."""
    lower = named.lower_
    determined = any(c.lower_ in ("the", "this") for c in named.children)
    if lower == "month" and determined:
        return published.replace(day=calendar.monthrange(published.year, published.month)[1])
    if lower == "year" and determined:
        return dt.date(published.year, 12, 31)
    if lower == "quarter" and determined:
        month = (published.month - 1) // 3 * 3 + 3
        return dt.date(published.year, month, calendar.monthrange(published.year, month)[1])
    row = table("month_names").get(lower)
    if row is None:
        return None
    month = int(row[0])
    year = published.year + (month < published.month)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def effective_day(event: Token, readings: list[list[PeriodMention]], published: dt.date | None) -> Period | None:
    """ "the election of Ann Lee as chief executive, effective June 16", "named Lee chairman, effective April
    1": a succession is dated to the day it takes effect, the period phrase right after "effective" in the
    event's phrase (a succession decided before it takes effect is dated to its effective day). Of
    the past and future readings of the day, the one nearer the story's date ("effective June 16" in May is
    this June, "effective Jan. 1" in March this January)."""
    sent = event.sent
    for token in (t for t in event.subtree if t.lower_ == "effective" and t.i + 1 < sent.end):
        start = token.doc[token.i + 1].idx - sent.start_char
        found = [m.period for periods in readings for m in periods if m.start == start and m.role == "period"]
        dated = [p for p in found if p.start is not None]
        if dated and published is not None:
            return min(dated, key=lambda p: abs((p.start - published).days))
        if found:
            return found[0]
    return None
