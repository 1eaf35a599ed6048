"""Which period phrase of a sentence dates which figure (the period a story reports on is `story_period`'s).

A figure's period is chosen among the period phrases of its sentence by a score on explicit
features (`WEIGHTS`): whether the phrase is in the figure's clause or a clause above it, whether
another figure stands between them, which side of the figure it is on and how far. Some phrases
are excluded outright: one that dates the saying ("said in November"), one that hangs on another
figure ("its 2019 goals"), one in a sibling clause, and, for the later side of a comparison, one
that follows the earlier side ("grew to $412 million, up from $388 million a year earlier": "a year
earlier" dates the $388 million).

A phrase relative to the story ("a year earlier", "the quarter") is resolved against the base: the
sentence's own period phrase, else the period the story reports on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal, NamedTuple

from spacy.tokens import Span, Token

from extractor.facts import period_choice_log
from extractor.facts.announcement_dates import dates_the_announcement
from extractor.facts.attachment_clauses import in_earlier_event, on_figure, opens_when_clause
from extractor.facts.attachment_clauses import in_subject as _in_subject
from extractor.facts.attachment_clauses import phrase_clause as _phrase_clause
from extractor.facts.attachment_clauses import phrase_span as _phrase_span
from extractor.facts.attachment_comparisons import (
    CHANGE_VERBS,
    _coordinated,
    _later_figure,
    _over,
    _planned,
    _previous,
    _revised,
    _same_measure,
    comparison_cues,
    earlier_side,
)
from extractor.facts.attachment_comparisons import end_point_of_change as end_point_of_change  # for assembly
from extractor.facts.attachment_days import point_of_figure
from extractor.facts.attachment_rates import dates_no_year
from extractor.facts.from_to_sides import dates_the_from_side
from extractor.facts.last_year_sides import as_year_back, last_year_on_earlier_side, part_of_a_year
from extractor.facts.market_spans import running_to_date
from extractor.facts.market_weeks import is_trading_week, market_week_phrases, opening_week, week_to_date
from extractor.facts.own_noun_periods import on_own_noun
from extractor.facts.past_clauses import with_past_clauses
from extractor.facts.past_deadlines import is_gone_deadline, modal_horizons, told_before
from extractor.facts.past_estimates import estimate_told_in_past
from extractor.facts.past_estimates import estimated_period as estimated_period  # for assembly
from extractor.facts.point_dates import boundary_day, bounded_level, own_bounded_years, past_own_point
from extractor.facts.possessive_sides import possessive_earlier_cue
from extractor.facts.present_levels import present_earlier_level
from extractor.facts.respective_periods import respective_period
from extractor.facts.results_sides import year_before_result
from extractor.facts.same_period import anchor_same_period
from extractor.facts.stock_dates import stock_date
from extractor.facts.syntax import clause_tokens, figure_head, governing_verb, own_clause
from extractor.lexicons import table, words
from extractor.mentions.doc_text import doc_text
from extractor.mentions.period_phrases import part_of_month_end
from extractor.mentions.periods import WINDOW_CUE, PeriodMention, shifted
from extractor.models import Period

# Feature weights of a candidate phrase for a figure (higher is better), data in `lexicons/period_weights.tsv`,
# set by `scripts/fit_period_weights.py`. A phrase in the figure's own clause beats one in a clause above it;
# another figure between them costs more than any distance in a sentence ("rose 1.6 percent on Tuesday, adding to
# 4 percent gained so far this year"); a phrase after the figure, at equal distance, is its own ("23 million in Q2");
# a day dates a deed's sum only when no span of its own clause does ("paid on Monday for 2011"); a phrase on the
# figure's noun wins ("rose 0.6 percent in May, up from April's 0.3 percent gain").
WEIGHTS = {name: float(row[0]) for name, row in table("period_weights").items()}


class SentencePeriods:
    """A sentence's period phrases read as about the past (actual results) and as about the future (plans)."""

    def __init__(
        self,
        past: list[PeriodMention],
        future: list[PeriodMention] | Callable[[], list[PeriodMention]],
        sent: Span | None = None,
    ):
        self.past = past
        self._future = future  # or how to read it: most sentences never ask for the future reading
        self._sent = sent  # given: a phrase in a clause told in the past keeps its past reading

    @property
    def future(self) -> list[PeriodMention]:
        if callable(self._future):
            self._future = self._future()
            if self._sent is not None:  # "which it bought in May, will add two routes": last May
                self._future = with_past_clauses(self._future, self.past, self._sent)
        return self._future

    def for_modality(self, modality: str, sent: Span | None = None) -> list[PeriodMention]:
        """Actual results read the past; plans the future; a forecast the future unless its sentence is told
        in the past ("analysts had looked for 52 cents per share for the second quarter": the quarter just gone)."""
        if modality == "actual":
            if sent is None:
                return self.past
            # "must repay the loan by March", "would close the plant by June 30": a deadline the past reading
            # dated as a stock's date, in a clause not told in the past, is still a deadline
            past = self.past
            if any(is_gone_deadline(m) for m in past):
                past = self._ahead_where(lambda m: is_gone_deadline(m) and not told_before(m, sent))
            return past + modal_horizons(past, lambda: self.future, sent)
        if modality != "forecast" or sent is None or not estimate_told_in_past(sent):
            return self.future
        # "analysts had expected $7 for the year": a whole year in an estimate is still the year in progress, and
        # a deadline ("was set to sell 4,000 flats by the end of June") still lies ahead of a forecast
        return self._ahead_where(lambda m: _whole_year(m.period) or is_gone_deadline(m))

    def _ahead_where(self, pred: Callable[[PeriodMention], bool]) -> list[PeriodMention]:
        """The past reading, with the future reading of the same phrase wherever `pred` holds."""
        ahead = {(m.start, m.end): m for m in self.future}
        return [ahead.get((m.start, m.end), m) if pred(m) else m for m in self.past]


FigureKind = Literal["flow", "price", "rank"]


def _whole_year(period: Period) -> bool:
    return period.start is not None and period.end is not None and (period.end - period.start).days >= 360


class Dating(NamedTuple):
    period: Period | None
    comparison: Period | str | None
    as_of: dt.date | None


@dataclass(frozen=True)
class Story:
    """What dates a figure beyond its sentence: the publication date and the period the story reports on."""

    published: dt.date | None = None
    period: Period | None = None
    results_base: Period | None = None  # a story with no period: the quarter its body reports results for
    named_before: Period | None = None  # the period the previous sentence names ("expects second-quarter revenue")
    span_before: Period | None = None  # the first dated span the previous sentence names (`same_period`)


def _is_this_year(m: PeriodMention) -> bool:
    # "this year", "so far this year"; not "the first five months of this year", which has its own end
    this_year = re.search(r"\bthis\s+year\b", m.text, re.I) is not None and m.period.start is not None
    return this_year and (m.role == "to_date" or _whole_year(m.period))


def _dates_a_price(m: PeriodMention, published: dt.date | None) -> bool:
    """A price move is dated by a day, a month, a year-to-date, or a span up to publication ("over the past 12
    months", "last week"), not by the quarter a company reported."""
    if m.point or m.role == "to_date" or _is_this_year(m):
        return True
    if is_one_month(m.period) and recent_release(m.period, published):
        return True  # a named month is the month of an index reading ("the index rose 0.9 percent in May")
    recent = published is not None and m.period.end is not None and 0 <= (published - m.period.end).days <= 7
    return recent and m.period.start is not None


def _story_month(m: PeriodMention, story: Story) -> bool:
    """ "the index rose to 107.5 in August", told in August of an August survey (`survey_months`): the story's
    month dates the reading though it is not over (a quote of a session takes only months that are over)."""
    return story.period is not None and is_one_month(story.period) and m.period == story.period


def _named_past(m: PeriodMention, published: dt.date | None) -> bool:
    """A period phrase of the story's period or a named one, over by publication ("in 2011", "in the quarter", a
    vague part of a month); not "for the year", which a share move reads as the year to date."""
    end = m.period.end or part_of_month_end(m.period)  # "a high of $26 in mid-October": a label, but over
    over = published is not None and end is not None and end <= published
    relative_year = re.search(r"\byear\b", m.text, re.I) and not re.search(r"\d", m.text)  # "for the year"
    return over and m.role == "period" and m.back in (None, 0) and not m.point and not relative_year


def _in_own_clause(m: PeriodMention, span: Span, sent: Span) -> bool:
    phrase = _phrase_span(span.doc, sent, m)
    verb, own = (_phrase_clause(phrase) if phrase is not None else None), own_clause(span.root)
    return verb is not None and own is not None and verb.i == own.i


def _undated_since(span: Span) -> str | None:
    """ "has climbed 31 percent since the stock split", "shed 40 percent since topping out in May", "fell 9
    percent since the probe came to light two weeks ago": a move whose own clause runs from an event no phrase
    dates spans from then to publication, so it is no move of the day. The label is "since" and what follows it;
    none when "since" bounds a record ("its weakest finish since April") or the clause has none."""
    verb = own_clause(span.root)
    if verb is None:
        return None
    for child in verb.children:
        since = child if child.lower_ == "since" and child.dep_ in ("prep", "advmod") else None
        if child.dep_ == "advcl":
            since = next((g for g in child.children if g.lower_ == "since" and g.dep_ == "mark"), None)
        if since is not None and not _bounds_a_record(since):
            event = child if child.dep_ == "advcl" else since
            end = event.right_edge.i + 1
            while end > since.i + 1 and since.doc[end - 1].dep_ in ("cc", "punct"):
                end -= 1  # "since the recall began last month and, ..."
            return since.doc[since.i : end].text
    return None


def _bounds_a_record(since: Token) -> bool:
    """ "its weakest finish since April", "the first profit since 2009": a superlative just before "since"."""
    doc = since.doc
    return WINDOW_CUE.search(doc_text(doc)[doc[since.sent.start].idx : since.idx + len(since.text)]) is not None


def _to_date(m: PeriodMention, published: dt.date | None) -> PeriodMention:
    """ "Shares have fallen 24 percent this year": a price move this year runs to the publication date."""
    if not _is_this_year(m) or m.role == "to_date" or m.point or published is None:
        return m
    period = Period(start=m.period.start, end=min(m.period.end, published), label=f"{m.period.start.year} to date")
    return PeriodMention(m.start, m.end, period, "to_date", False, m.text)


# ---------------------------------------------------------------- comparisons

# ---------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Figure:
    span: Span
    sent: Span
    others: tuple[Span, ...]  # the other figures of the sentence
    cue: Token | None  # the preposition that makes it the earlier side of a comparison
    published: dt.date | None = None
    kind: FigureKind = "flow"
    measure: str | None = None  # the fact's predicate ("net income"), when the caller has read it

    @property
    def position(self) -> int:
        return self.span.start_char - self.sent.start_char


def _dates_the_statement(m: PeriodMention, phrase: Span, figure: _Figure) -> bool:
    """ "The group said in March it was aiming for ...": the phrase dates the saying, not the figure. A saying
    is past: a horizon ("forecast ... over the next ten years") dates what is said."""
    if figure.published and m.period.end and m.period.end > figure.published:
        return False
    clause, own = own_clause(phrase.root), own_clause(figure.span.root)
    return (
        clause is not None
        and own is not None
        and clause.lemma_.lower() in words("reporting_verbs")
        and clause.i != own.i
    )


def _back_on_earlier_side(m: PeriodMention, figure: _Figure) -> bool:
    """ "reported $2 million, compared with $3 million, or 9 cents a share, in the year-ago quarter": a phrase counted
    back from the story's period, after the earlier side's preposition, dates that side even when the parser hangs it
    on the reporting verb (a statement is not dated "a year earlier" than the results it states)."""
    return figure.cue is not None and bool(m.back) and m.start > figure.cue.idx - figure.sent.start_char


def _owned_elsewhere(phrase: Span, figure: _Figure) -> bool:
    """ "the 4 percent gained so far this year", "its 2019 goals": the phrase hangs on another figure,
    modifies a noun, or sits in a clause that holds another figure and not this one."""
    if phrase.root.dep_ in ("compound", "nummod", "amod", "poss", "nmod"):
        return not (_dates_the_list(phrase, figure) or _dates_the_subject(phrase, figure))
    ancestors = {a.i for a in phrase.root.ancestors}
    if any(q.root.i in ancestors and not _ends_the_move(q, figure) for q in figure.others):
        return True
    clause = governing_verb(phrase.root)
    if clause is None or clause.i in {a.i for a in figure.span.root.ancestors}:
        return False
    held = {t.i for t in clause.subtree}
    return any(q.root.i in held for q in figure.others)


def _ends_the_move(level: Span, figure: _Figure) -> bool:
    """ "finished 3.4 percent higher at 18.75 euros on Wednesday": the level a move ended at ("at" or "to" on the move's
    own verb) is one quote with the move, so a phrase the parse hangs on the level dates the move too."""
    token = figure_head(level.root)
    if token.dep_ != "pobj" or token.head.lower_ not in ("at", "to"):
        return False
    move = figure_head(figure.span.root)
    verb = move.head
    if verb.dep_ == "advmod" and move.dep_ == "npadvmod":  # "finished 3.4 percent higher at ..."
        verb = verb.head
    return move.dep_ in ("npadvmod", "dobj") and verb.i == token.head.head.i


def _dates_the_list(phrase: Span, figure: _Figure) -> bool:
    """ "expects full-year earnings of $2.10 a share and revenue of $5.1 billion", "2013 earnings of $2.40 on
    revenue of $5.8 billion": a period on the first measure of a list of figures in one clause dates them all."""
    noun, own = phrase.root.head, own_clause(figure.span.root)
    held = {t.i for c in noun.children if c.dep_ == "prep" for t in c.subtree}  # "earnings of $2.10 to $2.20"
    # the figure itself may hang inside the list ("earnings of $1.20 a share and sales of $2.4 billion" parsed with
    # "sales" under "share"): still one of the list's measures
    holds_figure = any(t.i in held for q in figure.others for t in q)
    return holds_figure and own is not None and own_clause(noun) is not None and own_clause(noun).i == own.i


def _dates_the_subject(phrase: Span, figure: _Figure) -> bool:
    """ "Third-quarter operating profit slid 23 percent to $418 million": a period on the subject of the figure's own
    verb dates every figure of that clause, the level after the change as well as the change."""
    noun, own = phrase.root.head, own_clause(figure.span.root)
    return own is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == own.i


def _figure_between(m: PeriodMention, figure: _Figure) -> bool:
    low, high = sorted((figure.position, m.start))
    return any(low < q.start_char - figure.sent.start_char < high for q in figure.others)


def _across_comparison(m: PeriodMention, figure: _Figure, cues: list[Token]) -> bool:
    """For the later side, a phrase past an earlier side's preposition dates that side; for the earlier
    side, a phrase before its own preposition dates the later side."""
    offset = figure.sent.start_char
    if figure.cue is not None:
        return m.start < figure.cue.idx - offset
    # the phrase's own first word ("from May 6 until August 2") opens no earlier side
    return any(figure.position < c.idx - offset < m.start for c in cues)


def _in_another_earlier_side(phrase: Span, figure: _Figure, cues: list[Token]) -> bool:
    """ "44 cents per share, against 31 cents a year before, on sales of $2.6 billion", "compared with $2.60 in
    2009 and under the $2.91 analysts expect": a phrase the parse hangs inside an earlier side's comparison phrase
    (under its "from", "than", "compared with") dates that earlier figure, never a figure outside that phrase,
    whichever side of it the figure stands. A phrase hung on the verb ("climbed to $5 million from $4 million in
    the first quarter, and sales grew") is the clause's and stays a candidate."""
    for cue in cues:
        # a conjunct of the preposition is another side ("ahead of $3.05 in 2010 yet short of the $3.31 consensus")
        joined = {t.i for c in cue.children if c.dep_ == "conj" for t in c.subtree}
        side = {t.i for t in cue.subtree} - joined
        if phrase.root.i in side and figure.span.root.i not in side and cue.i not in _span_ids(phrase):
            return any(q.root.i in side for q in figure.others)  # the side holds a figure of its own
    return False


def _span_ids(span: Span) -> range:
    return range(span.start, span.end)


def _dates_rank(phrase: Span, rank: Span) -> bool:
    """A rank takes a phrase of its own clause ("ranked first in unit sales in May"), not one of a relative clause
    ("the fifth-largest grocer, whose unit reported ... in the third quarter"); a rank describing a name in
    apposition ("Norway's third-biggest lender, said on Monday ...") is not dated at all."""
    verb = _rank_clause(rank)
    if verb is None or phrase.root.i not in clause_tokens(verb.doc[verb.i : verb.i + 1]):
        return False
    if verb.lemma_ != "be" and _in_subject(rank.root, verb):
        return False  # "the world's biggest dairy group confirmed its outlook for this year": who, not when
    if _relative_between(rank, phrase):
        return False
    between = [a for a in phrase.root.ancestors if a.i != verb.i and verb in a.ancestors]
    if any(a.dep_ in ("relcl", "acl") for a in between):
        return False
    return not any(a.dep_ == "appos" for a in rank.root.ancestors if verb in a.ancestors)


def _when_phrase(span: Span, sent: Span, periods: list[PeriodMention], kind: str) -> PeriodMention | None:
    """ "its worst stretch came in 2011, when its stock dropped 12 percent", "the whole of last year, when a
    strike cut output by 30 percent", "better than in 2009, when it lost $4 million": a clause opened by "when"
    right after a period phrase tells of that period, whether or not the phrase is the earlier side of a comparison.
    Read on the surface (phrase, comma, "when"): the parser hangs such clauses anywhere."""
    verb = _first_conjunct(own_clause(span.root))  # "when it shut 4 mills and opened 2": both verbs
    when = next((c for c in verb.children if c.lower_ == "when" and c.dep_ == "advmod"), None) if verb else None
    if when is None or when.i > span.start:
        return None
    clause = clause_tokens(span.doc[verb.i : verb.i + 1])
    if any(p is not None and p.root.i in clause for p in (_phrase_span(span.doc, sent, m) for m in periods)):
        return None  # "in March, when it forecast $2.10 a share for 2013": the clause's own phrase
    for m in periods:
        phrase = _phrase_span(span.doc, sent, m)
        gap = span.doc[phrase.end : when.i] if phrase is not None else None
        # the phrase may close a comparison ("weaker than in the second half, when it earned $7 million", "a
        # turnaround from April, when it shut 4 mills"): the clause still tells of that period, not the later one
        if gap is not None and len(gap) == 1 and gap[0].text == "," and m.role in ("period", "comparison"):
            return m if kind == "price" or not m.point else None  # a day dates prices only (`period_for`)
    return None


def _first_conjunct(verb: Token | None) -> Token | None:
    """The first of a run of conjoined verbs ("shut 4 mills and opened 2": "shut"), which holds what
    they share (a "when", a subject)."""
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _relative_between(rank: Span, phrase: Span) -> bool:
    """ "Canada's fourth-largest bank, whose unit reported a drop in the fourth quarter, said ...": a relative
    clause opened after the rank holds the phrase, even when the parser hangs that clause elsewhere."""
    doc = rank.doc
    return any(
        doc[i].lower_ in RELATIVE_PRONOUNS and doc[i - 1].text == ","
        for i in range(rank.end, min(phrase.start, len(doc)))
        if i > 0
    )


RELATIVE_PRONOUNS = words("relative_pronouns")


def _rank_clause(rank: Span) -> Token | None:
    """The clause that dates a rank: its own, or for a participle clause with no subject of its own ("sales
    doubled in May, making it the top seller") the clause it hangs on, which tells when the rank was reached."""
    verb = own_clause(rank.root)
    participle = verb is not None and verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN")
    if participle and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return own_clause(verb.head) or verb
    return verb


def _compared_later(figure: _Figure, cues: list[Token]) -> bool:
    """The figure is the later side: a comparison preposition follows it in its own clause."""
    own = own_clause(figure.span.root)
    return own is not None and any(c.i >= figure.span.end and c.head.i == own.i for c in cues)


def _features(m: PeriodMention, figure: _Figure, clause: frozenset[int], cues: list[Token]) -> dict[str, float] | None:
    """The candidate's features for the figure, or None when it cannot date it."""
    phrase = _phrase_span(figure.span.doc, figure.sent, m)
    if phrase is None or _across_comparison(m, figure, cues) or _in_another_earlier_side(phrase, figure, cues):
        return None
    verb, own = _phrase_clause(phrase), own_clause(figure.span.root)
    when = opens_when_clause(verb, own, figure.span)  # "six ports when it bought a rival in May": one time
    if not when and not _back_on_earlier_side(m, figure) and _dates_the_statement(m, phrase, figure):
        return None  # but "was worth $5 billion when the sides signed it in May" is of the signing's time
    if in_earlier_event(phrase, figure.span):
        return None  # "after the purchase of a rival in 2006, it has 40 plants": 2006 dates the purchase
    between = _figure_between(m, figure)
    if between and not when and _owned_elsewhere(phrase, figure):
        return None
    if figure.kind != "price" and _outside_present_relative(phrase, own):
        return None  # "Harlow, which owns 40 hotels, agreed in May to be sold": the May of the sale, not the hotels
    in_clause = phrase.root.i in clause and (
        verb is None or own is None or verb.i == own.i or on_figure(verb, figure.span)
    )
    above = verb is None or verb.i in {a.i for a in figure.span.root.ancestors} | {figure.span.root.i} or when
    if not (in_clause or above):
        return None  # a sibling or nested clause: "..., helped by a plant it bought in May"
    shifted_clause = verb is not None and figure.kind != "price" and _earlier_or_later_clause(figure.span.root, verb)
    if above and not in_clause and shifted_clause:  # a quote "after hitting $7.91" is of the same session
        return None  # "sold the unit in October after a $2 billion rescue failed": the rescue is before October
    return candidate_features(m, phrase, figure, in_clause, above and not in_clause, between)


def _score(m: PeriodMention, figure: _Figure, clause: frozenset[int], cues: list[Token]) -> float | None:
    """The candidate's score for the figure (`WEIGHTS` times its features), or None when it cannot date it."""
    features = _features(m, figure, clause, cues)
    return None if features is None else sum(WEIGHTS[name] * value for name, value in features.items())


def candidate_features(
    m: PeriodMention, phrase: Span, figure: _Figure, in_clause: bool, above: bool, between: bool
) -> dict[str, float]:
    """What speaks for or against a phrase dating a figure, in the order the score adds them: the syntax (same
    clause, a clause above, dependency edges between them, another figure between), the surface (which side,
    how far), and the phrase itself (its role, counted back from the story's period, a day, a short span, a
    future span under a past-tense verb)."""
    own = own_clause(figure.span.root)
    published, start = figure.published, m.period.start
    future_under_past = own is not None and own.tag_ == "VBD" and None not in (published, start) and start > published
    return {
        "own_noun": float(on_own_noun(phrase, figure.span)),
        "deed_day": float(m.point),
        "same_clause": float(in_clause),
        "clause_above": float(above),
        "figure_between": float(between),
        "after_figure": float(m.start >= figure.position),
        "per_char": float(abs(m.start - figure.position)),
        "dep_edges": float(_tree_distance(phrase.root, figure.span.root)),
        "counted_back": float(bool(m.back)),
        "comparison_role": float(m.role == "comparison"),
        "to_date_role": float(m.role == "to_date"),
        "by_role": float(m.role == "by"),
        "past_verb_future_phrase": float(future_under_past),
        "short_span": float(_days(m.period) is not None and 0 < _days(m.period) <= 31),
    }


def _days(period: Period) -> int | None:
    return None if period.start is None or period.end is None else (period.end - period.start).days


def _tree_distance(a: Token, b: Token) -> int:
    """Dependency edges between two tokens of a sentence, through their lowest common ancestor."""
    up_a = [a, *a.ancestors]
    depth_a = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in depth_a:
            return n + depth_a[t.i]
    return len(up_a) + n + 1  # different trees (a sentence parsed in two pieces)


def _earlier_or_later_clause(token: Token, verb: Token) -> bool:
    """A clause opened by "after", "before" or "until" lies between the figure and the verb a phrase dates: the
    figure is of another time than that verb ("closed in June after taking in $1.4 billion")."""
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            return False
        mark = next((c for c in ancestor.children if c.dep_ == "mark"), None) if ancestor.dep_ == "advcl" else None
        opener = mark if mark is not None else ancestor.head if ancestor.dep_ == "pcomp" else None
        if opener is not None and opener.lower_ in TIME_SHIFTING:
            return True
    return False


TIME_SHIFTING = frozenset({"after", "before", "until"})


def _outside_present_relative(phrase: Span, own: Token | None) -> bool:
    """The figure is in a relative clause told in the present ("which owns 52 plants", "which accounts for 70
    percent of") and the phrase is outside it: the clause states what holds now, not what the phrase dates."""
    if own is None or own.dep_ != "relcl" or own.lemma_.lower() in CHANGE_VERBS:
        return False  # a move ("the sector, which has lost 8 percent", after "so far this year") spans the phrase
    if phrase.root.i in {t.i for t in own.head.subtree}:
        return False  # a phrase in the relative clause or on its noun ("our first-quarter estimate, which is")
    present_aux = any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in own.children)
    return own.tag_ in ("VBZ", "VBP") or present_aux


def _best(candidates: list[PeriodMention], figure: _Figure, cues: list[Token]) -> PeriodMention | None:
    clause = clause_tokens(figure.span)
    scored = [(s, m) for m in candidates if (s := _score(m, figure, clause, cues)) is not None]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def _base(periods: list[PeriodMention], story: Story, figure: _Figure | None = None) -> Period | None:
    """What "a year earlier" and "the quarter" are relative to: for an earlier side, the period phrase that dates the
    figure it is compared with ("a fiscal <nth>-quarter loss, against a profit a year earlier": none
    when that phrase has no dates); else the sentence's own dated period of a quarter or longer that could date the
    figure itself ("slipped from $9 million a year earlier, while it climbed from $7 million in the first quarter":
    not the first quarter), else the story's."""
    own = [m for m in periods if m.back is None and m.role == "period" and not m.point]
    later = _later_side_phrase(own, figure) if figure is not None else None
    if later is not None:
        return _as_story(later.period, story) if later.period.start else None
    own = [m for m in own if m.period.start]
    own = _dating_the_figure(own, figure) if figure is not None and own else own
    return _as_story(own[0].period, story) if own else story.period or story.results_base


def _later_side_phrase(own: list[PeriodMention], figure: _Figure) -> PeriodMention | None:
    """The phrase that dates the later side of the figure's comparison (the nearest figure of the same measure
    before its cue), if any: counted back from it, the earlier side has that phrase's period a year back, and no
    dates when the phrase has none (FACTS.md: a relative period keeps its label and has null start and end)."""
    later = _later_figure(figure.span, figure.others, figure.cue) if figure.cue is not None and own else None
    if later is None:
        return None
    rest = tuple(q for q in figure.others if q.start != later.start) + (figure.span,)
    side = _Figure(later, figure.sent, rest, None, figure.published, figure.kind)
    return _as_later_side(own, side, comparison_cues(figure.sent), figure.kind)


def _dating_the_figure(own: list[PeriodMention], figure: _Figure) -> list[PeriodMention]:
    """The one phrase the figure would take as the later side of a comparison, if any (none in a sibling clause:
    "..., a gap last this narrow in 2014")."""
    best = _as_later_side(own, figure, comparison_cues(figure.sent), figure.kind)
    return [best] if best is not None else []


def _as_later_side(
    candidates: list[PeriodMention], figure: _Figure, cues: list[Token], kind: FigureKind
) -> PeriodMention | None:
    """The phrase the figure would take were it the later side of a comparison: no earlier-side cue, and no phrase
    counted back ("a year earlier" dates an earlier side). Callers pass the sentence's cues when another earlier
    side may hold the phrase (`_base`), none when the figure's own "from" is the only one (`_before_the_later_side`),
    and the kind the phrase must suit."""
    return _best([m for m in candidates if not m.back], replace(figure, cue=None, kind=kind), cues)


def _as_story(period: Period, story: Story) -> Period:
    """A phrase naming the story's period in whole months ("the second quarter") takes its stated dates
    ("the quarter ended July 29")."""
    if story.period is None or period.start is None or story.period == period:
        return period
    if story.published in (period.start, period.end):
        return period  # "over the past year" runs to publication, "the next 12 months" from it, whatever the story
    if max((period.end - period.start).days, (story.period.end - story.period.start).days) > MAX_STATED_DAYS:
        return period  # "between 2011 and 2030" keeps its years in a story on "the next 20 years"
    overlap = (min(period.end, story.period.end) - max(period.start, story.period.start)).days
    longest = max((period.end - period.start).days, (story.period.end - story.period.start).days)
    return story.period if overlap >= 0.75 * longest else period


MAX_STATED_DAYS = 400  # stated dates refine a quarter, a half or a (fiscal) year, not a span of years


def _resolved(
    m: PeriodMention, periods: list[PeriodMention], story: Story, figure: _Figure | None = None
) -> Period | None:
    if m.back is None:
        return _as_story(m.period, story) if m.role == "period" else m.period
    base = (story.period or _base(periods, story)) if m.back == 0 else _base(periods, story, figure)
    month_phrase = is_one_month(m.period) if m.back == 0 else 0 < m.back < 3
    if base is None or (month_phrase and not is_one_month(base)) or _shorter(base, m.period):
        # "the previous month" after a quarter is no month we can name; "in the month" of a quarterly story
        # is the last month completed; "in the quarter" after "in September" is the quarter, not the month
        return m.period
    return shifted(base, m.back)


def _shorter(base: Period, own: Period) -> bool:
    """The base is much shorter than the span the phrase names itself ("the quarter", "the previous quarter")."""
    if None in (base.start, base.end, own.start, own.end):
        return False
    return (base.end - base.start).days < 0.75 * (own.end - own.start).days


def is_one_month(period: Period | None) -> bool:
    return (
        period is not None
        and period.start is not None
        and period.end is not None
        and 27 <= (period.end - period.start).days <= 31
    )


def period_for(
    span: Span,
    periods: list[PeriodMention],
    sent: Span,
    *,
    others: tuple[Span, ...] = (),
    kind: FigureKind = "flow",
    story: Story = Story(),
    modality: str | None = None,
    measure: str | None = None,
) -> Dating:
    """(period, comparison, as_of) of a figure from the period phrases of its sentence.

    A single day ("on Tuesday") dates prices, not the figures a company announced that day: a "price"
    (share price, index level) takes only days, year-to-dates and spans up to publication, a "flow" no
    single day, a "rank" only a phrase of its own clause."""
    listed = others
    others = tuple(q for q in others if q.start_char != span.start_char and not _coordinated(q, span))
    periods = anchor_same_period(periods, story.span_before)  # "rose 3 percent in the same period": the span named
    respective = respective_period(span, listed, periods, sent) if kind != "rank" else None
    if respective is not None:  # "at 1.6 and 2.8 percent in 2021 and 2022": each its own year
        return Dating(_resolved(respective, periods, story), None, None)
    if kind == "price" and modality in GUIDANCE:
        # "a panel sees the cost-of-living gauge up 3.4 percent next year", "the benchmark is tipped to close
        # 2027 near 8,300": a predicted level or move is of the period it is expected in (FACTS.md), like a
        # planned flow, not a quote of a session nor a year to date
        kind = "flow"
    cue = earlier_side(span) or possessive_earlier_cue(span, periods, sent)  # "from a year-ago's $9 million"
    if cue is not None and cue.lower_ == "from" and not any(_same_measure(q, span) for q in others):
        cue = None  # "sales of $3 billion from 40 countries": a source, not an earlier value
    later = _later_figure(span, others, cue) if cue is not None and _revised(cue, span) else None
    if later is not None:
        # "raised its 2019 forecast to $12.5 billion from $12.3 billion": the estimate it replaces is of the
        # same period as the new one, not of the period before
        dating = period_for(later, periods, sent, others=(*others, span), kind=kind, story=story)
        return Dating(dating.period, None, dating.as_of)
    if present_earlier_level(span, cue, others):
        return Dating(None, None, story.published)  # "to 4.5 million by 2013 from the current 2.5 million": today's
    story = _outlook_story(story, modality)
    when = _when_phrase(span, sent, periods, kind)
    if when is not None:  # "in 2009, when it shed 14 percent": the period the clause is about
        return Dating(_resolved(when, periods, story), None, None)
    bounded = bounded_level(span, sent, periods)
    day = boundary_day(_resolved(bounded[0], periods, story), bounded[1]) if bounded is not None else None
    if day is not None and modality == "actual":  # "closed the year holding $5 billion": as of its last day
        return Dating(day if kind == "price" else None, None, day.end)  # a quote is of that day
    periods = own_bounded_years(periods, bounded)  # "could finish the year at $7,100, versus $7,350 now": not $7,350's
    figure = _Figure(span, sent, others, cue, story.published, kind, measure)
    cues = comparison_cues(sent)
    # a target keeps a period of its own only: not a yearly rate ("in annual costs"), nor the day it was announced
    periods = [
        m for m in periods if not dates_no_year(m, span, modality) and not dates_the_announcement(m, span, modality)
    ]
    if cue is None:  # "orders went from 310 units in 2017 to 540": 2017 dates the 310 only, never the 540
        periods = [m for m in periods if not dates_the_from_side(m, span, sent, others)]
    if kind == "price":
        # a price move takes a day, a month or a span up to publication; a quarter or a year that is over
        # only in its own clause ("shares lost 39 percent in 2011"), not the quarter a company reported
        running = modality in (None, "actual")  # "for the year" on a forecast price is not the year so far
        periods = [running_to_date(m, story.published) if running else m for m in periods]
        weeks = [week_to_date(m, story.published) for m in periods] + market_week_phrases(sent, story.published)
        # "ended 1.4 percent lower, leaving it down 3.8 percent on the week": a week after another figure is that one's
        weeks = [
            m for m in weeks if not (is_trading_week(m) and m.start > figure.position and _figure_between(m, figure))
        ]
        candidates = [
            _to_date(m, story.published)
            for m in weeks
            if not m.since_clause
            and (
                _dates_a_price(m, story.published)
                or _story_month(m, story)
                or (_named_past(m, story.published) and _in_own_clause(m, span, sent))
            )
        ]
    else:
        deed = modality == "actual"
        candidates = [m for m in periods if not m.point or deed and point_of_figure(m, span, sent, story.published)]
    own = [
        m
        for m in candidates
        if m.role in ("period", "by", "to_date")
        or (figure.cue and m.role == "comparison")
        or (kind == "price" and m.point and m.role == "as_of" and _in_own_clause(m, span, sent))
        or (kind == "flow" and m.point)  # a deed's day ("agreed on March 3 to pay"), admitted above
        or (m.role == "comparison" and on_own_noun(_phrase_span(span.doc, sent, m), span))
    ]  # a price "at $22.60 on June 12" is of that day; "up from April's 0.3 percent gain" of the noun's month
    if figure.cue is None and _compared_later(figure, cues):
        own = [m for m in own if not m.back]  # "climbed to $95 million, up from $90 million a year earlier"
    if kind == "rank":
        own = [m for m in own if (p := _phrase_span(span.doc, sent, m)) is not None and _dates_rank(p, span)]
    own = past_own_point(own, periods, span, sent, listed)  # "40 in June and 35 at the start of 2010": not June
    best = _best(own, figure, cues)
    if period_choice_log.enabled():
        _log_choice(own, figure, cues, periods, story, modality)
    if best is None and kind == "price":  # "For the week, A gained 3 percent, B 2 percent": every move's week
        best = opening_week(own, sent)
    if best is None and kind == "flow" and modality in GUIDANCE and figure.cue is None:
        best = _guided_before(own, figure, cues)  # "sees Q3 sales up 4%, bringing them to about $900 million"
    if kind == "price" and (best is None or not _in_own_clause(best, span, sent)):
        since = _undated_since(span)
        if since is not None:  # "has climbed 31 percent since the stock split": a move from then, not the day's
            return Dating(Period(label=since), None, None)
    if best is None and figure.cue is not None and figure.cue.lower_ != "from":
        # an earlier side with no period of its own is compared in the same period ("a 6 percent gain in
        # the index", "against 1.5 percent for the market")
        best = _best(own, _Figure(span, sent, others, None, story.published), [])
    period = _resolved(best, periods, story, figure) if best is not None else None
    if best is not None and last_year_on_earlier_side(best, figure.cue, sent):  # "up from $9 million last year"
        back = _resolved(as_year_back(best), [m for m in periods if m is not best], story, figure)
        period = back if part_of_a_year(back) else period  # a whole year is the calendar's last year
    if best is None and figure.cue is not None and figure.cue.lower_ == "from":
        period = _before_the_later_side(own, figure, periods, story)
    comparisons = [m for m in candidates if m.role == "comparison"]
    comparison = None
    if comparisons and figure.cue is None:
        comparison = "year on year" if comparisons[0].back == 12 else comparisons[0].period
    as_of = stock_date(periods, figure.span, figure.sent, figure.cue, cues)
    return Dating(period, comparison, as_of)


GUIDANCE = ("target", "forecast")


def _log_choice(
    own: list[PeriodMention],
    figure: _Figure,
    cues: list[Token],
    periods: list[PeriodMention],
    story: Story,
    modality: str | None,
) -> None:
    """Every candidate `_best` could score, with its features and resolved period (`period_choice_log`)."""
    clause = clause_tokens(figure.span)
    scored = [(f, m) for m in own if (f := _features(m, figure, clause, cues)) is not None]
    if scored:
        rows = [(f, _resolved(m, periods, story, figure)) for f, m in scored]
        period_choice_log.write_choice(figure.sent.text, figure.span.text, figure.kind, modality, rows)


def _before_the_later_side(
    own: list[PeriodMention], figure: _Figure, periods: list[PeriodMention], story: Story
) -> Period | None:
    """ "jumped from 60 to 90 units in fiscal 2021": the period before the later side's (not a year-back phrase of
    another figure: "loans rose from $51 billion a year ago, but income rose to $586 million from $567 million")."""
    later = _as_later_side(own, figure, [], "flow")
    base = _resolved(later, periods, story) if later is not None else story.period
    if later is None and figure.cue is not None and _planned(figure.cue):
        base = _over(base, story.published)  # "will lift its offices to 34 from 24": today's count
    if later is not None and later.role == "by":
        base = None  # "aims for 6 million accounts by 2016, up from 4 million": a deadline has no period before it
    return year_before_result(base, story.period, figure.span, figure.measure) or _previous(base)


def _guided_before(own: list[PeriodMention], figure: _Figure, cues: list[Token]) -> PeriodMention | None:
    """ "forecasts annual profit of $2.05 to $2.20 a share, and turnover of $3.4 billion", "projects third-quarter
    sales rising 4 percent, bringing them to roughly $900 million": a prediction with no period phrase of its own
    is of the period that dates the figure just before it in the sentence, when that phrase comes before both."""
    before = (q for q in figure.others if q.end <= figure.span.start and earlier_side(q) is None)
    nearest = max(before, key=lambda q: q.start, default=None)  # the figure just before this one
    if nearest is None:
        return None
    verb, nearest_verb = own_clause(figure.span.root), own_clause(nearest.root)
    if verb is not None and nearest_verb is not None and verb.i != nearest_verb.i and _has_subject(verb):
        return None  # "its board keeps four members, and the lender is hiring three": two claims
    rest = tuple(q for q in figure.others if q.start != nearest.start)
    best = _best(own, _Figure(nearest, figure.sent, rest, None, figure.published), cues)
    return best if best is not None and best.end <= nearest.start_char - figure.sent.start_char else None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _outlook_story(story: Story, modality: str | None) -> Story:
    """ "Merrow forecasts third-quarter sales of $900 million. It sees earnings of 40 cents a share for the
    quarter.": in a prediction, "the quarter" is the later period the sentence before named, not the quarter the
    story reported."""
    later, reported = story.named_before, story.period
    if modality not in GUIDANCE or later is None or reported is None or later.start is None:
        return story
    if reported.end is None or later.start <= reported.end or _shorter(later, reported) or _shorter(reported, later):
        return story
    return Story(story.published, later, story.results_base, None)


def told_in_present(span: Span, verb: Token | None) -> bool:
    """ "we have 400 million euros in shares", "is currently doing 2 million orders a day", "runs stores in 90
    cities": a figure in a present-tense clause of its own (not a change verb) is a state at publication,
    not a result of the period the story reports on."""
    clause = own_clause(span.root)
    if verb is None or clause is None or clause.i != verb.i or verb.lemma_.lower() in CHANGE_VERBS:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return not any(c.dep_ in ("xcomp", "ccomp", "acomp") for c in verb.children)  # "is expected to", "is up"
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def recent_release(period: Period, published: dt.date | None) -> bool:
    """Over by publication, and not long before: data are released a few weeks after the month."""
    return published is not None and 0 <= (published - period.end).days <= RELEASE_LAG_DAYS


RELEASE_LAG_DAYS = 75  # trade figures for April come out in June
