"""What the owners of a company's shares get for each share in a deal: "under the merger accord, Tosca shareholders
will get $41.50 a share", "the revised offer would give Brisket stockholders 18 euros a share". The money is the
deal's price per share (the predicate the development gold writes for a deal priced per share), so it takes
the modality of a deal's agreed terms (`valuations.is_deal_term`): a term told in the future tense is still a term,
not the holders' plan, and the holders are no measure."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import is_money
from extractor.lexicons import table, words
from extractor.models import Quantity

PER_SHARE_DETERMINERS = frozenset({"a", "an", "each", "every"})  # "$41 a share", "for each share"


def paid_per_share(span: Span, quantity: Quantity) -> Token | None:
    """The holders' noun, when the figure is money that is the object of a verb of getting (`consideration_verbs`)
    whose receivers are holders of shares (`consideration_receivers`), stated per share, in a sentence that names a
    deal (`deal_nouns`): not a dividend's ("holders will receive a one-off payout of 40 cents per share")."""
    root = span.root
    verb = root.head
    if not is_money(quantity) or root.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    role = table("consideration_verbs").get(verb.lemma_.lower())
    receivers = [c for c in verb.children if role is not None and c.dep_ == role[0]]
    holders = next((c for c in receivers if c.lemma_.lower() in words("consideration_receivers")), None)
    deals = words("deal_nouns")
    if holders is None or not any(t.lemma_.lower() in deals and t.pos_ == "NOUN" for t in span.sent):
        return None
    if any(t.lemma_.lower() in words("payout_nouns") for t in verb.subtree):
        return None  # "after the merger, holders will get $2 a share as a special dividend": a payout, not the price
    return holders if _per_share(span) else None


def _per_share(span: Span) -> bool:
    """ "per share", "a share", "for each share" in the figure's own phrase or right after it: the money is paid
    for each share, not a total ("will receive $2 billion in all")."""
    root = span.root
    near = span.doc[span.end : min(span.end + 3, span.sent.end)]
    for token in [*root.subtree, *near]:
        if token.lemma_.lower() != "share" or token.i < span.end:
            continue
        if token.head.lower_ == "per" or any(c.lower_ in PER_SHARE_DETERMINERS for c in token.children):
            return True
    return False
