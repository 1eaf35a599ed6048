"""A figure whose "of" the parse hangs on the receiver of a measure: "net income attributable to common
shareholders of $120 million", "a return to unit holders of 80 pence per unit". The figure sizes the measure
before "to" (the income, the return), never the shareholders it goes to."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

RECEIVER_ENTS = frozenset({"ORG", "PERSON", "GPE", "NORP"})


def is_receiver(token: Token) -> bool:
    """Who a measure goes to: an owner ("shareholders", "investors"), an organization or person noun, or a name."""
    lemma = token.lemma_.lower()
    return (
        lemma in words("shareholder_nouns")
        or lemma in words("org_nouns")
        or token.lower_ in words("person_nouns")
        or token.ent_type_ in RECEIVER_ENTS
    )


def received_measure(noun: Token) -> Token | None:
    """The measure a receiver noun after "to" receives: the noun the "to" phrase hangs on ("a return to
    unit holders"), through an adjective ("income attributable to shareholders") or a verb whose object it is
    ("hand a rebate to members"). None when `noun` is no receiver after "to"."""
    if not is_receiver(noun) or noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return None
    up = noun.head.head
    if up.pos_ == "ADJ" and up.dep_ == "amod":
        up = up.head  # "net income attributable to ..."
    if up.pos_ == "NOUN":
        return up
    if up.pos_ == "VERB":
        return next((c for c in up.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    return None
