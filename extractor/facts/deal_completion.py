"""Deal completion: "the merger should close by June", "once the purchase is completed", "to finalize the
takeover next year". A deal noun with a word of completion is an event of the deal
the story reported: its buyer and what it buys, unless the deal phrase names its own target."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import clause_subject, prep_object
from extractor.lexicons import table, words

PREDICATE = "deal completion"
DEAL_PREDICATES = frozenset({"acquisition", "merger", "sale", "stake acquisition"})


def completed_deal(token: Token) -> Token | None:
    """The deal noun a completion word acts on: the subject of "close" ("the deal is expected to close",
    "the transaction, expected to close"), the object of "complete", or "of" after "completion"."""
    if token.lemma_.lower() not in words("completion_words"):
        return None
    if token.pos_ == "NOUN":
        return _deal_noun(prep_object(token, ("of",)))
    if token.pos_ != "VERB":
        return None
    candidates = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    candidates.append(clause_subject(token))
    candidates.extend(_described_noun(token))
    deal = next((deal for c in candidates if (deal := _deal_noun(c)) is not None), None)
    if deal is not None and deal.lemma_.lower() in table("event_nouns") and prep_object(deal, ("of",)) is not None:
        return None  # "when it completes the acquisition of X": the event noun states the acquisition itself
    return deal


def _deal_noun(token: Token | None) -> Token | None:
    return token if token is not None and token.lemma_.lower() in words("deal_nouns") else None


def _described_noun(verb: Token) -> list[Token]:
    """ "the transaction, expected to close in May": the noun a participle clause hangs on."""
    nouns = []
    for node in (verb, verb.head):
        if node.dep_ in ("acl", "relcl") and node.head.pos_ == "NOUN":
            nouns.append(node.head)
    return nouns


def deal_words(deal: Token) -> list[Token]:
    """The words of a deal phrase that may name its target: compounds before it ("the Halden deal") and its
    of-object ("the purchase of Norvik Inc"), or with-object ("its merger with Norvik Inc")."""
    found = [c for c in deal.children if c.dep_ in ("compound", "nmod")]
    of_object = prep_object(deal, ("of", "with"))
    return found + ([of_object] if of_object is not None else [])
