"""When a figure with no period phrase of its own holds: as of publication (a stock, a count told in the present
tense), over the period the report covers (a flow), or as of the end of a span that dates a stock's level.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from extractor.facts.attachment import end_point_of_change, is_one_month
from extractor.facts.attachment_days import is_dated_daily
from extractor.facts.discourse import DocContext
from extractor.facts.lead_sentences import first_sentence
from extractor.facts.measures import Reading, is_stock, predicate_head
from extractor.facts.predicate_forms import measured_part
from extractor.facts.syntax import figure_head
from extractor.lexicons import words
from extractor.models import Period
from extractor.word_forms import singular

TITLE_WORD = re.compile(r"[A-Za-z]+")


def holds_now(span: Span, verb: Token | None) -> bool:
    """ "operates 74 aircraft", "has 300 stores", "employs 2,000 people": the object of a present-tense
    verb that is not a change verb is a count that holds at publication."""
    if verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if verb.lemma_.lower() in words("change_up") | words("change_down"):
        return False
    counted = span.root.head
    return counted.dep_ in ("dobj", "attr") and counted.head.i == verb.i


def default_period(
    predicate: str,
    kind: str,
    modality: str,
    ctx: DocContext,
    as_of: dt.date | None,
    *,
    holds_now: bool = False,
    daily: bool | None = None,
    base: Period | None = None,
) -> tuple[Period | None, dt.date | None]:
    """A figure with no period phrase: a stock or level (or a count in the present tense) is as of
    publication; a flow in a results report takes the period the report covers (or `base`, the results base a
    story with no report period counted the figure's earlier side back from: `based_later_sides`)."""
    monthly = measured_part(predicate).split()[-1] == "index" or release_reading(predicate, ctx.release_nouns)
    monthly = monthly and not daily  # a stock index quoted in points keeps its day
    if monthly and is_one_month(ctx.report_period) and modality in ("actual", "forecast"):
        return ctx.report_period, as_of  # a monthly index in the release on its month ("rose to 53.0")
    if (is_dated_daily(predicate) if daily is None else daily) and ctx.published:
        day = Period(start=ctx.published, end=ctx.published, label=ctx.published.isoformat())
        return day, as_of or ctx.published
    if holds_now:
        return None, as_of or ctx.published
    if ctx.section_period is not None and modality in ("actual", "forecast"):
        return ctx.section_period, as_of
    report = ctx.report_period or base
    if report is not None and modality in ("actual", "forecast"):
        return report, as_of
    return None, as_of


def release_nouns(doc: Doc, title: str | None, report: Period | None, body_start: int) -> frozenset[str]:
    """The nouns a monthly release's title and first sentence name ("Office vacancy rates climb in May"):
    the measure the release reports, whose later readings with no period of their own are of its month. Empty
    when the story reports on no single month."""
    if not is_one_month(report):
        return frozenset()
    lead = first_sentence(doc, body_start)
    nouns = {t.lemma_.lower() for t in lead if t.pos_ == "NOUN"} if lead is not None else set()
    return frozenset(nouns | {singular(w.lower()) for w in TITLE_WORD.findall(title or "")})


def release_reading(predicate: str, measures: frozenset[str]) -> bool:
    """A reading of the measure a monthly release reports: a rate or a price (a level read over the time it applies
    to, `lexicons/period_read_stocks.txt`) whose head the release's title or lead names: one city's vacancy rate
    in a story of May's vacancy rates is May's; a national jobless rate quoted in a story of May's home sales names
    another measure and holds at publication."""
    head = predicate_head(predicate)
    return head in words("period_read_stocks") and singular(head) in measures


def level_of_stock(predicate: str, period: Period | None, verb: Token | None, span: Span, sent: Span) -> bool:
    """A stock's level (stores, staff, a stake) dated by a span holds at the span's end (FACTS.md: as_of): one
    stated by a verb of state ("had", "leaving"), by none ("its 55 percent-owned unit") or as an end point of a
    change ("staff fell to 1,200 from 1,450 in 2012"), not an event that changes the stock ("axed 700
    branches in 2011", "disposed of its 25 percent holding in May"), nor an average."""
    dated = period is not None and period.start is not None and period.end is not None
    if not dated or period.start == period.end or not is_stock(predicate) or is_dated_daily(predicate):
        return False
    if predicate_head(predicate) in words("period_read_stocks"):
        return False  # "the tax rate for the quarter", "prices in May": read over the period
    if counted_by_flow(verb, span, predicate):
        return False  # "saw 4 million patients last year, up from 3.6 million": visits over the year
    if changes_the_stock(verb) and not _end_point_of(verb, span):
        return False  # "added 40,000 users in the quarter, up from 25,000 a year earlier": a year-ago addition
    stated = verb is None or verb.lemma_.lower() in words("level_verbs") or end_point_of_change(span)
    return stated and not any(t.lower_ == "average" for t in sent)


def counted_by_flow(verb: Token | None, span: Span, predicate: str) -> bool:
    """A count of a stock noun is a flow when a verb of passing through counts it (`lexicons/flow_count_verbs.txt`)
    as the clause's verb ("served 2 million clients in 2013, up from 1.7 million") or in a relative or participle
    clause on the noun ("the number of patients treated last year", "clients who left it"); and a percent of
    another noun on a count noun ("mills ran at 88 percent of capacity") is a rate of the period, not a level."""
    head = predicate_head(predicate)
    if _percent_of_another(span, predicate):
        return True
    flows = words("flow_count_verbs")
    nouns = [t for t in span.sent if t.pos_ == "NOUN" and singular(t.lower_) == singular(head)]
    if verb is not None and verb.lemma_.lower() in flows and any(_object_of(n, verb) for n in nouns):
        return True  # not "the base lost 2 percent to 480,000" (the stock is the subject), nor "opened accounts"
    clauses = [c for n in nouns for c in n.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]
    return any(c.lemma_.lower() in flows | words("departure_verbs") for c in clauses)


def _percent_of_another(span: Span, predicate: str) -> bool:
    """A percent followed by "of" and a noun the measure does not name ("88 percent of capacity" on mills): a rate;
    a share of the stock itself ("51 percent of its staff", "the staff (51 percent)") stays a level."""
    doc = span.doc
    percent = any(t.lower_ in ("percent", "%", "pct") for t in span)
    after = doc[span.end] if span.end < len(doc) else None
    if not percent or after is None or after.lower_ != "of":
        return False
    objects = [c for c in after.children if c.dep_ == "pobj"]
    named = {singular(w) for w in predicate.split()}  # "share of store employees": the "of" noun is the measure's
    return any(singular(o.lower_) not in named for o in objects)


def new_additions(reading: Reading) -> bool:
    """ "won 40,000 new customers", "opened 35 new stores": additions to a stock flow over the story's period."""
    noun = reading.measured
    if noun is not None and changes_the_stock(reading.verb) and _object_of(noun, reading.verb):
        return True  # "added 8,000 cable users, 6,500 mobile users and ...": each count is of the additions
    return noun is not None and any(c.dep_ == "amod" and c.lower_ in words("flow_modifiers") for c in noun.children)


def changes_the_stock(verb: Token | None) -> bool:
    """The verb adds to or takes from a stock ("added", "gained", "lost" subscribers): what it counts is a flow."""
    return verb is not None and verb.lemma_.lower() in words("stock_changing_verbs")


def _object_of(noun: Token, verb: Token | None) -> bool:
    """The noun is what the verb adds or loses: its object, or a conjunct of it ("gained 900 farm customers and
    300 city customers"); a subject ("the customer base gained 3 percent") is the stock itself."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return verb is not None and noun.dep_ == "dobj" and noun.head.i == verb.i


def _end_point_of(verb: Token | None, span: Span) -> bool:
    """The figure is where the verb's change ends or starts ("the base gained 3 percent to 2.1 million", "lost 5
    percent from 40,000"): a level of the stock, unlike the earlier side of the count the verb adds ("added
    15,000, down from 21,000"), whose preposition hangs on "down", not on the verb."""
    token = figure_head(span.root)
    prep = token.head
    return verb is not None and token.dep_ == "pobj" and prep.lower_ in ("to", "from") and prep.head.i == verb.i
