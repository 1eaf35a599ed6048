"""A deal that a bidder offers or proposes ("offered to buy X", "its hostile offer to acquire X", "a proposal to
merge with X") is an offer made, not a deal done: the event keeps the deal's word and adds the offer's noun
("acquisition offer"), as "in talks to buy X" is "acquisition talks"."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import table, words


def offered_deal(verb: Token) -> str | None:
    """The noun of the offer whose to-clause a deal verb is: "offer" for "has offered to buy X" (the verb's
    own noun, lexicons/offering_verbs.tsv) and for "launched its offer to acquire X" (a noun of
    lexicons/bid_nouns.txt); None for a deal verb of any other clause."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "VERB":
        return table("offering_verbs").get(head.lemma_.lower(), (None,))[0]
    if verb.dep_ in ("acl", "relcl") and head.pos_ == "NOUN" and head.lemma_.lower() in words("bid_nouns"):
        return head.lemma_.lower()
    return None
