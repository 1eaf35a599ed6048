"""The date of an undated stock a company's results report tells: the end of the period the report covers.

FACTS.md dates a stock "the stated date, else the end of the period a results report covers, else the publication
date". An earlier round used the publication date for every undated stock, because an economy story's report period
is often a guess; here the end is used only in a company's report on a period that is over, for a level of the
reporting company told as a result ("membership fell 3 percent to 3.4 million", "subscribers grew to 82 million",
"X, which has 4,100 stores, said ..."). A level told as a state of today keeps the publication date: one in a quote
("we also have 400 million in shares"), in the present perfect ("has sold it to 9,000 customers since"), with
"currently" or "now", or in a present-tense main clause ("the platform runs in 100 cities").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from extractor.facts.discourse import DocContext
from extractor.facts.lead_sentences import MIN_TOKENS
from extractor.facts.measures import predicate_head
from extractor.facts.results_lead import reports_results
from extractor.facts.story_period import RESULT_MEASURES
from extractor.facts.syntax import governing_verb
from extractor.lexicons import words
from extractor.mentions.doc_text import span_text
from extractor.mentions.entities import EntityIndex
from extractor.models import Period

QUOTES = ('"', "\u201c", "\u201d")
PAST_TAGS = ("VBD", "VBN")
PRESENT_TAGS = ("VBZ", "VBP")
PARTICIPLE_DEPS = ("advcl", "acl", "conj")  # a participle clause hung on another verb
MIN_REPORT_DAYS = 80  # a quarter, a half or a year; a month's figures are a data release's


def results_end(
    doc: Doc,
    title: str | None,
    report: Period | None,
    published: dt.date | None,
    entities: EntityIndex,
    body_start: int,
) -> dt.date | None:
    """The end of the period a company's results report covers, or None for any other story: the report period
    is over at publication, the story is about a company (not an economy's country) and its title names a
    measure of results ("Q2 profit rises", "ANNUAL REPORT 2016 - ... TURNOVER") or its lead reports them."""
    if report is None or report.start is None or report.end is None or published is None:
        return None
    if report.end > published or (report.end - report.start).days < MIN_REPORT_DAYS:
        return None
    if entities.main_org is None or entities.main_place is not None:
        return None  # an economy story: its "report period" may be a guess, and its stocks are the country's
    if RESULT_MEASURES.search(title or "") or _lead_reports(doc, body_start):
        return report.end
    return None


def _lead_reports(doc: Doc, body_start: int) -> bool:
    lead = next((s for s in doc.sents if s.start_char >= body_start and len(s) >= MIN_TOKENS), None)
    return lead is not None and reports_results(lead)


def report_level_date(
    kind: str,
    predicate: str,
    modality: str,
    subject: str | None,
    span: Span,
    sent: Span,
    verb: Token | None,
    ctx: DocContext,
) -> dt.date | None:
    """The end of the reported period for an undated level of the reporting company told as a result, or None."""
    if ctx.results_end is None or kind != "metric" or modality != "actual" or subject != ctx.main_org:
        return None
    if predicate_head(predicate) in words("market_level_heads"):
        return None  # a market value or a multiple is the day's quote, not a level the report tells
    return ctx.results_end if reported_level(span, sent, verb, ctx.entities) else None


def reported_level(span: Span, sent: Span, verb: Token | None, entities: EntityIndex) -> bool:
    """The figure is a level the report tells as of its period: in a past-tense clause, a clause with no verb of
    its own ("its 19.9 percent stake"), or a present-tense relative clause on the company's name ("X, which has
    4,100 stores, said"), and not in a quote or beside "currently"/"now"."""
    if _quoted(span, sent) or any(t.lower_ in words("now_adverbs") for t in sent):
        return False
    verb = _finite(verb)
    if verb is None:
        return True
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.tag_ in PRESENT_TAGS) for c in verb.children):
        return False  # "has sold to 9,000 customers", "can raise", "is running": of today or ahead
    if verb.tag_ in PAST_TAGS:
        return True
    return verb.tag_ in PRESENT_TAGS and _describes_company(verb, entities)


def _finite(verb: Token | None) -> Token | None:
    """The finite verb whose tense a participle clause takes ("reduced EBIT ..., encompassing its 19.9 percent
    stake": reduced)."""
    while verb is not None and verb.tag_ in ("VBG", "VB") and verb.dep_ in PARTICIPLE_DEPS:
        if any(c.dep_ == "aux" for c in verb.children):
            return verb  # "is running", "to raise": the clause's own auxiliary tells its time
        verb = governing_verb(verb)  # "employees working in Germany was": the verb the noun it hangs on has
    return verb


def _describes_company(verb: Token, entities: EntityIndex) -> bool:
    """ "X, which has 4,100 stores": a relative clause on the reporting company's name, the story's background
    on the company as of the period it reports."""
    main = entities.main_org
    if verb.dep_ != "relcl" or main is None:
        return False
    return entities.at(verb.head.i) is main


def _quoted(span: Span, sent: Span) -> bool:
    """An odd number of quote marks before the figure in its sentence: it is inside a quotation."""
    before = span_text(sent)[: span.start_char - sent.start_char]
    return sum(before.count(q) for q in QUOTES) % 2 == 1
