"""Negotiations: talks about a kind of deal with a named party ("in merger talks with Brandt Co") and a bid
given up ("Brandt withdrew its proposal to buy Kestrel")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.bid_withdrawals import withdrawn_bid
from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.events_clauses import negated, unreal
from extractor.facts.events_common import NAMED_OBJECTS, doer, event_fact, object_names, party_after
from extractor.facts.syntax import clause_subject, governing_verb
from extractor.lexicons import table, words
from extractor.models import Fact


def withdrawal(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> Fact | None:
    """ "Brandt withdrew its proposal to buy Kestrel": the bidder gave up its bid for the target."""
    found = withdrawn_bid(verb)
    if found is None:
        return None
    named = object_names(found[1], ctx, NAMED_OBJECTS)  # "to buy network maker Kestrel", else "the company"
    target = named[0] if named else resolve_subject(found[1], ctx)  # the name, or what "the company" stands for
    if target is None:
        return None
    return event_fact(verb, doer(verb, ctx) or ctx.main_org, found[0], target, sent, both, ctx)


def talks(noun: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """ "in merger talks with Brandt Co": talks about a kind of deal (an event noun before "talks") with a
    named party; plain "talks with X" say too little of what is negotiated to be an event."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words("talks_nouns"):
        return []
    kind = next(
        (c for c in noun.children if c.dep_ in ("compound", "amod") and c.lemma_.lower() in table("event_nouns")), None
    )
    party = party_after(noun, "with")
    if kind is None or party is None:
        return []
    verb = governing_verb(noun)
    if verb is not None and (negated(verb) or unreal(verb)):
        return []  # "is not in merger talks with X", "if it were in merger talks with X"
    subject = resolve_subject(clause_subject(verb), ctx) if verb is not None else None
    predicate = f"{kind.lower_} {noun.lower_}"
    named = object_names(party, ctx, NAMED_OBJECTS)
    return [event_fact(noun, subject or ctx.main_org, predicate, name, sent, both, ctx) for name in named]
