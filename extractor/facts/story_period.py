"""The period a story reports on (a results report's quarter, a data release's month), and in a story that
names none, the base of "a year earlier" (`results_base`). Split from `attachment`, which dates each figure."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from spacy.tokens import Doc, Span, Token

from extractor.facts.attachment import (
    Story,
    _as_story,
    is_one_month,
    recent_release,
)
from extractor.facts.attachment_clauses import phrase_clause, phrase_span
from extractor.facts.lead_sentences import MIN_TOKENS, first_sentence
from extractor.facts.release_periods import one_lead_period, release_change, release_quarter
from extractor.facts.results_lead import is_outlook, reports_results
from extractor.facts.survey_months import survey_month
from extractor.lexicons import words
from extractor.mentions.calendars import is_season
from extractor.mentions.doc_text import doc_text, span_text
from extractor.mentions.period_phrases import MONTH
from extractor.mentions.periods import CALENDAR, FiscalCalendar, PeriodMention, find_periods
from extractor.mentions.regex_gate import with_first_characters
from extractor.models import Period


def _reportable(period: Period) -> bool:
    """Results are reported for a quarter, a half, a year or a selling season, not for a month or a day."""
    return (period.end - period.start).days >= 80 or is_season(period)


def _dated_periods(text: str, published: dt.date | None, fiscal: FiscalCalendar) -> list[PeriodMention]:
    return [
        m
        for m in find_periods(text, published=published, fiscal=fiscal)
        if m.role == "period"
        and m.back in (None, 0)
        and m.period.start is not None
        and _reportable(m.period)
        and not text[: m.start].rstrip().lower().endswith("since")  # "the weakest since 2009"
    ]


def _opening(doc: Doc, body_start: int, sentences: int = 2) -> list[Span]:
    """The first sentences of the body, past the header line and a dateline fragment ("ATLANTA (Reuters) -")."""
    # `lead_sentences` also skips a dateline cut at its dash: here that would reach a second sentence that can be
    # an outlook ("sees full-year sales ..."), so only the length test (`MIN_TOKENS`) is shared
    leading = (s for s in doc.sents if s.start_char >= body_start and len(s) >= MIN_TOKENS)
    return list(itertools.islice(leading, sentences))  # the first few only: not every sentence's text


def report_period(
    doc: Doc, title: str | None, published: dt.date | None, fiscal: FiscalCalendar, body_start: int = 0
) -> Period | None:
    """The period a results story covers: the shortest quarter, half or year its title or lead names,
    else the first quarter or half its body names in a sentence about results (when the title is about results,
    or the lead is and the period is over at publication)."""
    story = doc_text(doc)  # the span names the holiday, a case-kept word: most stories are read no further
    stated_season = "Thanksgiving" in story and SEASON_SPAN.search(story) is not None
    # the lead: the opening sentences that speak of results ("the weakest since 2009" is no period)
    lead = [s for s in _opening(doc, body_start) if RESULT_MEASURES.search(span_text(s))]
    title_named, lead_named = (
        [m for m in _dated_periods(text, published, fiscal) if stated_season or not is_season(m.period)]
        for text in (title or "", " ".join(span_text(s) for s in lead))
    )
    best = _story_choice(title_named, lead_named, published)
    best = _months_for_ordinal(best, lead_named, published)
    if best is not None and not title_named and _running(best.period, published):
        # a lead that names only a period still running ("sees 2031 sales growing", "warns the quarter under
        # way will be weak") tells an outlook: the results reported are of the quarter or half the body names as over
        reported = _first_results_period(doc, published, fiscal, body_start, over=True, reported=True)
        if reported is not None:
            return _stated(reported, doc, body_start, published, fiscal)
    if best is not None:
        return _stated(best.period, doc, body_start, published, fiscal)
    released = _release_month(doc, title, published, fiscal, body_start)
    released = released or survey_month(doc, title, published, fiscal, body_start, _dates_a_change)
    released = released or _release_week(doc, published, fiscal, body_start)
    released = released or release_quarter(doc, published, fiscal, body_start)
    if released is not None:
        return released
    first = None
    if RESULT_NOUNS.search(title or ""):  # a title about results ("Hotel group's profit rises")
        first = _first_results_period(doc, published, fiscal, body_start)
    elif lead and reports_results(lead[0]):  # "Ardley posted a 6 percent rise in profit", under any title
        # the first of them, not a later sentence, makes the story a results report; its licence reaches only a
        # quarter over at publication that the body reports, not one it forecasts
        first = _first_results_period(doc, published, fiscal, body_start, over=True, reported=True)
    # a quarter the body names by its ordinal ("fiscal first-quarter revenue") takes the end the body states
    # later ("in the quarter ended August 27"), as one the title or lead names does
    return _stated(first, doc, body_start, published, fiscal) if first is not None else None


def _first_results_period(
    doc: Doc,
    published: dt.date | None,
    fiscal: FiscalCalendar,
    body_start: int,
    *,
    over: bool = False,
    reported: bool = False,
) -> Period | None:
    """The first quarter or half the body names in a sentence about results (`over`: one that is over at
    publication, not "the current quarter"; `reported`: in a clause that reports, not "profit in the third
    quarter will be hit", which the period reader takes for the last third quarter)."""
    for sent in doc.sents:
        if sent.start_char < body_start or not RESULT_NOUNS.search(span_text(sent)):
            continue
        short = [
            m
            for m in _dated_periods(span_text(sent), published, fiscal)
            if (m.period.end - m.period.start).days < 190
            and not (over and _running(m.period, published))
            and not (reported and _forecast_phrase(m, sent))
        ]
        if short:
            return short[0].period
    return None


def _forecast_phrase(m: PeriodMention, sent: Span) -> bool:
    verb = _phrase_verb(m, sent)
    return verb is not None and is_outlook(verb)


def results_base(
    doc: Doc, report: Period | None, published: dt.date | None, fiscal: FiscalCalendar, body_start: int
) -> Period | None:
    """What "a year earlier" and "the year-ago quarter" are relative to in a story whose title and lead name no
    period ("Lenders lift deposits as rates hold", then "net income of $640 million, against $575 million a year
    ago"): the first quarter or half over at publication that the body names in a sentence about results. Only
    relative phrases use it; figures with no phrase of their own still take no period."""
    if report is not None or (fiscal == CALENDAR and FISCAL_WORD.search(doc_text(doc))):
        return None  # a fiscal calendar the text does not date: its calendar quarters are no base
    return _first_results_period(doc, published, fiscal, body_start, over=True)


FISCAL_WORD = re.compile(r"\bfiscal\b", re.I)


def _release_month(
    doc: Doc, title: str | None, published: dt.date | None, fiscal: FiscalCalendar, body_start: int
) -> Period | None:
    """The month a data release reports on ("Import prices rise in July", "October consumer credit up";
    a lead "Producer prices climbed 0.4 percent in March"): the one recent month the title names, else the one
    the first body sentence names on a change verb. A story naming no quarter, half or year reports on it."""
    first = first_sentence(doc, body_start)
    for text, sent in ((title or "", None), (span_text(first) if first is not None else "", first)):
        months = [
            m
            for m in find_periods(text, published=published, fiscal=fiscal)
            if m.role == "period"
            and m.back is None
            and is_one_month(m.period)
            and not is_season(m.period)
            and recent_release(m.period, published)
        ]
        if sent is not None:
            months = [m for m in months if _dates_a_change(m, sent)]
        if len({m.period.start for m in months}) == 1:
            return months[0].period
    return None


def _release_week(doc: Doc, published: dt.date | None, fiscal: FiscalCalendar, body_start: int) -> Period | None:
    """The week a weekly release reports on ("Jobless claims rose last week", "Mortgage applications fell in the
    week ended May 4"): the one recent week the first body sentence names on a change verb, as the body states
    it to the day when it does ("last week" is Monday to Sunday; "the week ended January 5" ends on Saturday)."""
    hit = one_lead_period(
        doc,
        published,
        fiscal,
        body_start,
        lambda m, first: _one_week(m.period) and _dates_a_change(m, first) and not _market_move(m, first),
    )
    if hit is None or not _recent_week(hit[0].period, published):
        return None
    return _stated_week(hit[0].period, doc, hit[1].end_char, published, fiscal)


def _market_move(m: PeriodMention, sent: Span) -> bool:
    """ "Orvane shares rose 4 percent last week": what moved is traded, a market's week, not a release's."""
    verb = _phrase_verb(m, sent)
    moved = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    return any(c.lemma_.lower() in TRADED_NOUNS for c in moved)


TRADED_NOUNS = words("traded_nouns")


def _one_week(period: Period) -> bool:
    return period.start is not None and period.end is not None and (period.end - period.start).days == 6


def _recent_week(period: Period, published: dt.date | None) -> bool:
    """Weekly data come out within days of the week's end (jobless claims on the Thursday after)."""
    return published is not None and 0 <= (published - period.end).days <= WEEK_RELEASE_LAG_DAYS


WEEK_RELEASE_LAG_DAYS = 14


def _stated_week(week: Period, doc: Doc, after: int, published: dt.date | None, fiscal: FiscalCalendar) -> Period:
    """The same week as the body states it ("the week ended January 5" for a lead's "last week"): a stated week
    ending at most three days from the lead's."""
    for sent in doc.sents:
        if sent.start_char < after or "week" not in span_text(sent):
            continue
        for m in find_periods(span_text(sent), published=published, fiscal=fiscal):
            stated = _one_week(m.period) and m.period.end != week.end and m.back is None
            if stated and abs((m.period.end - week.end).days) <= 3:
                return m.period
    return week


def _dates_a_change(m: PeriodMention, sent: Span) -> bool:
    """The period phrase dates a change of the lead ("sank in May", "suffered a slide in June")."""
    return release_change(m, sent)


def _phrase_verb(m: PeriodMention, sent: Span) -> Token | None:
    """The verb of the clause a period phrase belongs to."""
    phrase = phrase_span(sent.doc, sent, m)
    return phrase_clause(phrase) if phrase is not None else None


def _story_choice(
    title: list[PeriodMention], lead: list[PeriodMention], published: dt.date | None
) -> PeriodMention | None:
    """The title's period, else the lead's. Results are reported for a period that is over: the title's
    period that is over beats one still running ("Q3 outlook strong after Q2 beat"), and a period the lead
    names by number that is over beats a title's that is still running ("cautious on 2010" over a lead on
    "results for 2009"). A lead's phrase without a number ("quarterly", "full-year") does not."""
    # a period not yet begun is a plan's ("Acme means to add 40 outlets during 2008"), never one reported on
    title, lead = ([m for m in found if not _ahead(m.period, published)] for found in (title, lead))
    over = [m for m in title if not _running(m.period, published)]
    named_over = [m for m in lead if m.back is None and re.search(r"\d", m.text) and not _running(m.period, published)]
    for mentions in (over, named_over if title else [], title, lead):
        if mentions:
            return min(mentions, key=lambda m: (_running(m.period, published), *_shortest_first(m)))
    return None


MONTH_WORD = re.compile(r"\b" + MONTH, re.I)


def _months_for_ordinal(
    best: PeriodMention | None, lead: list[PeriodMention], published: dt.date | None
) -> PeriodMention | None:
    """A title's ordinal ("Q1 profit plunges") read as a calendar quarter, when the lead names a span of the
    same length by its months ("April-June operating profit"), is that span: the text dates a fiscal quarter
    (FACTS.md: fiscal calendars when the text names or dates one)."""
    if best is None or MONTH_WORD.search(best.text):
        return best
    length = (best.period.end - best.period.start).days
    for m in lead:
        same_length = abs((m.period.end - m.period.start).days - length) <= 5
        moved = (m.period.start, m.period.end) != (best.period.start, best.period.end)
        if same_length and moved and MONTH_WORD.search(m.text) and not _running(m.period, published):
            return m
    return best


def _ahead(period: Period, published: dt.date | None) -> bool:
    return published is not None and period.start is not None and period.start > published


def _running(period: Period, published: dt.date | None) -> bool:
    """The period is not over at publication (a year in progress, the quarter ahead)."""
    return published is not None and period.end is not None and period.end > published


def _shortest_first(m: PeriodMention) -> tuple[int, bool, int]:
    """The shortest period is the one reported on ("Q3 sales jump, full-year outlook raised"); a phrase with a
    number in it ("2016", "Q1") says more than "annual". Lengths count in whole months: a first quarter (90
    days) is no shorter than the fourth (92) it follows, so the first named wins between them."""
    return round((m.period.end - m.period.start).days / DAYS_A_MONTH), not re.search(r"\d", m.text), m.start


DAYS_A_MONTH = 30.44


def _stated(period: Period, doc: Doc, body_start: int, published: dt.date | None, fiscal: FiscalCalendar) -> Period:
    """The same period as the body states it to the day ("the first quarter ended April 28") when the title
    or lead names it in whole months ("quarterly profit")."""
    opening = _opening(doc, body_start, 1)
    # the title and first sentence; the Doc's text cut from the one joined per Doc (spaCy joins every token per ask)
    reporter = doc_text(doc)[:body_start] + (span_text(opening[0]) if opening else "")
    for sent in doc.sents:
        if (
            sent.start_char < body_start
            or not _may_state_quarter_end(span_text(sent))
            or _not_the_reporter(sent, reporter)
        ):
            continue
        for m in _dated_periods(span_text(sent), published, fiscal):
            if _quarter_end(m.text) and _as_story(m.period, Story(period=period)) == period:
                return m.period
    return period


def _may_state_quarter_end(text: str) -> bool:
    """A sentence with an end word and a quarter-length span somewhere in it: the cheap test first, as the reporter
    test reads the sentence's entities (in a long document, asked of every sentence)."""
    return bool(STATED_END.search(text) and QUARTER_SPAN.search(text))


def _quarter_end(phrase: str) -> bool:
    """A quarter stated by its end ("the quarter that ended March 24", "the 13 weeks to May 4"); a from-to span
    as long as a quarter is a tenure's or a programme's ("served from April 3 to June 28"), no quarter's."""
    return bool(STATED_END.search(phrase) and QUARTER_SPAN.search(phrase) and not SPAN_OPENING.match(phrase))


def _not_the_reporter(sent: Span, reporter: str) -> bool:
    """The sentence's figures are not the reporting company's results: a traded move ("the stock gained 11 percent
    in the three months to July 20"), a rival's quarter ("its rival said its quarter ended June 23"), or another
    company the title and first sentence do not name, in a sentence that does not name the reporter too: its
    quarter can end on another day."""
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in words("traded_nouns") for t in sent):
        return True
    if any(t.lemma_.lower() in words("peer_relation_nouns") for t in sent):
        return True
    # a sentence that names the reporter too is its own ("Acme said ..., according to a data firm")
    named = [first.text in reporter for first in _org_starts(sent)]
    return not any(named) and not all(named)


def _org_starts(sent: Span) -> list[Token]:
    """The first words of the organizations named inside the sentence, read from its tokens: `Span.ents` walks
    every entity of the Doc, once per sentence asked, which a long document cannot afford."""
    doc, starts = sent.doc, []
    for token in sent:
        if token.ent_iob_ == "B" and token.ent_type_ == "ORG":
            end = token.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end <= sent.end:
                starts.append(token)
    return starts


RESULT_MEASURES = with_first_characters(  # of a lead sentence; searched per sentence: tried at its letters only
    re.compile(r"\b(?:" + "|".join(sorted(words("result_measures"))) + r")\b", re.I)
)
RESULT_NOUNS = re.compile(r"\b(?:" + "|".join(sorted(words("result_nouns"))) + r")\b", re.I)  # body sentences
# a selling season is the story's period only when the story states its span, as retail data services do
# ("from the Friday after Thanksgiving through December 24"); else "holiday sales" is a topic, not a period
SEASON_SPAN = re.compile(r"\bThanksgiving\b.{0,40}\b(?:through|to|until)\b", re.S)
STATED_END = re.compile(r"\b(?:ended|ending|to|through)\b", re.I)
QUARTER_SPAN = re.compile(r"\b(?:" + "|".join(sorted(words("quarter_span_words"))) + r")\b", re.I)
SPAN_OPENING = re.compile(r"(?:from|between)\b", re.I)
