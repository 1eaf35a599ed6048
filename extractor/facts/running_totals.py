"""A running total: a sum of deeds told in the perfect ("has poured $600 million into its own network") or with
"already", "so far" or "to date" ("hospitals have so far bought 2,000 of its scanners").

FACTS.md gives a flow the period the report covers only when the figure is one of the results the report tells;
a running total is everything done up to the time of telling, so it has no period unless its own clause names
one ("has spent $150 million on its shares in the third quarter"). A period phrase of another clause dates that
clause's deed, not the total ("cut its dividend in 2009 and has since spent $2.5 billion on rivals"). A single day
of its own ("has spent $1.1 billion on its shares through Oct. 3") is the point the total was measured at:
`as_of`, as for a stock.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from extractor.facts.attachment_clauses import phrase_clause, phrase_span
from extractor.facts.perfect_spans import perfect_to_date
from extractor.facts.syntax import own_clause
from extractor.lexicons import words
from extractor.mentions.periods import PeriodMention
from extractor.models import Period


def running_total(verb: Token | None, amount: Token) -> str | None:
    """ "now" for a deed that adds up told in the present perfect or with a to-date adverb (the total at the time
    of telling); "then" for one in the past perfect ("before its lender failed it had collected $2 billion": the
    total at a past time the story may date elsewhere, dated as any figure, except that a single day of its own
    is its `as_of`); else None. `amount` is the figure's head token."""
    if verb is None or verb.lemma_.lower() not in words("running_total_verbs"):
        return None
    if not _sums_the_amount(verb, amount):
        return None
    aux = [c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() == "have"]
    if verb.tag_ == "VBN" and aux:
        return "then" if aux[0].lower_ == "had" and not _to_date_adverb(verb) else "now"
    return "now" if _to_date_adverb(verb) else None


def _sums_the_amount(verb: Token, amount: Token) -> bool:
    """The deed adds up the amount itself: its object ("has spent $2 billion"), its "to" level ("has raised its
    stake to 12 percent"), the count of those it reached ("has sold it to 9,000 clients", "has signed deals for
    2,000 terminals") or the percent share it moved ("has sold a 5 percent stake"). Not a deed never done ("has not
    spent any of the $5 million"), not a figure that sizes one thing ("has signed a $300 million contract", "has
    issued 4 million new shares") or the level a "from" replaced, not one sum paid for one end ("has paid $4
    million to settle the claims")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(
        c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    ):
        return False
    head = amount.head
    if head.lower_ == "worth" and amount.dep_ in ("nummod", "npadvmod", "nmod", "compound"):
        amount = head  # "has bought $2 billion worth of bonds": the worth is the object
    if amount.head.i == verb.i:
        return amount.dep_ in ("dobj", "nsubjpass")
    head = amount.head
    if amount.dep_ == "pobj":
        return head.lower_ == "to" and head.dep_ == "prep" and head.head.i == verb.i
    if amount.dep_ == "nummod" and head.dep_ == "pobj" and head.head.lower_ != "from":
        return _object_of(head.head.head, verb)  # those reached: "has sold it to 9,000 clients"
    return amount.lower_ in ("percent", "%") and _object_of(head, verb)  # a share held or sold: "a 5 percent stake"


def _object_of(token: Token, verb: Token) -> bool:
    """The token is the verb itself, its object, or a conjunct of its object."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.i == verb.i or (token.dep_ == "dobj" and token.head.i == verb.i)


def _to_date_adverb(verb: Token) -> bool:
    """ "already", "so far", "to date" on the verb: the total up to now, whatever the tense."""
    for child in verb.children:
        if child.lower_ == "already" or (child.lower_ == "far" and any(g.lower_ == "so" for g in child.children)):
            return True
        if child.lower_ == "to" and any(g.lower_ == "date" for g in child.children):
            return True
    return False


def told_dating(
    dating: list[PeriodMention],
    running: str | None,
    verb: Token | None,
    kind: str,
    modality: str,
    span: Span,
    sent: Span,
    published: dt.date | None,
) -> list[PeriodMention]:
    """A figure's period phrases as its tense reads them: a running total keeps its own clause's, and "this year"
    on a deed in the present perfect is the year so far (`perfect_spans`)."""
    dating = own_clause_dating(dating, span, sent) if running == "now" else dating
    return perfect_to_date(dating, verb, kind, modality, span, sent, published)


def own_clause_dating(dating: list[PeriodMention], span: Span, sent: Span) -> list[PeriodMention]:
    """The period phrases of the figure's own clause: another clause's phrase dates that clause's deed."""
    own = own_clause(span.root)
    kept = []
    for m in dating:
        phrase = phrase_span(span.doc, sent, m)
        verb = phrase_clause(phrase) if phrase is not None else None
        if own is not None and verb is not None and verb.i == own.i:
            kept.append(m)
    return kept


def total_dating(period: Period | None, as_of: dt.date | None) -> tuple[Period | None, dt.date | None]:
    """A running total dated by a single day of its own is measured at that day: as of it, with no period."""
    if period is not None and period.start is not None and period.start == period.end:
        return None, as_of or period.start
    return period, as_of
