"""Withdrawn bids: "Brandt withdrew a $2 billion proposal to buy Kestrel", "Brandt scrapped its takeover bid
for the company", "dropped its offer for Kestrel". Giving up a bid is an event of the bidder with the target
as object, predicate "withdrawal of <the bid's noun>"; the purchase the bid proposed is not an event of its
own."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import prep_object
from extractor.lexicons import table, words

BID_MODIFIERS = frozenset({"compound"})  # "takeover bid": the kind of bid, not its price or adjectives


def withdrawn_bid(verb: Token) -> tuple[str, Token] | None:
    """(predicate, the target's token) when `verb` gives up a bid it governs as its direct object."""
    if verb.pos_ != "VERB" or _lemma_with_particle(verb) not in words("withdrawing_verbs"):
        return None
    bid = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if bid is None or bid.lemma_.lower() not in words("bid_nouns"):
        return None
    target = _target(bid)
    if target is None:
        return None
    kind = [c.lower_ for c in bid.lefts if c.dep_ in BID_MODIFIERS and c.pos_ == "NOUN"]
    return f"withdrawal of {' '.join([*kind, bid.lower_])}", target


def inside_withdrawn_bid(verb: Token) -> bool:
    """ "withdrew a proposal to buy Kestrel": the purchase a withdrawn bid proposed did not happen."""
    bid = verb.head
    if verb.dep_ not in ("acl", "relcl", "xcomp") or bid.lemma_.lower() not in words("bid_nouns"):
        return False
    return bid.head.pos_ == "VERB" and _lemma_with_particle(bid.head) in words("withdrawing_verbs")


def _target(bid: Token) -> Token | None:
    """ "bid for Kestrel", "proposal to buy Kestrel", "takeover of Kestrel"."""
    target = prep_object(bid, ("for", "of"))
    if target is not None:
        return target
    for clause in (c for c in bid.children if c.dep_ in ("acl", "relcl")):
        if clause.lemma_.lower() in table("event_verbs"):
            return next((c for c in clause.children if c.dep_ == "dobj"), None)
    return None


def _lemma_with_particle(verb: Token) -> str:
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()
