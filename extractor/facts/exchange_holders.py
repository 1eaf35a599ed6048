"""A market wrap's volume and breadth belong to the exchange they were counted on.

"Roughly 700 million shares moved on the Halden exchange", "decliners led gainers 3 to 2 on the Norvik
board": in a market wrap (mentions/market_wraps.py) a plain count of shares or issues that no clause gives a
holder is the figure of the exchange named by an "on" phrase of its clause, as the readable gold writes it.
The rule only fills a gap: a figure with money or a percent (a price, a move) is never the exchange's, nor
is a count whose clause has a company or pronoun as its doer ("Brindle sold 2 million shares on the Halden
exchange" is Brindle's sale). Without an "on" phrase the figure keeps what the other rules give it (in a
wrap, usually nobody: it is then left out).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.cluster_lookup import first_word_is, written_as

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

OWNER_DEPS = frozenset({"poss", "compound", "nmod"})
PREDICATE_DEPS = frozenset({"acomp", "attr"})  # the adjective or noun a "be" clause predicates
CLAUSE_JOINS = frozenset({"advcl", "conj", "ccomp", "relcl", "acl"})  # a verb that heads a clause of its own


def exchange_holder(
    quantity: Span, measured: Token | None, unit: str | None, holder: str | None, ctx: DocContext
) -> str | None:
    """The exchange a wrap's plain count of unowned shares or issues was made on, by the nearest "on" phrase
    that hangs on the figure's noun or on a head above it ("on the Norvik board, 2.1 billion shares moved").
    Only for a figure the subject rules gave no holder, or only the story's country (their fallback for a
    figure nobody in the clause holds): a holder a clause names stays."""
    if holder is not None and not _is_fallback_place(holder, ctx):
        return None
    if unit is not None or measured is None or not _counts_traded_stock(measured):
        return None  # "$12.40", "6 percent": a price or a move, never the exchange's figure
    if _has_a_doer(measured, ctx):
        return None  # "Brindle plans to list 5 million shares on the Halden exchange": Brindle's shares
    if not ctx.entities.market_wrap:
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


def _is_fallback_place(holder: str, ctx: DocContext) -> bool:
    """The wrap's country, which the subject rules give a figure that no clause holds ("U.S. stocks fell ...
    volume was light"): no holder the clause named."""
    place = ctx.entities.main_place
    return place is not None and holder == place.name


def _own_clause_heads(token: Token) -> list[Token]:
    """The heads above a token up to its clause's verb: in "while on the Norvik board 51 percent closed
    higher" the figure does not reach the main clause's "on the Halden exchange"."""
    heads = []
    for head in token.ancestors:
        heads.append(head)
        if head.pos_ in ("VERB", "AUX") and head.dep_ in CLAUSE_JOINS:
            break
    return heads


def _has_a_doer(measured: Token, ctx: DocContext) -> bool:
    """A name, a company or a pronoun before a verb above the figure's noun, as its subject or agent ("Brindle
    said it sold 2 million shares", "Brindle plans to list 5 million shares", even where the parse leaves the
    name no subject label): the count is of that doer's deal, not of the day's trade ("volume was light at 900
    million shares" has no such doer). A reporting verb's speaker ("900 million shares moved, Hollis said")
    reports the trade and does no deal."""
    reporting = words("reporting_verbs")
    for verb in (t for t in measured.ancestors if t.pos_ in ("VERB", "AUX") and t.lemma_ not in reporting):
        before = [c for c in verb.children if c.i < verb.i and c.dep_ not in ("prep", "punct", "advmod", "npadvmod")]
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if any(_is_doer(t, ctx) for t in [*before, *agents] if t is not measured):
            return True
    return False


def _is_doer(token: Token, ctx: DocContext) -> bool:
    """A pronoun, a proper name, or a word of a company or person the story names (a sentence's first word,
    which the tagger may read as an adjective, by the first word of a named company: "Brindle plans ...")."""
    cluster = ctx.entities.at(token.i)
    if cluster is not None:
        return cluster.label in ("ORG", "PERSON") and not cluster.agency
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("ORG", "PERSON"):
        return True
    return token.text[:1].isupper() and any(
        c.label == "ORG" and not c.agency for c in first_word_is(ctx.entities, token.text)
    )


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
    if cluster is None and token.pos_ == "PROPN":  # an exchange's short name left untagged here, tagged elsewhere
        cluster = next(iter(written_as(ctx.entities, token.text)), None)
    if cluster is None or cluster.agency or cluster.label != "ORG":
        return None
    return cluster.name
