"""Days that head the entries of a chronology, e.g. "Nov 3 - Kelvar Foods lends Brisco 40 million euros."

A chronology sets each entry under a day written where a line begins, with a dash after it. A figure anywhere in
the entry, first sentence or not, belongs to that day (FACTS.md: a deed's or a price's day). The verbs of an entry
are in the historic present, so a present tense there does not mean "still true at publication": a holding the entry
reports ("controls 12 percent", "has 85 shops") stands as of the day, and money lent, paid or proposed is the day's.

An entry whose day has no year takes the year of the entry above it, stepping into the next year when the day would
otherwise go backwards: chronologies are written in order, so a year-less "Feb 9" under "Dec 14, 2016" is 2017 even
if the story came out years later.
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

# the dash after a heading day, in its hyphen, double-hyphen, en and em forms ("Aug 8 -- ")
ENTRY_DASH = re.compile(r"[ \t]*(?:--?|\u2013|\u2014)[ \t]")
# allowed in front of the day: the line start, a colon ending the list's introduction, a year put first ("2004 Aug 8")
ENTRY_LEAD = re.compile(r"(?:^|:)\s*(?P<year>(?:19|20)\d\d)?\s*$")
STATED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def entry_heading(text: str, periods: list[PeriodMention]) -> tuple[PeriodMention, int | None] | None:
    """The day that opens a timeline entry in the sentence, and the year written before it if any."""
    for m in periods:
        if not m.point or m.period.start is None or m.period.start != m.period.end:
            continue  # only a single day can head an entry, never a month or a range
        lead = ENTRY_LEAD.search(text[: m.start])
        if lead is not None and ENTRY_DASH.match(text, m.end):
            year = lead.group("year")
            return m, int(year) if year else None
    return None


@dataclass
class Timeline:
    """Follows a story sentence by sentence and knows which chronology entry, if any, is open."""

    day: Period | None = None  # the open entry's day
    last: dt.date | None = None  # the most recent heading day, which gives a year to a heading that lacks one

    def read(self, text: str, periods: list[PeriodMention], new_paragraph: bool) -> list[PeriodMention]:
        """Opens the entry this sentence heads, keeps the open one, or closes it at a paragraph break; returns the
        sentence's period phrases with the heading day moved into the year the chronology implies."""
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
        return [dated if p is m else p for p in periods if p not in lead_year]  # a year put first is part of the day

    def _dated(self, m: PeriodMention, year: int | None) -> dt.date:
        read = m.period.start
        assert read is not None  # entry_heading admits only dated days
        if year is not None:
            return _same_day(read, year)
        if STATED_YEAR.search(m.text) or self.last is None:
            return read  # the heading writes its year, or nothing comes before it: keep the reader's date
        after = _same_day(read, self.last.year)  # the earliest such day not before the previous heading
        after = after if after >= self.last else _same_day(read, self.last.year + 1)
        # the reader already picked the latest such day up to publication: a chronology never runs past it
        return min(after, read)


def _same_day(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # a leap day moved into a common year
        return day.replace(year=year, day=28)


def entry_dating(
    day: Period, kind: str, predicate: str, verb: Token | None, span: Span, *, daily: bool, count: bool
) -> tuple[Period | None, dt.date | None]:
    """(period, as_of) of an entry's figure that has no period phrase of its own. A quote is the day's, as period
    and as_of, whatever its verb ("shares stand at $8": no holding). A holding the entry reports (a stock noun
    such as a stake or staff, a verb of state such as "controls", a count the present tense keeps) stands as of
    the day; anything else, a sum lent, paid or proposed, a price agreed, is over the day."""
    if daily:
        return day, day.start
    level_verb = verb is not None and verb.lemma_.lower() in words("level_verbs")
    stock = is_stock(predicate) and not read_over_a_period(predicate)  # "a bid price of $12" is a term agreed
    held = kind == "metric" and (stock or level_verb or count and holds_now(span, verb))
    return (None, day.start) if held else (day, None)


def read_over_a_period(predicate: str) -> bool:
    """A price or a rate is a stock noun read over the time it applies to, not a level held at one point."""
    return predicate_head(predicate) in words("period_read_stocks")


def entry_events(events: list[Fact], day: Period | None) -> list[Fact]:
    """Events told as done inside an entry, with no date of their own, took place on its day: in "Jul 14 - Rusk
    quits as finance chief and Tamara Venn takes over", the hiring as well as the exit. A planned event stays
    undated."""
    if day is None:
        return events
    return [e.model_copy(update={"period": day}) if e.period is None and e.modality == "actual" else e for e in events]
