"""A sum of money that a profit-item noun names is a level of that item, not a move (issue 10, round 24).

"booked a gain of $55 million when a lawsuit was settled", "a one-off gain of $12 million that a land deal brought",
"a pretax gain of $40 million on a plant it sold", "leaving aside a gain of $1.05 a share": a gain
(`not_money_move_nouns`) sized in money is an accounting item of the period, a metric named by the noun, as the
gold of every readable set writes it. The quantity layer already gives such a sum no direction; the fact layer's
word window ("gain of" → up) and the change-noun reading made it a rise of some other measure.

Not a percent ("a 5 percent gain in sales" moves sales), not a traded thing's gain ("its shares posted a gain of
50 cents"), and not a gain in something ("a gain of $2 million in revenue", "a gain of 30 cents in its stock"):
those still move what gained.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import is_money
from extractor.lexicons import words
from extractor.models import Quantity

_NOUN_MODIFIERS = frozenset({"compound", "nummod", "amod", "quantmod", "nmod"})


def profit_item(span: Span, quantity: Quantity) -> Token | None:
    """The profit-item noun a money amount sizes: "a gain of $5 million" (after "of"), "a $5 million gain" (before
    the noun); None when the amount is no money, sizes another noun, or the item is a traded thing's move."""
    if not is_money(quantity):
        return None
    noun = _sized_noun(span)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in words("not_money_move_nouns"):
        return None
    return None if _traded_move(noun) or _gain_in(span.root) else noun


def _sized_noun(span: Span) -> Token | None:
    root, doc = span.root, span.doc
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # a per-share sum told after "or" restates the money sum: it sizes the same gain
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
        return head.head  # "a gain of $5 million"
    if root.dep_ in _NOUN_MODIFIERS and head.i > root.i:
        while head.dep_ in ("amod", "compound") and head.head.i > head.i and head.head.pos_ == "NOUN":
            head = head.head  # "a $5 million pretax gain"
        return head
    before = span.start - 2
    if before >= span.sent.start and doc[span.start - 1].lower_ == "of":
        return doc[before]  # the words say "gain of" where the parse hangs the sum elsewhere
    return None


def _traded_move(noun: Token) -> bool:
    """ "shares posted a gain of 50 cents": a traded price's gain; "a gain of $2 million in revenue", "a gain of 30
    cents in its stock": a move of what follows "in"."""
    traded = words("share_nouns") | words("traded_nouns")
    verb = noun.head if noun.dep_ in ("dobj", "attr", "nsubj") else None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    if any(s.lemma_.lower() in traded for s in subjects):
        return True
    return _gain_in(noun)


def _gain_in(token: Token) -> bool:
    """An "in" phrase on the noun or on its sum that names no time: "in revenue", "in its stock"."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and _not_a_time(c) for c in token.children)


def _not_a_time(preposition: Token) -> bool:
    """ "a gain of $2 million in revenue", "in its stock": what moved; "in the quarter" is only when."""
    return any(o.dep_ == "pobj" and o.ent_type_ != "DATE" for o in preposition.children)
