"""A market wrap's volume and breadth belong to the exchange they were counted on.

"Some 1.2 billion shares traded on the Halden exchange", "on the Norvik board, gainers beat losers by
3 to 1": in a market wrap (mentions/market_wraps.py) a count of shares or
issues that no company owns ("shares of Brindle" is Brindle's stock) is the figure of the exchange named by an
"on" phrase of its clause, as the readable gold writes it. Without such a phrase the figure keeps what the
other rules give it (in a wrap, usually nobody: it is then left out).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.market_wraps import is_market_wrap

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

OWNER_DEPS = frozenset({"poss", "compound", "nmod"})
PREDICATE_DEPS = frozenset({"acomp", "attr"})  # the adjective or noun a "be" clause predicates
CLAUSE_JOINS = frozenset({"advcl", "conj", "ccomp", "relcl", "acl"})  # a verb that heads a clause of its own


def exchange_holder(quantity: Span, measured: Token | None, ctx: DocContext) -> str | None:
    """The exchange a wrap's count of unowned shares or issues was made on, by the nearest "on" phrase that
    hangs on the figure's noun or on a head above it ("on the Norvik board, 2.1 billion shares moved")."""
    if measured is None or not _counts_traded_stock(measured):
        return None
    if not is_market_wrap(ctx.doc, ctx.body_start):
        return None
    verbs = [c for c in measured.children if c.dep_ in ("acl", "relcl")]  # "shares traded on the Norvik board"
    heads = [measured, *verbs, *_own_clause_heads(measured), *_own_clause_heads(quantity.root)]
    heads += [c for h in heads for c in h.children if c.dep_ in PREDICATE_DEPS]  # "was light on the Norvik board"
    places = [
        (abs(o.i - quantity.start), o)
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    for _, place in sorted(places, key=lambda p: p[0]):
        name = _exchange_name(place, ctx)
        if name is not None:
            return name
    return None


def _own_clause_heads(token: Token) -> list[Token]:
    """The heads above a token up to its clause's verb: "while on Nasdaq 51 percent closed higher" does not
    reach the main clause's "on the Halden exchange"."""
    heads = []
    for head in token.ancestors:
        heads.append(head)
        if head.pos_ in ("VERB", "AUX") and head.dep_ in CLAUSE_JOINS:
            break
    return heads


def _counts_traded_stock(measured: Token) -> bool:
    """ "shares that moved", "rising issues", "falling ones", "a ratio of 3 to 1": a traded-count noun
    with no owner ("Brindle shares", "shares of Brindle", "its stock" are a company's)."""
    if measured.lemma_.lower() not in words("traded_count_nouns"):
        return False
    if any(c.dep_ in OWNER_DEPS and (c.pos_ in ("PROPN", "PRON") or c.ent_type_) for c in measured.children):
        return False
    return not any(p.dep_ == "prep" and p.lower_ in ("of", "in") and _names(p) for p in measured.children)


def _names(preposition: Token) -> bool:
    """ "of Brindle", "in the company": an owner after the noun (not "of about 3 to 1")."""
    return any(o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN", "PRON") for o in preposition.children)


def _exchange_name(token: Token, ctx: DocContext) -> str | None:
    """An organization (no news agency) the "on" phrase names: the exchange or market counted on."""
    cluster = ctx.entities.at(token.i)
    if cluster is None and token.pos_ == "PROPN":  # "on Nasdaq", left untagged here, tagged elsewhere
        cluster = next((c for c in ctx.entities.clusters if token.text in (c.name, *c.aliases)), None)
    if cluster is None or cluster.agency or cluster.label != "ORG":
        return None
    return cluster.name
