"""Dated entries of a timeline: "March 22 - Orvane Capital offers $15 a share. It also asks for two board seats."

A timeline story lists events under days written at the start of a line and set off by a dash. Every figure told in
an entry, in its opening sentence or a later one, is of that day (FACTS.md: a deed's or a price's day), and the
present tense of an entry is the timeline's narrative present, not "holds at publication". A level stated in the
entry ("owns 9 percent", "is $4 billion short") is as of the day; a sum moved or offered is over the day.

A day without a year follows the entry before it: entries run forward in time, so "January 28, 2009 - ...
February 4 - ..." is February 4, 2009, even in a story published in 2010.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from extractor.facts.default_periods import holds_now
from extractor.facts.predicate_forms import is_stock, predicate_head
from extractor.lexicons import words
from extractor.mentions.periods import PeriodMention
from extractor.models import Fact, Period

# a dash that sets a day off from its entry: "March 22 - ", "March 22 -- ", "March 22 — "
ENTRY_DASH = re.compile(r"[ \t]*(?:--?|\u2013|\u2014)[ \t]")
# what may stand before the day: nothing, the colon that introduces the list, or a year written first ("2010 May 23")
ENTRY_LEAD = re.compile(r"(?:^|:)\s*(?P<year>(?:19|20)\d\d)?\s*$")
STATED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def entry_heading(text: str, periods: list[PeriodMention]) -> tuple[PeriodMention, int | None] | None:
    """The day that opens a timeline entry in the sentence, and the year written before it if any."""
    for m in periods:
        if not m.point or m.period.start is None or m.period.start != m.period.end:
            continue  # a month or a span heads no entry; "March 22" and "March 22, 2013" do
        lead = ENTRY_LEAD.search(text[: m.start])
        if lead is not None and ENTRY_DASH.match(text, m.end):
            year = lead.group("year")
            return m, int(year) if year else None
    return None


@dataclass
class Timeline:
    """The entry a sentence belongs to, read sentence by sentence through a story."""

    day: Period | None = None  # the open entry's day
    last: dt.date | None = None  # the day of the latest entry, for the year of an entry that writes none

    def read(self, text: str, periods: list[PeriodMention], new_paragraph: bool) -> list[PeriodMention]:
        """Moves to this sentence's entry (a new entry's, the open one, none after a paragraph ends) and returns
        the sentence's period phrases with the heading's day in the year the timeline gives it."""
        heading = entry_heading(text, periods)
        if heading is None:
            self.day = None if new_paragraph else self.day
            return periods
        m, year = heading
        day = self._dated(m, year)
        self.last = day
        self.day = Period(start=day, end=day, label=m.period.label)
        dated = replace(m, period=self.day)
        lead_year = [p for p in periods if year is not None and p.end <= m.start and p.text == str(year)]
        return [dated if p is m else p for p in periods if p not in lead_year]  # "2010 May 23": one day

    def _dated(self, m: PeriodMention, year: int | None) -> dt.date:
        read = m.period.start
        assert read is not None  # entry_heading admits only dated days
        if year is not None:
            return _same_day(read, year)
        if STATED_YEAR.search(m.text) or self.last is None:
            return read  # a stated year, or the first entry: the day as the period reader dated it
        after = _same_day(read, self.last.year)  # the first such day on or after the entry before
        after = after if after >= self.last else _same_day(read, self.last.year + 1)
        return min(after, read)  # never later than the reader's latest such day up to publication


def _same_day(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # February 29 in a year that has none
        return day.replace(year=year, day=28)


def entry_dating(
    day: Period, kind: str, predicate: str, verb: Token | None, span: Span, *, daily: bool, count: bool
) -> tuple[Period | None, dt.date | None]:
    """(period, as_of) of a figure with no period phrase of its own in a timeline entry: a quote is the day's
    price; a level ("owns 9 percent", "has 40 stores", a stake) holds as of the day; any other sum, offered,
    paid or demanded ("offers $15 a share"), is the day's."""
    if daily:
        return day, day.start
    level_verb = verb is not None and verb.lemma_.lower() in words("level_verbs")
    priced = predicate_head(predicate) in ("price", "prices", "rate", "rates")  # "an offer price of $15": a term
    stock = is_stock(predicate) and not priced
    held = kind == "metric" and (stock or level_verb or count and holds_now(span, verb))
    return (None, day.start) if held else (day, None)


def entry_events(events: list[Fact], day: Period | None) -> list[Fact]:
    """An event told in a timeline entry with no date of its own happened on the entry's day ("March 4 -- The
    chairman steps down, replaced by Ann Holt": the appointment too); a planned one keeps none."""
    if day is None:
        return events
    return [e.model_copy(update={"period": day}) if e.period is None and e.modality == "actual" else e for e in events]
