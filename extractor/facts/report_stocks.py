"""The date of an undated stock a company's results report tells: the end of the period the report covers.

FACTS.md dates a stock "the stated date, else the end of the period a results report covers, else the publication
date". An earlier round used the publication date for every undated stock, because an economy story's report period
is often a guess; here the end is used only in a company's report on a period that is over, whose lead reports the
results, for a level of the reporting company told as a result ("membership fell 3 percent to 3.4 million",
"subscribers grew to 82 million", "X, which has 4,100 stores, said ..."). A level told as a state of today keeps the
publication date: one in a quote ("we now count 250 depots"), in the present perfect ("has sold it to 9,000
customers since"), with "currently" or "now", or in a present-tense main clause ("the platform runs in 100 cities");
so does a level of an earlier time ("when it went public, it had 40 stores", "had employed 900 before the merger").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from extractor.facts.discourse import DocContext
from extractor.facts.lead_sentences import MIN_TOKENS
from extractor.facts.measures import predicate_head
from extractor.facts.results_lead import reports_results
from extractor.facts.syntax import governing_verb
from extractor.lexicons import words
from extractor.mentions.doc_text import span_text
from extractor.mentions.entities import EntityIndex
from extractor.models import Period

QUOTES = ('"', "\u201c", "\u201d")
PAST_TAGS = ("VBD", "VBN")
COMPARISON_BASES = ("from", "than", "versus", "against")  # "up from 900 a year before": the base's own time
PRESENT_TAGS = ("VBZ", "VBP")
PARTICIPLE_DEPS = ("advcl", "acl", "conj")  # a participle clause hung on another verb
MIN_REPORT_DAYS = 80  # a quarter, a half or a year; a month's figures are a data release's


def results_end(
    doc: Doc,
    report: Period | None,
    published: dt.date | None,
    entities: EntityIndex,
    body_start: int,
) -> dt.date | None:
    """The end of the period a company's results report covers, or None for any other story: the report period
    is over at publication, the story is about a company (not an economy's country) and its
    lead reports the results. A title is not enough: one that names a results noun and a finished quarter is as
    often a preview ("profit seen rising", "to report results on Thursday"), a lawsuit, an upgrade or job cuts
    ("after a third-quarter loss"), and a headline's parse cannot tell them apart."""
    if report is None or report.start is None or report.end is None or published is None:
        return None
    if report.end > published or (report.end - report.start).days < MIN_REPORT_DAYS:
        return None
    if entities.main_org is None or entities.main_place is not None:
        return None  # an economy story: its "report period" may be a guess, and its stocks are the country's
    return report.end if _lead_reports(doc, body_start) else None


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
    its own ("with its 30 percent stake"), or a present-tense relative clause on the company's name ("X, which has
    4,100 stores, said"), and not in a quote or beside "currently"/"now"."""
    if _quoted(span, sent) or any(t.lower_ in words("now_adverbs") for t in sent) or _time_shifted(sent):
        return False
    verb = _finite(verb)
    if verb is None:
        return True
    if _other_holder(verb, sent, entities):
        return False  # "Kestrel, which it bought, had 120 stores", "X and Y together had": not the company's own
    if _past_perfect(verb):
        return False  # "had employed 30,000 before the merger": a time before the one the story tells
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.tag_ in PRESENT_TAGS) for c in verb.children):
        return False  # "has sold to 9,000 customers", "can raise", "is running": of today or ahead
    if verb.tag_ in PAST_TAGS:
        return True
    return verb.tag_ in PRESENT_TAGS and _describes_company(verb, entities)


def _time_shifted(sent: Span) -> bool:
    """A word of the sentence moves it to an earlier time ("when it went public", "at its peak", "once"), unless
    it only dates the base of a comparison ("up from 900 a year before")."""
    return any(
        (t.lower_ in words("time_shift_words") or t.lemma_.lower() in words("time_shift_words"))
        and not _in_comparison_base(t)
        for t in sent
    )


def _in_comparison_base(token: Token) -> bool:
    """The token dates the earlier side of a comparison: it hangs under "from", "than" or "versus"."""
    return any(a.lower_ in COMPARISON_BASES for a in token.ancestors)


def _other_holder(verb: Token, sent: Span, entities: EntityIndex) -> bool:
    """The clause's subject is another organization or several holders, or the level is a joint total."""
    if any(t.lower_ in words("joint_total_words") for t in sent):
        return True
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        cluster = entities.at(subject.i)
        if any(c.dep_ == "conj" for c in subject.children) or cluster not in (None, entities.main_org):
            return True
    return False


def _past_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _finite(verb: Token | None) -> Token | None:
    """The finite verb whose tense a participle clause takes ("cut costs, shrinking its fleet to 90 ships":
    cut)."""
    while verb is not None and verb.tag_ in ("VBG", "VB") and verb.dep_ in PARTICIPLE_DEPS:
        if any(c.dep_ == "aux" for c in verb.children):
            return verb  # "is running", "to raise": the clause's own auxiliary tells its time
        verb = governing_verb(verb)  # "staff working in Ohio fell": the verb of the noun the clause hangs on
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
