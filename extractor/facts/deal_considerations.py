"""The money a deal hands the owners of the target's shares per share held ("once the merger is done,
Orrin Labs stockholders are to receive $27 per share in cash", "in the takeover Marlow will give Fenwick
shareholders 11 euros a share"). It is the deal's price per share (the predicate the development gold writes for a
deal priced per share), so it takes the modality of a deal's agreed terms (`valuations.is_deal_term`): a term told
in the future tense is still a term, not the owners' plan, and the owners are no measure."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import is_money
from extractor.facts.valuations import per_share
from extractor.lexicons import table, words
from extractor.models import Quantity


def paid_per_share(span: Span, quantity: Quantity) -> Token | None:
    """The owners' noun (`shareholder_nouns`), when the figure is money stated per share (`valuations.per_share`)
    that is the object of a verb of getting (`consideration_verbs`) whose receivers they are, in a sentence that
    names a deal (`deal_nouns`), and not told as a dividend or payout (`payout_nouns`)."""
    root = span.root
    verb = root.head
    if not is_money(quantity) or root.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    role = table("consideration_verbs").get(verb.lemma_.lower())
    if role is None:
        return None
    holders = next((c for c in verb.children if c.dep_ == role[0] and _owners(c)), None)
    deals = words("deal_nouns")
    if holders is None or not any(t.lemma_.lower() in deals and t.pos_ == "NOUN" for t in span.sent):
        return None
    if _told_as_payout(root, verb):
        return None  # "after the merger, owners get $2 a share as a special dividend": a payout, not the price
    return holders if per_share(span) else None


def _told_as_payout(money: Token, verb: Token) -> bool:
    """A payout noun in the money's own phrase or in the verb's as/in/through phrase (`payout_adjunct_preps`): not
    in a clause coordinated with it ("... $11 a share and keep its dividend unchanged" still prices the deal)."""
    preps = words("payout_adjunct_preps")
    scope = list(money.subtree)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            scope.extend(child.subtree)
    payouts = words("payout_nouns")
    return any(t.lemma_.lower() in payouts for t in scope)


def _owners(noun: Token) -> bool:
    """A noun of shareholders (`shareholder_nouns`), or a bare receiver noun (`consideration_receivers`: "holders")
    that names whose shares they hold ("Fenwick Tools holders", "Fenwick's holders"); "equity holders" or "debt
    holders" alone do not say they own the target, as a reorganization's creditors and owners may be told so."""
    lemma = noun.lemma_.lower()
    if lemma in words("shareholder_nouns"):
        return True
    named = any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    return lemma in words("consideration_receivers") and named
