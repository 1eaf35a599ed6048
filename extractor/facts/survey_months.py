"""The month a survey or index story reports on while that month is still running ("March consumer confidence
dips" told on March 27; "business sentiment surged in August", a monthly survey released on August 27), and the
dating of its index readings by that month rather than by the day of the story (FACTS.md: a figure takes the
period the story reports on; the readings of a monthly survey are of its month, not quotes of a session)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from extractor.facts.attachment import is_one_month
from extractor.facts.attachment_days import is_index_predicate
from extractor.facts.lead_sentences import first_sentence
from extractor.lexicons import words
from extractor.mentions.calendars import is_season
from extractor.mentions.period_phrases import MONTH
from extractor.mentions.periods import FiscalCalendar, PeriodMention, find_periods
from extractor.models import Period


def survey_month(
    doc: Doc,
    title: str | None,
    published: dt.date | None,
    fiscal: FiscalCalendar,
    body_start: int,
    on_change_verb: Callable[[PeriodMention, Span], bool],
) -> Period | None:
    """The month of publication, when a survey story names it: the title names it ("March consumer confidence
    dips"), or the first body sentence puts it on a change verb ("sentiment surged ... in August"), and the title
    or that sentence holds a survey word (`survey_words`). A month already over is `_release_month`'s."""
    first = first_sentence(doc, body_start)
    lead = first.text if first is not None else ""
    if published is None or not (_has_survey_word(title or "") or _has_survey_word(lead)):
        return None
    for text, sent in ((title or "", None), (lead, first)):
        months = [m for m in find_periods(text, published=published, fiscal=fiscal) if _running_month(m, published)]
        if sent is not None:
            months = [m for m in months if on_change_verb(m, sent)]
        if len({m.period.start for m in months}) == 1:
            return months[0].period
    return None


def _running_month(m: PeriodMention, published: dt.date) -> bool:
    """A month by name (not "this month", a span the story may not report on) that holds the publication day."""
    period = m.period
    named = m.role == "period" and m.back is None and is_one_month(period) and not is_season(period)
    return named and period.start <= published <= period.end and MONTH_NAME.search(m.text) is not None


def _has_survey_word(text: str) -> bool:
    return any(w.lower() in words("survey_words") for w in WORD.findall(text))


def survey_reading(
    predicate: str, story_period: Period | None, sent: Span, unit: str | None, measured: Token | None = None
) -> bool:
    """An index reading in a story on one month ("the outlook gauge slid to 83.0 from 88.4") is of that
    month, not a quote of the day: a monthly release's index is read over its month. A stock index quoted in the
    same story keeps its session: its move is in points, its sentence speaks of a session ("closed at") or its own
    index noun (`measured`) is a stock index; a survey index beside it in the sentence is still the month's."""
    if not is_one_month(story_period) or not is_index_predicate(predicate) or unit == "points":
        return False
    if measured is not None and _names_a_stock_index(measured):
        return False  # "the main share index was 1.2 pct lower at 905", a market quote in a jobs story
    return not any(t.lemma_.lower() in words("session_verbs") or t.lower_ == "points" for t in sent)


def _names_a_stock_index(token: Token) -> bool:
    """An index noun modified by "stock", "share" or "equity" (`stock_index_modifiers`)."""
    if token.lemma_.lower() not in words("index_nouns"):
        return False
    return any(c.dep_ in ("compound", "amod") and c.lower_ in words("stock_index_modifiers") for c in token.children)


WORD = re.compile(r"[A-Za-z]+")
MONTH_NAME = re.compile(r"\b" + MONTH, re.I)
