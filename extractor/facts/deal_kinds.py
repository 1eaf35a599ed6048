"""Money before a generic deal noun is an acquisition's price only when the deal is an acquisition (docs/DECISIONS.md,
round 35 preds35).

"a $2 billion deal to buy X", "bought X in a $2 billion deal": the price paid. But "the $800 billion tax deal", "a
$50 billion bailout deal", "rescued by the state in an $80 billion deal", "a $120 million deal to repair a power
plant" buy no business: the money is the deal's own size, and the gold names the deal ("tax deal", "rescue deal").
A generic deal noun (`generic_deal_nouns`: "deal", "transaction") is read as no acquisition when a word before it
names another kind of deal (`non_acquisition_deal_words`), or when its purpose clause ("deal to supply") or the verb
it is the means of ("rescued ... in a deal") is no verb of buying or selling (`acquisition_verbs`). Named deal nouns
("purchase", "takeover", "bid") and a generic deal with no such evidence keep the acquisition reading."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import to_infinitive
from extractor.lexicons import words


def other_deal(deal: Token) -> bool:
    """A generic deal noun that the sentence shows is no purchase of a business."""
    if deal.lemma_.lower() not in words("generic_deal_nouns"):
        return False
    if any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words("non_acquisition_deal_words")
        for c in deal.lefts
    ):
        return True  # "the $800 billion tax deal"
    purpose = next((c for c in deal.rights if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if purpose is not None and to_infinitive(purpose):
        return not _buys(purpose)  # "a deal to supply turbines", not "a deal to buy X"
    means = deal.head.head if deal.dep_ == "pobj" and deal.head.lower_ in ("in", "through", "under") else None
    return means is not None and means.pos_ == "VERB" and not _buys(means)  # "rescued ... in an $80 billion deal"


def _buys(verb: Token) -> bool:
    """A verb of buying or selling, or one whose object clause buys ("agreed to buy", "voted in favor of buying")."""
    if verb.lemma_.lower() in words("acquisition_verbs"):
        return True
    return any(t.pos_ == "VERB" and t.lemma_.lower() in words("acquisition_verbs") for t in verb.subtree)
