"""Ranked bid targets: in "Halvern's bid for the world's largest toolmaker", "an offer for the No. 2 Ostrian
brewer" or "Halvern agreed to buy the third-largest toolmaker" (round 37c) the rank is the target's, never the
bidder's, though the bidder is the clause's party. The target is the company the story names as what a bid is for
or what a buyer acquires ("its bid for Kestrel Corp", "wants to acquire its rival Kestrel"), nearest first in the
sentence and the text before it, and never the bidder; when no such company is named, whose rank it is goes unsaid
and no rank fact is given (docs/DECISIONS.md, rounds 37b and 37c)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.lexicons import words

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext


def is_bid_target(noun: Token) -> bool:
    """ "(a bid) for the world's largest toolmaker", "(a takeover) of the No. 2 brewer": the noun is what a bid
    noun (lexicons/bid_nouns.txt) would buy. Only a takeover's "of" is its target: "a proposal of the largest
    shareholder" is the shareholder's own."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.i == prep.i:
        return False
    bid = prep.head.lemma_.lower()
    if prep.lower_ == "of":
        return bid in words("takeover_of_nouns")
    return prep.lower_ == "for" and bid in words("bid_nouns")


def is_bought(noun: Token) -> bool:
    """ "(agreed to) buy the world's largest toolmaker", "took over the No. 2 brewer", "merge ... with the largest
    brokerage": the noun is what a verb of buying (lexicons/buying_verbs.txt) takes, the company bought."""
    if noun.dep_ == "dobj":
        verb, joiner = noun.head, next((t.lower_ for t in noun.head.children if t.dep_ == "prt"), None)
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb, joiner = noun.head.head, noun.head.lower_
    else:
        return False
    lemma = verb.lemma_.lower()
    return (f"{lemma} {joiner}" if joiner else lemma) in words("buying_verbs")


def buying_word(noun: Token) -> Token:
    """The bid noun or the verb of buying whose target the noun is: whose possessor or clause gives the buyer."""
    return noun.head if noun.dep_ == "dobj" else noun.head.head


def named_bid_target(noun: Token, bidders: set[str], ctx: DocContext) -> str | None:
    """The company named as a target of a bid or a purchase nearest before the end of the description's
    sentence that is none of the bidders; None when the story names none before it."""
    doc = noun.doc
    for i in range(noun.sent.end - 1, -1, -1):
        token = doc[i]
        if token.i == noun.i or not _targets_of_a_purchase(token):
            continue
        name = _company_in(token, ctx)
        if name is not None and name not in bidders:
            return name
    return None


def _targets_of_a_purchase(token: Token) -> bool:
    """The token is what a bid noun is for ("bid for Kestrel Corp") or what a verb of buying takes ("acquire
    Kestrel")."""
    return is_bid_target(token) or is_bought(token)


def _company_in(target: Token, ctx: DocContext) -> str | None:
    """The organization the target's phrase names ("Freedonia's Kestrel Corp", "its rival Kestrel Holding")."""
    for token in target.subtree:
        cluster = ctx.entities.at(token.i)
        if cluster is not None and cluster.label == "ORG" and not cluster.agency:
            return cluster.name
    return None
